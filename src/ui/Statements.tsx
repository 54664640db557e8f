import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { historyOf, statementDate } from '../domain/coverage.ts';
import { type Land, landOf, municipalityAt, piecesAt } from '../domain/land.ts';
import { type Cell, type Origin, originKind } from '../domain/types.ts';
import { cellName } from '../i18n/content.ts';
import { formatPartialDate } from '../i18n/format.ts';
import { selectView } from '../state/derived.ts';
import { selectCellsByPiece } from '../state/land.ts';
import { useAppStore } from '../state/store.ts';
import { useNames } from './names.ts';
import { Provenance } from './Provenance.tsx';
import { TranslatedText } from './TranslatedText.tsx';

const MAX_LISTED = 12;

/** Only http(s) addresses become links; the import refuses others, and this checks again. */
const isHttpUrl = (url: string | undefined): url is string => !!url && /^https?:\/\//i.test(url);

/** A link that opens elsewhere and tells that site nothing about this one. */
export function SourceLink({ url, children }: { url: string | undefined; children: string }) {
  if (!isHttpUrl(url)) return null;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

export function OriginLabel({ origin }: { origin: Origin }) {
  const { t } = useTranslation();
  const kind = originKind(origin);
  const text =
    kind === 'file' ? t('facts.statement.origin.file', { name: origin.slice(5) }) : t(`facts.statement.origin.${kind}`);
  return <span className={`origin origin-${kind}`}>{text}</span>;
}

/** "since 2018" for an active cell, "as stated on 28 August 2017" for the others. */
function DatePhrase({ cell }: { cell: Cell }) {
  const { t } = useTranslation();
  const { language } = useNames();
  const date = statementDate(cell);
  if (!date) return <span>{t('facts.statement.undated')}</span>;
  const key = cell.status === 'active' && cell.establishedOn ? 'since' : 'statedOn';
  return <time dateTime={date}>{t(`facts.statement.${key}`, { date: formatPartialDate(date, language) })}</time>;
}

const othersOn = (land: Land | undefined, cell: Cell, current: string, asOf: string) =>
  land
    ? [...new Set(landOf(land, cell).map((piece) => municipalityAt(land, piece, asOf)))].filter((n) => n !== current)
    : cell.municipalities.filter((nis) => nis !== current);

function StatementItem({ cell, current }: { cell: Cell; current: string }) {
  const { t } = useTranslation();
  const names = useNames();
  // The other municipalities of the date on the land it named: none for a former one's statement.
  const land = useAppStore((s) => s.places?.land);
  const asOf = useAppStore((s) => s.asOf);
  const others = useMemo(() => othersOn(land, cell, current, asOf), [land, cell, current, asOf]);
  const listed = others.slice(0, MAX_LISTED).map(names.municipality);
  if (others.length > MAX_LISTED) listed.push(`+${others.length - MAX_LISTED}`);
  return (
    <li className="cell" data-testid="statement">
      {cell.status !== 'none' && <span className="cell-name">{cellName(cell.name, names.language)}</span>}
      <strong>
        {t(`status.${cell.status}`)}
        {cell.level !== 'unknown' && cell.status !== 'none' && ` · ${t(`level.${cell.level}`)}`}
      </strong>{' '}
      <span className="meta">
        <DatePhrase cell={cell} />
      </span>
      {listed.length > 0 && (
        <span className="meta">
          {t('facts.statement.members')}: {listed.join(', ')}
        </span>
      )}
      {cell.zone && cell.level === 'zonal' && (
        <span className="meta">
          {t('details.zone')}: {names.zone(cell.zone)}
        </span>
      )}
      {cell.mobileTeamSupport.length > 0 && (
        <span className="meta">
          {t('details.support')}: {cell.mobileTeamSupport.map((s) => t(`support.${s}`)).join(', ')}
        </span>
      )}
      {cell.origin === 'register' && (cell.updatedOn || cell.sourceDate) && (
        <span className="meta">
          {t('provenance.register', {
            date: formatPartialDate(cell.updatedOn ?? cell.sourceDate ?? '', names.language),
          })}
        </span>
      )}
      {/* Translations (note_nl …) count only with the language the note is written in. */}
      {cell.note &&
        (cell.noteLanguage ? (
          <TranslatedText
            className="note"
            texts={{ ...cell.noteTexts, [cell.noteLanguage]: cell.note }}
            original={cell.noteLanguage}
          />
        ) : (
          <span className="note">{cell.note}</span>
        ))}
      {cell.unplaced.length > 0 && (
        <span className="meta warn">{t('details.unplaced', { list: cell.unplaced.join(', ') })}</span>
      )}
      <span className="meta">
        <Provenance origin={cell.origin} url={cell.sourceUrl} date={cell.sourceDate} />{' '}
        <SourceLink url={cell.website}>{t('details.website')}</SourceLink>
        {cell.updatedOn && ` · ${t('details.updated')} ${formatPartialDate(cell.updatedOn, names.language)}`}
      </span>
    </li>
  );
}

/**
 * The statements about a municipality at the timeline's date, by the land they named. A
 * municipality that merged in 2025 lists what is known for the whole, then each former part's
 * own statements: none is lent to the rest of the municipality (src/domain/land.ts).
 */
export function Statements({ nis }: { nis: string }) {
  const { t } = useTranslation();
  const names = useNames();
  const land = useAppStore((s) => s.places?.land);
  const asOf = useAppStore((s) => s.asOf);
  // Computed here, not in a selector: a new list each call would re-render without end.
  const pieces = useMemo(() => (land ? piecesAt(land, nis, asOf) : [nis]), [land, nis, asOf]);
  const deciding = useAppStore((s) => selectView(s).deciding.get(nis));
  const pieceDeciding = useAppStore((s) => selectView(s).pieces.deciding);
  if (pieces.length <= 1) return <PieceStatements piece={pieces[0] ?? nis} deciding={deciding} current={nis} />;
  return (
    <>
      {deciding && (
        <ul className="cells" aria-label={t('facts.statement.inForce')}>
          <StatementItem cell={deciding} current={nis} />
        </ul>
      )}
      {pieces.map((piece) => (
        <section
          key={piece}
          className="former-part"
          aria-label={t('land.formerPart', { name: names.municipality(piece) })}
        >
          <h4>{t('land.formerPart', { name: names.municipality(piece) })}</h4>
          <PieceStatements
            piece={piece}
            deciding={pieceDeciding.get(piece) === deciding ? undefined : pieceDeciding.get(piece)}
            current={nis}
            except={deciding}
          />
        </section>
      ))}
    </>
  );
}

/** One piece of land's statement in force, then its history. */
function PieceStatements({
  piece,
  deciding,
  current,
  except,
}: {
  piece: string;
  deciding: Cell | undefined;
  current: string;
  except?: Cell;
}) {
  const { t } = useTranslation();
  const nis = current;
  const cells = useAppStore((s) => selectCellsByPiece(s).get(piece));
  const asOf = useAppStore((s) => s.asOf);
  const history = historyOf(cells ?? [], asOf || undefined).filter((c) => c !== deciding && c !== except);
  // A statement without a date named no time: it counts today, and a past date says it is left out.
  const undated = asOf ? (cells ?? []).filter((c) => statementDate(c) === undefined).length : 0;
  const apart = undated > 0 && <p className="meta undated-apart">{t('land.undatedApart', { count: undated })}</p>;
  if (!deciding && history.length === 0)
    return (
      <>
        <p className="muted">{t('details.noCells')}</p>
        {apart}
      </>
    );
  return (
    <>
      {deciding && (
        <ul className="cells" aria-label={t('facts.statement.inForce')}>
          <StatementItem cell={deciding} current={nis} />
        </ul>
      )}
      {history.length > 0 && (
        <>
          <h4>{t('facts.statement.history')}</h4>
          <ul className="cells history" aria-label={t('facts.statement.history')}>
            {history.map((cell) => (
              <StatementItem key={cell.id} cell={cell} current={nis} />
            ))}
          </ul>
        </>
      )}
      {apart}
    </>
  );
}
