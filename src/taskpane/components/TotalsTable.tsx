/**
 * What each municipality pays in one year, as a table that fits the pane: four columns where
 * there is room, else two (the one-off and annual amounts under the name), so no number is
 * clipped or run into its neighbour at Excel's narrowest pane.
 */
import type { MunicipalityFigures } from '../../engine/result';
import type { Language } from '../../i18n/language';
import type { Translate } from '../../i18n/ui';
import { ExplainableTotal } from './Explainable';
import { useTableStyles } from './tableStyles';
import { useWidth } from './useWidth';

/** Below this width (CSS px) the one-off and annual columns fold under the name. */
const FOUR_COLUMNS_FROM = 400;

export interface TotalsTableProps {
  readonly t: Translate;
  readonly municipalities: readonly MunicipalityFigures[];
  readonly money: (value: number) => string;
  readonly labelledBy: string;
  readonly language: Language;
}

export function TotalsTable(props: TotalsTableProps): JSX.Element {
  const { t, municipalities, money, labelledBy, language } = props;
  const styles = useTableStyles();
  const [ref, width] = useWidth<HTMLDivElement>(FOUR_COLUMNS_FROM);
  const wide = width >= FOUR_COLUMNS_FROM;
  const cell = styles.cell;
  const number = `${styles.cell} ${styles.number}`;
  return (
    <div ref={ref}>
      <table className={styles.table} aria-labelledby={labelledBy}>
        <thead>
          <tr className={styles.head}>
            <th scope="col" className={cell}>
              {t('results.municipality')}
            </th>
            {wide && (
              <>
                <th scope="col" className={number}>
                  {t('results.oneOff')}
                </th>
                <th scope="col" className={number}>
                  {t('results.annual')}
                </th>
              </>
            )}
            <th scope="col" className={number}>
              {t('results.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {municipalities.map((m) => (
            <tr key={m.name}>
              <th scope="row" className={cell}>
                {m.name}
                {!wide && (
                  <span className={styles.detail}>
                    {t('results.oneOffAnnual', {
                      oneOff: money(m.oneOff),
                      annual: money(m.annual),
                    })}
                  </span>
                )}
              </th>
              {wide && (
                <>
                  <td className={number}>{money(m.oneOff)}</td>
                  <td className={number}>{money(m.annual)}</td>
                </>
              )}
              <td className={number}>
                <ExplainableTotal language={language} municipality={m.name}>
                  {money(m.total)}
                </ExplainableTotal>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
