/**
 * The efficient frontier (contract v1.1 §11) in the council's tab: the plan's highest score
 * against the investment at each budget factor, drawn to the pane's width. Points the solver did
 * not prove are hollow and named in the list below, which is also the chart's text alternative.
 */
import { Body1, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { FrontierEntry } from '../../engine/result';
import type { ChoicesTranslate } from '../../i18n/choices';
import type { Language } from '../../i18n/language';
import { formatNumber } from '../../i18n/numbers';
import { useWidth } from './useWidth';
import { useViewStyles } from './viewStyles';

/** Before the pane has measured (and in tests without layout): Excel's narrowest pane. */
const FALLBACK_WIDTH = 288;
const HEIGHT = 180;
/** Room for the axis labels (12 px text) above, below and at the sides of the plot. */
const PAD = { top: 18, right: 8, bottom: 22, left: 8 };
const RADIUS = 5;

const useStyles = makeStyles({
  chart: { display: 'block', maxWidth: '100%' },
  text: { fill: tokens.colorNeutralForeground1, fontSize: '12px' },
  axis: { stroke: tokens.colorNeutralStroke1 },
  line: { stroke: tokens.colorPaletteBlueBorderActive, fill: 'none', strokeWidth: 2 },
  proven: { fill: tokens.colorPaletteBlueBorderActive },
  open: {
    fill: tokens.colorNeutralBackground1,
    stroke: tokens.colorPaletteBlueBorderActive,
    strokeWidth: 2,
  },
});

export interface FrontierChartProps {
  readonly tc: ChoicesTranslate;
  readonly language: Language;
  readonly currency: string;
  readonly frontier: readonly FrontierEntry[];
}

/** Each point in words: the chart's description and the visible list. */
export function frontierLines(
  tc: ChoicesTranslate,
  language: Language,
  currency: string,
  frontier: readonly FrontierEntry[],
): string[] {
  return frontier.map((p) => {
    const params = {
      factor: `${formatNumber(p.factor * 100, language, 0)} %`,
      investment: formatNumber(p.investment, language, 0),
      currency,
    };
    if (p.score === null) return tc('frontier.noFit', params);
    const line = tc('frontier.point', {
      ...params,
      score: formatNumber(p.score, language, 1),
      funded: p.funded ?? 0,
    });
    return p.proven ? line : `${line} ${tc('frontier.notProven')}`;
  });
}

export function FrontierChart({
  tc,
  language,
  currency,
  frontier,
}: FrontierChartProps): JSX.Element | null {
  const styles = useStyles();
  const view = useViewStyles();
  const [ref, width] = useWidth<HTMLDivElement>(FALLBACK_WIDTH);
  if (frontier.length === 0) return null;
  const lines = frontierLines(tc, language, currency, frontier);
  const scored = frontier.flatMap((p) => (p.score === null ? [] : [{ ...p, score: p.score }]));
  const maxInvestment = Math.max(1, ...frontier.map((p) => p.investment));
  const maxScore = Math.max(1, ...scored.map((p) => p.score));
  const plotWidth = Math.max(1, width - PAD.left - PAD.right - 2 * RADIUS);
  const plotHeight = HEIGHT - PAD.top - PAD.bottom - 2 * RADIUS;
  const x = (investment: number): number =>
    PAD.left + RADIUS + (investment / maxInvestment) * plotWidth;
  const y = (score: number): number => PAD.top + RADIUS + (1 - score / maxScore) * plotHeight;
  const baseline = HEIGHT - PAD.bottom;
  return (
    <section className={view.view} aria-labelledby="samkost-frontier">
      <Subtitle2 as="h2" id="samkost-frontier" className={view.heading}>
        {tc('frontier.heading')}
      </Subtitle2>
      <Body1>{tc('frontier.intro')}</Body1>
      <div ref={ref}>
        <svg
          className={styles.chart}
          width={width}
          height={HEIGHT}
          viewBox={`0 0 ${width} ${HEIGHT}`}
          role="img"
          aria-labelledby="samkost-frontier-title samkost-frontier-desc"
        >
          <title id="samkost-frontier-title">{tc('frontier.title')}</title>
          <desc id="samkost-frontier-desc">{lines.join('; ')}</desc>
          <line
            className={styles.axis}
            x1={PAD.left}
            x2={width - PAD.right}
            y1={baseline}
            y2={baseline}
          />
          <line className={styles.axis} x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={baseline} />
          <text className={styles.text} x={PAD.left} y={12}>
            {`${tc('frontier.axisScore')} ${formatNumber(maxScore, language, 1)}`}
          </text>
          <text className={styles.text} x={PAD.left} y={HEIGHT - 4}>
            0
          </text>
          <text className={styles.text} x={width - PAD.right} y={HEIGHT - 4} textAnchor="end">
            {formatNumber(maxInvestment, language, 0)}
          </text>
          <text className={styles.text} x={width - PAD.right} y={12} textAnchor="end">
            {tc('frontier.axisInvestment', { currency })}
          </text>
          <polyline
            className={styles.line}
            points={scored.map((p) => `${x(p.investment)},${y(p.score)}`).join(' ')}
          />
          {scored.map((p) => (
            <circle
              key={p.factor}
              className={p.proven ? styles.proven : styles.open}
              cx={x(p.investment)}
              cy={y(p.score)}
              r={RADIUS}
            />
          ))}
        </svg>
      </div>
      <ul className={view.list}>
        {lines.map((line, i) => (
          <li key={frontier[i]?.factor ?? i} className={view.item}>
            {line}
          </li>
        ))}
      </ul>
      {frontier.some((p) => p.score !== null && !p.proven) && (
        <Caption1>{tc('frontier.notProvenNote')}</Caption1>
      )}
    </section>
  );
}
