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
  const position = new Map(names.map((name, i) => [name, i]));
  const volume = lines.reduce(
    (acc, line) => acc + (line.amount < 0n ? -line.amount : line.amount),
    0n,
  );
  if (volume < 2n ** 52n) {
    const sums = new Float64Array(names.length);
    for (const line of lines) {
      const { units, positions } = line;
      if (units) {
        for (let k = 0; k < units.length; k++) {
          const i = positions[k] ?? 0;
          sums[i] = (sums[i] ?? 0) + (units[k] ?? 0);
        }
        continue;
      }
      for (const [name, share] of line.shares) {
        const i = position.get(name);
        if (i !== undefined) sums[i] = (sums[i] ?? 0) + Number(share);
      }
    }
    return Array.from(sums, (sum) => BigInt(sum));
  }
  const sums = names.map(() => 0n);
  for (const line of lines) {
    for (const [name, units] of line.shares) {
      const i = position.get(name);
      if (i !== undefined) sums[i] = (sums[i] ?? 0n) + units;
    }
  }
  return sums;
}
