import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { registerApi } from '../../data/registerClient.ts';
import { OUTREACH_STATES, type OutreachItem, type OutreachState, reach } from '../../data/registerReach.ts';
import { formatDay } from '../../i18n/format.ts';
import { useAppStore } from '../../state/store.ts';
import { useNames } from '../names.ts';
import { useExplain } from './explain.ts';

/**
 * Every municipality's state in the funnel (no information → approved statement), filtered by
 * province and zone, with the counts per state, a CSV of the same rows, and "Remind".
 */
export function OutreachView() {
  const { t } = useTranslation();
  const id = useId();
  const names = useNames();
  const places = useAppStore((s) => s.places);
  const language = useAppStore((s) => s.language);
  const explain = useExplain();
  const [province, setProvince] = useState('');
  const [zone, setZone] = useState('');
  const [data, setData] = useState<{ counts: Record<OutreachState, number>; municipalities: OutreachItem[] } | null>(
    null,
  );
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const load = useCallback(() => {
    reach.outreach(province, zone).then(setData, (e: unknown) => setMessage({ ok: false, text: explain(e) }));
  }, [province, zone, explain]);
  useEffect(load, [load]);
  const zones = useMemo(
    () =>
      [...(places?.zone.values() ?? [])].filter(
        (z) => !province || z.municipalities.some((nis) => places?.municipality.get(nis)?.province === province),
      ),
    [places, province],
  );
  const remind = async () => {
    try {
      const { reminded } = await reach.remind();
      setMessage({ ok: true, text: t('reach.moderation.reminded', reminded) });
    } catch (e) {
      setMessage({ ok: false, text: explain(e) });
    }
  };
  const api = registerApi();
  const sorted = useMemo(
    () =>
      [...(data?.municipalities ?? [])].sort(
        (a, b) =>
          OUTREACH_STATES.indexOf(b.state) - OUTREACH_STATES.indexOf(a.state) ||
          names.municipality(a.nis).localeCompare(names.municipality(b.nis)),
      ),
    [data, names],
  );
  return (
    <section className="outreach">
      <div className="outreach-filters">
        <label htmlFor={`${id}-province`}>{t('reach.moderation.province')}</label>
        <select
          id={`${id}-province`}
          value={province}
          onChange={(e) => {
            setProvince(e.target.value);
            setZone('');
          }}
        >
          <option value="">{t('reach.moderation.any')}</option>
          {[...(places?.province.values() ?? [])].map((p) => (
            <option key={p.id} value={p.id}>
              {names.area(p.id)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-zone`}>{t('reach.moderation.zone')}</label>
        <select id={`${id}-zone`} value={zone} onChange={(e) => setZone(e.target.value)}>
          <option value="">{t('reach.moderation.any')}</option>
          {zones.map((z) => (
            <option key={z.id} value={z.id}>
              {names.zone(z.id)}
            </option>
          ))}
        </select>
      </div>
      {data && (
        <table className="outreach-counts">
          <tbody>
            {OUTREACH_STATES.map((s) => (
              <tr key={s}>
                <th scope="row">{t(`reach.moderation.outreachState.${s}`)}</th>
                <td>{data.counts[s]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="actions-row">
        {api && (
          <a href={new URL(reach.outreachCsvPath(province, zone, language), api).href} download="livcr-outreach.csv">
            {t('reach.moderation.exportCsv')}
          </a>
        )}
        <button type="button" onClick={() => void remind()} title={t('reach.moderation.remindIntro')}>
          {t('reach.moderation.remind')}
        </button>
      </p>
      <p className="meta">{t('reach.moderation.remindIntro')}</p>
      {message && (
        <p className={message.ok ? 'saved-note' : 'not-saved'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      <ul className="outreach-list">
        {sorted.map((m) => (
          <li key={m.nis}>
            {names.municipality(m.nis)} — {t(`reach.moderation.outreachState.${m.state}`)}
            {m.approvedOn &&
              ` (${t('reach.moderation.approvedOn', { date: formatDay(new Date(`${m.approvedOn}T00:00:00Z`), language) })})`}
          </li>
        ))}
      </ul>
    </section>
  );
}
