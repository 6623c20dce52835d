/** The risk flags, most severe first; each links to the cell it is about. */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { RiskFlag, Severity } from '../../engine/result';
import type { Translate } from '../../i18n/ui';
import { CellLink } from './CellLink';

const ORDER: Readonly<Record<Severity, number>> = { high: 0, medium: 1, low: 2 };

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  severity: { fontWeight: tokens.fontWeightSemibold },
  // A cell with its brackets, and a date, each on one line: at 320 px lines broke between "(" and
  // the link, and inside a Swedish date at its hyphens ("2026-09-" / "30").
  whole: { whiteSpace: 'nowrap' },
});

/** A date as Swedish writes it (2026-09-30): split out of a message to keep it whole. */
const ISO_DATE = /(\d{4}-\d{2}-\d{2})/;

export interface FlagListProps {
  readonly t: Translate;
  readonly flags: readonly RiskFlag[];
  readonly onSelectCell: (address: string) => void;
}

export function FlagList({ t, flags, onSelectCell }: FlagListProps): JSX.Element | null {
  const styles = useStyles();
  if (flags.length === 0) return null;
  // A stable sort keeps the engine's order within a severity.
  const sorted = [...flags].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  return (
    <ul className={styles.list} aria-label={t('results.flags')}>
      {sorted.map((flag, index) => (
        <li key={`${flag.code}-${flag.subject}-${index}`}>
          <span className={styles.severity}>{t(`severity.${flag.severity}`)}</span>
          {': '}
          {flag.message.split(ISO_DATE).map((part, i) =>
            // split() with a group: every odd part is a date.
            i % 2 === 1 ? (
              <span key={i} className={styles.whole}>
                {part}
              </span>
            ) : (
              part
            ),
          )}{' '}
          {flag.cell && (
            <span className={styles.whole}>
              (<CellLink t={t} cell={flag.cell} onSelectCell={onSelectCell} />)
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
