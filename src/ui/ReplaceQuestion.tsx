import { useTranslation } from 'react-i18next';
import { answerReplace } from '../state/importer.ts';
import { useAppStore } from '../state/store.ts';

/**
 * Asked before a replace that would remove saved rows while rejecting rows of its file: the
 * numbers, and the three ways on. Nothing changes until the user answers.
 */
export function ReplaceQuestion() {
  const { t } = useTranslation();
  const question = useAppStore((s) => s.replaceQuestion);
  if (!question) return null;
  const kind = t(`import.kind.${question.kind}`);
  return (
    <section className="replace-question" role="alert" aria-labelledby="replace-question-title">
      <h3 id="replace-question-title">{t('storage.question.title', { kind })}</h3>
      <p>
        {t('storage.question.text', {
          file: question.fileName,
          kind,
          imported: question.imported,
          rejected: question.rejected,
          removes: question.removes,
          saved: question.saved,
        })}
      </p>
      <p className="actions-row">
        <button type="button" onClick={() => answerReplace('merge')}>
          {t('storage.question.merge')}
        </button>
        <button type="button" onClick={() => answerReplace('replace')}>
          {t('storage.question.replace')}
        </button>
        <button type="button" onClick={() => answerReplace('cancel')}>
          {t('storage.question.cancel')}
        </button>
      </p>
    </section>
  );
}
