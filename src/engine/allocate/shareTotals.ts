/** Each municipality's sum of its shares over many lines: the totals rows, budgets, PC charges. */
import type { AllocationLine } from './allocateAll';
import { shareSums } from './sums';

/**
 * Σ of each of `names`' shares over `lines` (`names`: the workbook's municipalities, in order, so
 * a line's positions index them) (0 for a municipality in none of them), in the order of
 * `names`. In JS numbers while the sum of the lines' amounts keeps every partial sum a safe integer
 * (then exact); BigInt otherwise. One pass over the lines, not one per municipality.
 */
export function shareTotals(
  names: readonly string[],
  lines: readonly AllocationLine[],
): readonly bigint[] {
  return shareTotalsByGroup(names, lines, () => 0, 1)[0] ?? names.map(() => 0n);
}

/**
 * {@link shareTotals} for `groups` groups of lines at once (`groupOf` gives a line's group, from 0,
 * given the line and its place in `lines`; −1 leaves it out): one pass over every share however
 * many totals a table shows.
 */
export function shareTotalsByGroup(
  names: readonly string[],
  lines: readonly AllocationLine[],
  groupOf: (line: AllocationLine, index: number) => number,
  groups: number,
): readonly (readonly bigint[])[] {
  const sums = shareSums(groups, names.length, lines);
  for (const [index, line] of lines.entries()) {
    const group = groupOf(line, index);
    if (group >= 0 && group < groups) sums.addOwn(group, line);
  }
  return Array.from({ length: groups }, (_, group) => sums.totals(group));
}
