/**
 * The results summary after a run: what each municipality pays in a budget year (the planning
 * year first; table and chart, figures from the engine), the top priorities, the funding plan
 * per year, and the risk flags by severity. Loaded lazily.
 */
import {
  Badge,
  Body1,
  Field,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { RiskFlag, RunSummary, Severity } from '../../engine/result';
import type { Language } from '../../i18n/language';
import { formatNumber, moneyDecimals } from '../../i18n/numbers';
import { planProofNote } from '../../i18n/planProof';
import type { Translate } from '../../i18n/ui';
import { ExplainPanel } from './Explainable';
import { FlagList } from './FlagList';
import { useTableStyles } from './tableStyles';
import { TotalsChart } from './TotalsChart';
import { TotalsTable } from './TotalsTable';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  badges: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const SEVERITY_COLOUR: Readonly<Record<Severity, 'danger' | 'warning' | 'informative'>> = {
  high: 'danger',
  medium: 'warning',
  low: 'informative',
};

export interface ResultsViewProps {
  readonly t: Translate;
  readonly language: Language;
  readonly summary: RunSummary;
  readonly flags: readonly RiskFlag[];
  readonly onSelectCell: (address: string) => void;
  /** Focus the results (their first section) once shown: the user has just run. */
  readonly focusOnShow?: boolean;
}

export default function ResultsView(props: ResultsViewProps): JSX.Element {
  const { t, language, summary, flags, onSelectCell, focusOnShow = false } = props;
  const totals = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focusOnShow) totals.current?.focus();
  }, [focusOnShow]);
  const styles = useStyles();
  const proofNote = planProofNote(language, summary);
  const table = useTableStyles();
  // The planning year first: its figures are what each budget is compared with.
  const [year, setYear] = useState(summary.planningYear);
  const shown = summary.years.find((y) => y.year === year)?.municipalities ?? [];
  const amounts = summary.years.flatMap((y) =>
    y.municipalities.flatMap((m) => [m.oneOff, m.annual, m.total]),
  );
  const decimals = moneyDecimals(amounts);
  const money = (value: number): string => formatNumber(value, language, decimals);

  return (
    <div className={styles.view}>
      <section
        className={styles.section}
        aria-labelledby="samkost-totals"
        ref={totals}
        tabIndex={-1}
      >
        <Subtitle2 as="h3" id="samkost-totals" className={styles.heading}>
          {t('results.municipalities', { currency: summary.currency, year })}
        </Subtitle2>
        {summary.years.length > 1 && (
          <Field label={t('results.budgetYear')}>
            <Select value={String(year)} onChange={(_, data) => setYear(Number(data.value))}>
              {summary.years.map((y) => (
                <option key={y.year} value={y.year}>
                  {y.year === summary.planningYear
                    ? t('results.planningYearOption', { year: y.year })
                    : y.year}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <Body1>
          {t('results.counts', { year })}
          {year === summary.planningYear && <> {t('results.planningYear', { year })}</>}
        </Body1>
        <TotalsChart t={t} municipalities={shown} format={money} id="samkost-chart" />
        <TotalsTable
          t={t}
          municipalities={shown}
          money={money}
          labelledBy="samkost-totals"
          language={language}
        />
        <ExplainPanel language={language} />
      </section>

      {summary.topPriorities.length > 0 && (
        <section className={styles.section} aria-labelledby="samkost-priorities">
          <Subtitle2 as="h3" id="samkost-priorities" className={styles.heading}>
            {t('results.priorities')}
          </Subtitle2>
          <ol className={styles.list}>
            {summary.topPriorities.map((p) => (
              <li key={p.id}>
                {t('results.priority', {
                  id: p.id,
                  title: p.title,
                  score: formatNumber(p.score, language, 1),
                })}{' '}
                {p.funded && p.startYear !== null
                  ? t('results.fundedIn', { year: p.startYear })
                  : t('results.notFunded')}
              </li>
            ))}
          </ol>
        </section>
      )}

      {summary.fundingPlan.length > 0 && (
        <section className={styles.section} aria-labelledby="samkost-plan">
          <Subtitle2 as="h3" id="samkost-plan" className={styles.heading}>
            {t('results.plan')}
          </Subtitle2>
          <table className={table.table} aria-labelledby="samkost-plan">
            <thead>
              <tr className={table.head}>
                <th scope="col" className={table.cell}>
                  {t('results.year')}
                </th>
                <th scope="col" className={`${table.cell} ${table.number}`}>
                  {t('results.used')}
                </th>
                <th scope="col" className={table.cell}>
                  {t('results.proposals')}
                </th>
              </tr>
            </thead>
            <tbody>
              {summary.fundingPlan.map((y) => (
                <tr key={y.year}>
                  <th scope="row" className={table.cell}>
                    {y.year}
                  </th>
                  <td className={`${table.cell} ${table.number}`}>
                    {money(y.investmentUsed)}
                    <span className={table.detail}>
                      {t('results.ofBudget', { budget: money(y.investmentBudget) })}
                    </span>
                  </td>
                  <td className={table.cell}>{y.proposals.join(', ') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {proofNote !== null && <Body1>{proofNote}</Body1>}
        </section>
      )}

      <section className={styles.section} aria-labelledby="samkost-flags">
        <Subtitle2 as="h3" id="samkost-flags" className={styles.heading}>
          {t('results.flags')}
        </Subtitle2>
        <div className={styles.badges}>
          {(['high', 'medium', 'low'] as const).map((severity) => (
            <Badge key={severity} appearance="tint" color={SEVERITY_COLOUR[severity]} size="large">
              {t(`severity.${severity}`)}: {summary.flagCounts[severity]}
            </Badge>
          ))}
        </div>
        <FlagList t={t} flags={flags} onSelectCell={onSelectCell} />
      </section>
    </div>
  );
}
