/**
 * Each municipality's total as a horizontal bar, split by where the money comes from (costs,
 * system licences, proposals). Plain SVG drawn at the pane's own width, so its text stays at
 * 12 px however narrow the pane; each segment has its value as a tooltip, and the whole chart a
 * text alternative listing every value.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { MunicipalityFigures } from '../../engine/result';
import type { Translate, UiKey } from '../../i18n/ui';
import { useWidth } from './useWidth';

type Source = 'cost' | 'system' | 'proposal';
const SOURCES: readonly { source: Source; label: UiKey; colour: string }[] = [
  { source: 'cost', label: 'results.source.cost', colour: tokens.colorPaletteBlueBorderActive },
  { source: 'system', label: 'results.source.system', colour: tokens.colorPaletteTealBorderActive },
  {
    source: 'proposal',
    label: 'results.source.proposal',
    colour: tokens.colorPaletteMarigoldBorderActive,
  },
];

const FONT_PX = 12;
/** A generous width per character at 12 px, so labels are never cut. */
const CHAR_PX = 7;
const ROW_HEIGHT = 24;
const GAP = 6;

const useStyles = makeStyles({
  figure: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  chart: { display: 'block' },
  text: { fill: tokens.colorNeutralForeground1, fontSize: `${FONT_PX}px` },
  legend: {
    display: 'flex',
    columnGap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
    margin: 0,
    padding: 0,
    listStyle: 'none',
    fontSize: tokens.fontSizeBase200,
  },
  swatch: {
    display: 'inline-block',
    width: '10px',
    height: '10px',
    marginRight: tokens.spacingHorizontalXS,
  },
});

export interface TotalsChartProps {
  readonly t: Translate;
  readonly municipalities: readonly MunicipalityFigures[];
  readonly format: (value: number) => string;
  /** Tells the chart's ids apart when more than one is shown. */
  readonly id: string;
}

export function TotalsChart({ t, municipalities, format, id }: TotalsChartProps): JSX.Element {
  const styles = useStyles();
  const [ref, width] = useWidth<HTMLElement>(300);
  const longest = (texts: readonly string[]): number =>
    Math.max(0, ...texts.map((text) => text.length)) * CHAR_PX + GAP;
  const labelWidth = Math.min(Math.round(width * 0.4), longest(municipalities.map((m) => m.name)));
  const valueWidth = longest(municipalities.map((m) => format(m.total)));
  const barWidth = Math.max(1, width - labelWidth - valueWidth);
  const largest = Math.max(1, ...municipalities.map((m) => m.total));
  const scale = (value: number): number => (Math.max(0, value) / largest) * barWidth;
  const height = municipalities.length * ROW_HEIGHT;
  const description = municipalities
    .map(
      (m) =>
        `${m.name}: ${SOURCES.map(({ source, label }) => `${t(label)} ${format(m.bySource[source])}`).join(', ')}; ${t('results.total')} ${format(m.total)}.`,
    )
    .join(' ');
  return (
    <figure className={styles.figure} ref={ref}>
      <svg
        className={styles.chart}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
      >
        <title id={`${id}-title`}>{t('results.chartTitle')}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {municipalities.map((m, row) => {
          const y = row * ROW_HEIGHT;
          let x = labelWidth;
          return (
            <g key={m.name}>
              <text className={styles.text} x={labelWidth - GAP} y={y + 16} textAnchor="end">
                {m.name}
              </text>
              {SOURCES.map(({ source, label, colour }) => {
                const value = m.bySource[source];
                const w = scale(value);
                const bar =
                  w > 0 ? (
                    <rect key={source} x={x} y={y + 5} width={w} height={14} fill={colour}>
                      <title>{`${m.name}, ${t(label)}: ${format(value)}`}</title>
                    </rect>
                  ) : null;
                x += w;
                return bar;
              })}
              <text className={styles.text} x={x + 4} y={y + 16}>
                {format(m.total)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className={styles.legend}>
          {SOURCES.map(({ source, label, colour }) => (
            <li key={source}>
              <span className={styles.swatch} style={{ backgroundColor: colour }} aria-hidden />
              {t(label)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
