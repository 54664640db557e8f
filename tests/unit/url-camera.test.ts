import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../src/domain/filters.ts';
import { formatCamera, parseCamera, parseUrlState, serializeUrlState } from '../../src/state/url.ts';

describe('the camera in the URL (at=zoom/lat/lng)', () => {
  it('reads a view and ignores anything out of range or malformed', () => {
    expect(parseCamera('9.5/50.62/5.57')).toEqual({ zoom: 9.5, lat: 50.62, lng: 5.57 });
    expect(parseCamera('7/-33.9/-18.4')).toEqual({ zoom: 7, lat: -33.9, lng: -18.4 });
    for (const bad of [null, '', '9/50', '9/50/5/1', 'x/50/5', '9//5', '30/50/5', '9/91/5', '9/50/181']) {
      expect(parseCamera(bad), String(bad)).toBeNull();
    }
  });

  it('writes it short, with plain slashes, and reads back the same view', () => {
    const camera = { zoom: 8.123456, lat: 50.8503396, lng: 4.3517103 };
    expect(formatCamera(camera)).toBe('8.12/50.85034/4.35171');
    const query = serializeUrlState({
      filters: { ...NO_FILTERS, province: '70000' },
      selected: null,
      language: 'nl',
      asOf: '',
      camera,
    });
    expect(query).toBe('?province=70000&lang=nl&at=8.12/50.85034/4.35171');
    expect(parseUrlState(query).camera).toEqual({ zoom: 8.12, lat: 50.85034, lng: 4.35171 });
  });
});
