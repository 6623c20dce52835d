/** Small helpers the bundled samples share: Excel dates and the IKT-råd's score rows. */
import type { OutputValue } from '../engine/table';

/** The Excel serial number (1900 system) of a calendar date, as a date cell holds it. */
export const excelDate = (year: number, month: number, day: number): number =>
  Date.UTC(year, month - 1, day) / 86_400_000 + 25_569;

/** A scorer and how they lean on each criterion relative to the council's common view. */
export interface Scorer {
  readonly name: string;
  readonly leaning: readonly number[];
}

/**
 * One Scores row per proposal and scorer: the council's common view of each proposal (one score
 * per criterion, null = nobody scores it) moved by each scorer's leaning and kept within 0–5;
 * `overrides` replace whole rows (`ID|scorer`) where a scorer saw a proposal very differently.
 */
export function scoreRows(
  common: Readonly<Record<string, readonly (number | null)[]>>,
  scorers: readonly Scorer[],
  overrides: Readonly<Record<string, readonly (number | null)[]>> = {},
): OutputValue[][] {
  return Object.entries(common).flatMap(([id, view]) =>
    scorers.map(({ name, leaning }) => {
      const scores =
        overrides[`${id}|${name}`] ??
        view.map((score, c) =>
          score === null ? null : Math.min(5, Math.max(0, score + (leaning[c] ?? 0))),
        );
      return [id, name, ...scores];
    }),
  );
}
