/** The input's problems, grouped by table; each names its cell, which the user can jump to. */
import { Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { LocalisedProblem } from '../../engine/problem';
import type { Translate } from '../../i18n/ui';
import { groupByTable } from '../cells';
import { CellLink } from './CellLink';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { margin: 0 },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
});

export interface ProblemListProps {
  readonly t: Translate;
  readonly problems: readonly LocalisedProblem[];
  readonly onSelectCell: (address: string) => void;
  /** How a group's table is named: a contract table by its sheet (see `tableNames`). */
  readonly nameOf: (table: string) => string;
}

export function ProblemList(props: ProblemListProps): JSX.Element {
  const { t, problems, onSelectCell, nameOf } = props;
  const styles = useStyles();
  return (
    <>
      {groupByTable(problems).map(({ table, items }) => (
        <section key={table} className={styles.group} aria-label={table}>
          <Subtitle2 as="h3" className={styles.heading}>
            {t('problems.table', { table: nameOf(table), count: items.length })}
          </Subtitle2>
          <ul className={styles.list}>
            {items.map((problem, index) => (
              <li key={`${problem.cell}-${problem.code}-${index}`}>
                <CellLink t={t} cell={problem.cell} onSelectCell={onSelectCell} />
                {' — '}
                {problem.message}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
