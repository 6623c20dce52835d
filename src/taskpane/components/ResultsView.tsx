/**
 * The results summary after a run: what each municipality pays (table and chart), the top
 * priorities, the funding plan per year, and the risk flags by severity. Loaded lazily.
 */
import {
  Badge,
  Body1,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { RiskFlag, RunSummary, Severity } from '../../engine/result';
import type { Language } from '../../i18n/language';
import { formatNumber } from '../../i18n/numbers';
import type { Translate } from '../../i18n/ui';
import { ExplainableTotal, ExplainPanel } from './Explainable';
import { FlagList } from './FlagList';
import { TotalsChart } from './TotalsChart';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  scroll: { overflowX: 'auto' },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  numberHeader: { justifyContent: 'flex-end' },
  badges: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
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
}

export default function ResultsView(props: ResultsViewProps): JSX.Element {
  const { t, language, summary, flags, onSelectCell } = props;
  const styles = useStyles();
  const amounts = summary.municipalities.flatMap((m) => [m.oneOff, m.annual, m.total]);
  // Whole amounts read better without ",00"; øre are shown when there are any.
  const decimals = amounts.every(Number.isInteger) ? 0 : 2;
  const money = (value: number): string => formatNumber(value, language, decimals);

  return (
    <div className={styles.view}>
      <section className={styles.section} aria-labelledby="samkost-totals">
        <Subtitle2 as="h3" id="samkost-totals" className={styles.heading}>
          {t('results.municipalities', { currency: summary.currency, year: summary.planningYear })}
        </Subtitle2>
        <TotalsChart t={t} municipalities={summary.municipalities} format={money} />
        <div className={styles.scroll}>
          <Table size="extra-small" aria-labelledby="samkost-totals">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('results.municipality')}</TableHeaderCell>
                <TableHeaderCell
                  className={styles.number}
                  button={{ className: styles.numberHeader }}
                >
                  {t('results.oneOff')}
                </TableHeaderCell>
                <TableHeaderCell
                  className={styles.number}
                  button={{ className: styles.numberHeader }}
                >
                  {t('results.annual')}
                </TableHeaderCell>
                <TableHeaderCell
                  className={styles.number}
                  button={{ className: styles.numberHeader }}
                >
                  {t('results.total')}
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {summary.municipalities.map((m) => (
                <TableRow key={m.name}>
                  <TableCell>{m.name}</TableCell>
                  <TableCell className={styles.number}>{money(m.oneOff)}</TableCell>
                  <TableCell className={styles.number}>{money(m.annual)}</TableCell>
                  <TableCell className={styles.number}>
                    <ExplainableTotal language={language} municipality={m.name}>
                      {money(m.total)}
                    </ExplainableTotal>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
        <ExplainPanel language={language} />
      </section>

      {summary.topPriorities.length > 0 && (
        <section className={styles.section} aria-labelledby="samkost-priorities">
          <Subtitle2 as="h3" id="samkost-priorities" className={styles.heading}>
            {t('results.priorities')}
          </Subtitle2>
          <ol>
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
          <div className={styles.scroll}>
            <Table size="extra-small" aria-labelledby="samkost-plan">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('results.year')}</TableHeaderCell>
                  <TableHeaderCell
                    className={styles.number}
                    button={{ className: styles.numberHeader }}
                  >
                    {t('results.used')}
                  </TableHeaderCell>
                  <TableHeaderCell>{t('results.proposals')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {summary.fundingPlan.map((year) => (
                  <TableRow key={year.year}>
                    <TableCell>{year.year}</TableCell>
                    <TableCell className={styles.number}>
                      {t('results.usedOf', {
                        used: money(year.investmentUsed),
                        budget: money(year.investmentBudget),
                      })}
                    </TableCell>
                    <TableCell>{year.proposals.join(', ') || '—'}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          {!summary.planProvenOptimal && <Body1>{t('results.notProven')}</Body1>}
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
