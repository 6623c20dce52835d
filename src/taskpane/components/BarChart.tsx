/**
 * Horizontal bars drawn to the width the pane gives them: each bar's label and value on a line
 * of their own above it (so nothing shrinks below 12 px however narrow the pane), bars from a zero
 * line that sits left of the middle when some values are negative. The values are also the
 * chart's text alternative.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';

export interface Bar {
  readonly label: string;
  readonly value: number;
  /** The value as the user reads it (formatted). */
  readonly text: string;
  /** Drawn in the accent colour (the chosen keys, the selected municipality). */
  readonly highlight?: boolean;
}

const ROW_HEIGHT = 34;
const LABEL_BASELINE = 13;
const BAR_TOP = 18;
const BAR_HEIGHT = 12;
/** Before the pane has measured (and in tests without layout): Excel's narrowest pane. */
const FALLBACK_WIDTH = 288;

const useStyles = makeStyles({
  chart: { display: 'block', maxWidth: '100%' },
  text: { fill: tokens.colorNeutralForeground1, fontSize: '12px' },
  bar: { fill: tokens.colorPaletteBlueBorderActive },
  highlight: { fill: tokens.colorPaletteMarigoldBorderActive },
  axis: { stroke: tokens.colorNeutralStroke1 },
});

/** The width of the element, following it as the pane is resized. */
function useWidth(): [React.RefObject<HTMLDivElement>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(FALLBACK_WIDTH);
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const measure = (): void => {
      if (element.clientWidth > 0) setWidth(element.clientWidth);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

export interface BarChartProps {
  readonly id: string;
  readonly title: string;
  /** The values in words, for assistive technology. */
  readonly description: string;
  readonly bars: readonly Bar[];
}

export function BarChart({ id, title, description, bars }: BarChartProps): JSX.Element {
  const styles = useStyles();
  const [ref, width] = useWidth();
  const largest = Math.max(0, ...bars.map((b) => b.value));
  const smallest = Math.min(0, ...bars.map((b) => b.value));
  const span = largest - smallest || 1;
  const zero = (-smallest / span) * width;
  const x = (value: number): number => zero + (value / span) * width;
  const height = bars.length * ROW_HEIGHT;
  return (
    <div ref={ref}>
      <svg
        className={styles.chart}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {bars.map((bar, row) => {
          const y = row * ROW_HEIGHT;
          const end = x(bar.value);
          return (
            <g key={`${bar.label}-${row}`}>
              <text className={styles.text} x={0} y={y + LABEL_BASELINE}>
                {bar.label}
              </text>
              <text className={styles.text} x={width} y={y + LABEL_BASELINE} textAnchor="end">
                {bar.text}
              </text>
              <rect
                className={bar.highlight ? styles.highlight : styles.bar}
                x={Math.min(zero, end)}
                y={y + BAR_TOP}
                width={Math.max(1, Math.abs(end - zero))}
                height={BAR_HEIGHT}
              />
            </g>
          );
        })}
        {smallest < 0 && <line className={styles.axis} x1={zero} x2={zero} y1={0} y2={height} />}
      </svg>
    </div>
  );
}
