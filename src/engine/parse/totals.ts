/**
 * Totals that must stay exact. Each amount is at most {@link MAX_EXACT_UNITS} units (readMoney),
 * but a run also shows sums of them: a municipality's total, the Allocation table's total rows,
 * the Totals table, a municipality's cost of going alone. Each such total is at most the sum of
 * every amount of its tables, so bounding that sum bounds them all, whatever the plan funds.
 */
import { currencyOf, MAX_EXACT_UNITS, unitsOf } from '../allocate/units';
import type { CostItem, Proposal, StandAloneCost, SystemEntry } from '../model';
import { problem, type Problem } from '../problem';
import { toNumber, type Rational } from '../rational';
import { moneyLimit } from './values';

interface TableSum {
  readonly table: string;
  readonly units: bigint;
}

/**
 * TOTAL_TOO_LARGE when the amounts of `sums` (tables whose amounts add up in one total) add up to
 * more than {@link MAX_EXACT_UNITS}: at the table holding the most, naming every table that holds
 * any.
 */
function checkSum(sums: readonly TableSum[], roundTo: Rational, problems: Problem[]): void {
  const total = sums.reduce((acc, s) => acc + s.units, 0n);
  if (total <= MAX_EXACT_UNITS) return;
  const held = sums.filter((s) => s.units > 0n);
  let largest = held[0];
  for (const s of held) if (largest === undefined || s.units > largest.units) largest = s;
  problems.push(
    problem('TOTAL_TOO_LARGE', largest?.table ?? 'Costs', {
      tables: held.map((s) => s.table).join(', '),
      total: toNumber(currencyOf(total, roundTo)),
      max: moneyLimit(roundTo).max,
    }),
  );
}

function unitsSum<T>(
  rows: readonly T[],
  amounts: (row: T) => readonly Rational[],
  roundTo: Rational,
): bigint {
  let units = 0n;
  for (const row of rows) for (const amount of amounts(row)) units += unitsOf(amount, roundTo);
  return units;
}

/**
 * Every total a run can show stays within {@link MAX_EXACT_UNITS} units: the amounts split
 * (Costs, Systems' licences, Proposals' one-off and annual costs) and the stand-alone costs.
 */
export function checkTotals(
  tables: {
    readonly costs: readonly CostItem[];
    readonly systems: readonly SystemEntry[];
    readonly proposals: readonly Proposal[];
    readonly standAlone: readonly StandAloneCost[];
  },
  roundTo: Rational,
  problems: Problem[],
): void {
  const split: TableSum[] = [
    { table: 'Costs', units: unitsSum(tables.costs, (c) => [c.amount], roundTo) },
    { table: 'Systems', units: unitsSum(tables.systems, (s) => [s.licenceCost], roundTo) },
    {
      table: 'Proposals',
      units: unitsSum(tables.proposals, (p) => [p.oneOffCost, p.annualCost], roundTo),
    },
  ];
  checkSum(split, roundTo, problems);
  const alone = unitsSum(tables.standAlone, (s) => [s.cost], roundTo);
  checkSum([{ table: 'StandAlone', units: alone }], roundTo, problems);
}
