import { useDeferredValue, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { dataClient } from '../data/client.ts';
import { KINDS } from '../data/saved/schema.ts';
import { importFiles, showShippedContent } from '../state/importer.ts';
import { importEffect, importModeOf } from '../state/importMode.ts';
import { defaultContent, shippedContent } from '../state/shipped.ts';
import { useAppStore } from '../state/store.ts';
import { ImportReportView } from './ImportReportView.tsx';
import { Panel } from './Panel.tsx';
import { ReplaceQuestion } from './ReplaceQuestion.tsx';
import { SavedData, SaveNote } from './SavedData.tsx';
import { TemplateLinks } from './TemplateLinks.tsx';

const BASE = import.meta.env.BASE_URL;

/** Import of cells and initiatives CSV files: choose or drop, see exactly what happened. */
export function ImportPanel() {
  const { t } = useTranslation();
  const id = useId();
  // The mode shown is the mode the data worker applies (importMode.ts), and the panel says before
  // the import what it will do to each kind on screen.
  const mode = useAppStore(importModeOf);
  const dataState = useAppStore((s) => s.dataState);
  const setMode = useAppStore((s) => s.setImportMode);
  const progress = useAppStore((s) => s.importProgress);
  // The reports render in a transition, which React cuts into short tasks: at the end of a large
  // import they would otherwise share one long task with the new view of the data.
  const results = useDeferredValue(useAppStore((s) => s.importResults));
  const content = useAppStore((s) => shippedContent(s));

  return (
    <Panel title={t('import.heading')} className="import">
      <p>{t('import.intro')}</p>
      <fieldset className="mode">
        <legend>{t('import.mode')}</legend>
        {(['replace', 'merge'] as const).map((m) => (
          <label key={m}>
            <input type="radio" name={`${id}-mode`} value={m} checked={mode === m} onChange={() => setMode(m)} />
            {t(`importMode.${m}`)}
          </label>
        ))}
        <ul className="meta import-effect" data-testid="import-effect">
          {KINDS.map((kind) => {
            const effect = importEffect(dataState, mode, kind);
            const params = { kind: t(`importMode.kind.${kind}`), rows: t(`importMode.rows.${kind}.${content}`) };
            const key = effect.keeps > 0 ? 'keeps' : mode === 'replace' ? 'hides' : 'stayHidden';
            if (effect.keeps === 0 && effect.hides === 0 && effect.ownAtRisk === 0) return null;
            return (
              <li key={kind}>
                {t(`importMode.${key}`, { ...params, count: effect.keeps || effect.hides })}
                {effect.ownAtRisk > 0 && ` ${t('importMode.hidesOwn', { own: effect.ownAtRisk })}`}
              </li>
            );
          })}
        </ul>
      </fieldset>
      <div className="dropzone">
        <label htmlFor={`${id}-file`}>{t('import.label')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,.txt,text/csv"
          multiple
          disabled={!!progress}
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (files.length > 0) void importFiles(dataClient(), files);
          }}
        />
        <p className="meta">{t('import.drop')}</p>
      </div>
      {progress && (
        <div className="progress">
          <label htmlFor={`${id}-progress`}>
            {progress.waiting
              ? t('storage.waiting', { file: progress.fileName })
              : t('import.reading', {
                  file: progress.fileName,
                  done: progress.done.toLocaleString(),
                  total: progress.total.toLocaleString(),
                })}
          </label>
          <progress id={`${id}-progress`} value={progress.done} max={progress.total || undefined} />
        </div>
      )}
      <ReplaceQuestion />
      {results.map(({ report, save, rejectedCsv, totals }, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced whole on each import, never reordered
        <div key={i} className="import-result">
          <ImportReportView report={report} {...(rejectedCsv ? { rejectedCsv } : {})} {...(totals ? { totals } : {})} />
          <SaveNote save={save} fatal={!!report.fatal} />
        </div>
      ))}
      <SavedData />
      <TemplateLinks base={BASE} />
      <p className="examples-choice">
        {content === 'examples' ? (
          <button type="button" onClick={() => void showShippedContent(dataClient(), BASE, defaultContent())}>
            {t('facts.examples.back')}
          </button>
        ) : (
          <button type="button" onClick={() => void showShippedContent(dataClient(), BASE, 'examples')}>
            {t('facts.examples.load')}
          </button>
        )}{' '}
        <span className="meta">{t('facts.examples.note')}</span>
      </p>
    </Panel>
  );
}
