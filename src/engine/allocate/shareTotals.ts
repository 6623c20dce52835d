/** Each municipality's sum of its shares over many lines: the totals rows, budgets, PC charges. */
import type { AllocationLine } from './allocateAll';

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
 * {@link shareTotals} for `groups` groups of lines at once (`groupOf` gives a line's group, from 0;
 * −1 leaves it out): one pass over every share however many totals a table shows.
 */
export function shareTotalsByGroup(
  names: readonly string[],
  lines: readonly AllocationLine[],
  groupOf: (line: AllocationLine) => number,
  groups: number,
): readonly (readonly bigint[])[] {
  const n = names.length;
  const position = new Map(names.map((name, i) => [name, i]));
  const volume = lines.reduce(
    (acc, line) => acc + (line.amount < 0n ? -line.amount : line.amount),
    0n,
  );
  if (volume < 2n ** 52n) {
    const sums = Array.from({ length: groups }, () => new Float64Array(n));
    for (const line of lines) {
      const group = sums[groupOf(line)];
      if (!group) continue;
      const { units, positions } = line;
      if (units) {
        for (let k = 0; k < units.length; k++) {
          const i = positions[k] ?? 0;
          group[i] = (group[i] ?? 0) + (units[k] ?? 0);
        }
        continue;
      }
      for (const [name, share] of line.shares) {
        const i = position.get(name);
        if (i !== undefined) group[i] = (group[i] ?? 0) + Number(share);
      }
    }
    return sums.map((group) => Array.from(group, (sum) => BigInt(sum)));
  }
  const sums = Array.from({ length: groups }, () => names.map(() => 0n));
  for (const line of lines) {
    const group = sums[groupOf(line)];
    if (!group) continue;
    for (const [name, units] of line.shares) {
      const i = position.get(name);
      if (i !== undefined) group[i] = (group[i] ?? 0n) + units;
    }
  }
  return sums;
}
