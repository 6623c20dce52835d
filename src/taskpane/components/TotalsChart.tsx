/**
 * Each municipality's total as a horizontal bar, split by where the money comes from (costs,
 * system licences, proposals). Plain SVG: the numbers themselves are in the table beside it.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { RunSummary } from '../../engine/result';
import type { Translate, UiKey } from '../../i18n/ui';

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

const LABEL_WIDTH = 110;
const BAR_WIDTH = 200;
const VALUE_WIDTH = 70;
const ROW_HEIGHT = 22;

const useStyles = makeStyles({
  chart: { width: '100%', height: 'auto', display: 'block' },
  text: { fill: tokens.colorNeutralForeground1, fontSize: '11px' },
  legend: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
    margin: 0,
    padding: 0,
    listStyle: 'none',
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
  readonly municipalities: RunSummary['municipalities'];
  readonly format: (value: number) => string;
}

export function TotalsChart({ t, municipalities, format }: TotalsChartProps): JSX.Element {
  const styles = useStyles();
  const largest = Math.max(1, ...municipalities.map((m) => m.total));
  const scale = (value: number): number => (Math.max(0, value) / largest) * BAR_WIDTH;
  const height = municipalities.length * ROW_HEIGHT;
  return (
    <figure style={{ margin: 0 }}>
      <svg
        className={styles.chart}
        viewBox={`0 0 ${LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH} ${height}`}
        role="img"
        aria-labelledby="samkost-chart-title"
      >
        <title id="samkost-chart-title">{t('results.chartTitle')}</title>
        {municipalities.map((m, row) => {
          const y = row * ROW_HEIGHT;
          let x = LABEL_WIDTH;
          return (
            <g key={m.name}>
              <text className={styles.text} x={LABEL_WIDTH - 6} y={y + 15} textAnchor="end">
                {m.name}
              </text>
              {SOURCES.map(({ source, colour }) => {
                const width = scale(m.bySource[source]);
                const bar = (
                  <rect key={source} x={x} y={y + 4} width={width} height={14} fill={colour} />
                );
                x += width;
                return bar;
              })}
              <text className={styles.text} x={x + 4} y={y + 15}>
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
