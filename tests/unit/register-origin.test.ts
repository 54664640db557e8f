import { describe, expect, it } from 'vitest';
import { REGISTER_ID_PREFIX, withRegisterOrigin } from '../../src/domain/register.ts';
import type { Cell } from '../../src/domain/types.ts';

const cell = (id: string): Cell => ({
  id,
  name: id,
  level: 'municipal',
  municipalities: ['41002'],
  status: 'active',
  origin: 'public',
  mobileTeamSupport: [],
  unplaced: [],
});

describe("the register's snapshot", () => {
  it('marks its own statements "register" and leaves the public facts "public"', () => {
    const rows = withRegisterOrigin([cell('pub-1'), cell(`${REGISTER_ID_PREFIX}7`), cell('reg')]);
    expect(rows.map((r) => r.origin)).toEqual(['public', 'register', 'public']);
  });
});
