/**
 * Printing the bench: plain-text tables for the terminal, each figure beside its target with
 * PASS or MISS, and the same figures as a markdown table for the README's Performance section.
 */
import { cpus, totalmem } from 'os';

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGb: number;
  readonly node: string;
  readonly platform: string;
}

export const machine = (): Machine => ({
  cpu: cpus()[0]?.model.trim() ?? 'unknown',
  cores: cpus().length,
  memoryGb: Math.round(totalmem() / 1024 ** 3),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
});

export const machineLine = (m: Machine): string =>
  `${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, Node ${m.node}, ${m.platform}`;

/** Where a target applies: `time` is reported only in CI; `count` and `ratio` are enforced there. */
export type TargetKind = 'time' | 'count' | 'ratio';

export interface Target {
  readonly op: '<=' | '>=';
  readonly value: number;
  readonly kind: TargetKind;
  /** The CI bound (counts: the same; ratios: half the target); null: not asserted in CI. */
  readonly ci: number | null;
}

export type Verdict = 'PASS' | 'MISS' | 'SKIP';

export interface Figure {
  readonly id: string;
  readonly label: string;
  /** null when the figure could not be measured (see note). */
  readonly value: number | null;
  readonly unit: string;
  readonly target: Target;
  readonly verdict: Verdict;
  /** Broken in CI: a count over budget or a ratio below half its target. */
  readonly ciBroken: boolean;
  readonly note?: string;
}

const meets = (value: number, op: Target['op'], bound: number): boolean =>
  op === '<=' ? value <= bound : value >= bound;

/** A figure judged against its target. */
export function figure(
  id: string,
  label: string,
  value: number | null,
  unit: string,
  target: Target,
  note?: string,
): Figure {
  const verdict: Verdict =
    value === null ? 'SKIP' : meets(value, target.op, target.value) ? 'PASS' : 'MISS';
  const ciBroken =
    value !== null &&
    target.kind !== 'time' &&
    target.ci !== null &&
    !meets(value, target.op, target.ci);
  return { id, label, value, unit, target, verdict, ciBroken, ...(note ? { note } : {}) };
}

/** A number for people: 1234.5 → `1,234.5`, with `digits` decimals. */
export const fmt = (value: number | null | undefined, digits = 0): string =>
  value === null || value === undefined || Number.isNaN(value)
    ? '–'
    : value.toLocaleString('en-US', {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });

export const ms = (value: number | null | undefined): string =>
  value === null || value === undefined
    ? '–'
    : value < 10
      ? fmt(value, 2)
      : value < 100
        ? fmt(value, 1)
        : fmt(value, 0);

export const bytes = (value: number | null | undefined): string =>
  value === null || value === undefined
    ? '–'
    : value >= 1_000_000
      ? `${fmt(value / 1_000_000, 2)} MB`
      : value >= 1000
        ? `${fmt(value / 1000, 1)} kB`
        : `${fmt(value)} B`;

const show = (value: number | null, unit: string): string =>
  unit === 'ms'
    ? `${ms(value)} ms`
    : unit === 'bytes'
      ? bytes(value)
      : unit === '×'
        ? `${fmt(value, 1)}×`
        : `${fmt(value, unit === 'points' ? 1 : 0)}${unit && unit !== 'count' ? ` ${unit}` : ''}`;

export const targetText = (f: Figure): string =>
  `${f.target.op === '<=' ? '≤' : '≥'} ${show(f.target.value, f.unit)}`;

export const valueText = (f: Figure): string => show(f.value, f.unit);

/** A plain-text table with aligned columns (first column left, the rest right). */
export function textTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const widths = headers.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
      .join('  ');
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** A markdown table. */
export function markdownTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [
    line(headers),
    line(headers.map((_, c) => (c === 0 ? '---' : '---:'))),
    ...rows.map(line),
  ].join('\n');
}
