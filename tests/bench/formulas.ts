/**
 * What a finance officer would do instead of Samkost: one `=ROUND(amount * weight / SUM(weights), 2)`
 * per item × municipality, evaluated by HyperFormula (a spreadsheet engine), on exactly the items
 * and weights Samkost splits. Measures the time of both and counts the items whose rounded shares
 * do not add up to the item's amount (the øre that go missing or appear from nowhere).
 */
import { HyperFormula } from 'hyperformula';
import { allocateAll, indexStandAlone, keyWeights, standAloneOf } from '../../src/engine/allocate';
import type { ParsedWorkbook } from '../../src/engine/model';
import { columnName } from '../../src/engine/table';
import { time } from './timing';

export interface FormulaComparison {
  readonly items: number;
  /** Formulas evaluated: items × municipalities. */
  readonly formulas: number;
  /** Samkost's allocateAll of the same items (median). */
  readonly samkostMs: number;
  /** HyperFormula: build the sheet and evaluate every formula, then read the shares. */
  readonly formulaMs: number;
  /** HyperFormula: recalculate after every amount changed (formulas already parsed). */
  readonly recalcMs: number;
  /** Items whose formula shares (in øre) do not add up to the amount. */
  readonly formulaItemsOff: number;
  /** The same count for Samkost (0 by contract). */
  readonly samkostItemsOff: number;
  /** The largest difference, in øre, between an item's amount and the sum of its formula shares. */
  readonly worstOffOre: number;
}

interface FormulaItem {
  /** In øre. */
  readonly amount: bigint;
  /** One weight per municipality of the workbook (0 for non-participants). */
  readonly weights: readonly number[];
}

const toFloat = (num: bigint, den: bigint): number => Number(num) / Number(den);

/** The items Samkost splits without proposals (costs and licences), with float weights. */
function formulaItems(wb: ParsedWorkbook): FormulaItem[] {
  const { lines } = allocateAll(wb, new Map());
  const standAlone = indexStandAlone(wb.standAlone);
  const byName = new Map(wb.municipalities.map((m) => [m.name, m]));
  return lines.map((line) => {
    const members = line.participants.flatMap((name) => byName.get(name) ?? []);
    const weights = keyWeights(line.key, members, standAloneOf(standAlone, line.item)) ?? [];
    const byMember = new Map(members.map((m, i) => [m.name, weights[i]]));
    return {
      amount: line.amount,
      weights: wb.municipalities.map((m) => {
        const w = byMember.get(m.name);
        return w ? toFloat(w.num, w.den) : 0;
      }),
    };
  });
}

/** Sheet `Data`: amount in A, weights in B…; sheet `Shares`: one formula per weight. */
function sheets(items: readonly FormulaItem[], municipalities: number) {
  const last = columnName(municipalities);
  const data = items.map((item) => [Number(item.amount) / 100, ...item.weights]);
  const shares = items.map((_, r) =>
    Array.from(
      { length: municipalities },
      (_, m) =>
        `=ROUND(Data!$A${r + 1}*Data!${columnName(m + 1)}${r + 1}/SUM(Data!$B${r + 1}:$${last}${r + 1}),2)`,
    ),
  );
  return { data, shares };
}

/** Whole øre from a formula's cached value (HyperFormula gives numbers, or an error object). */
const ore = (value: unknown): number => (typeof value === 'number' ? Math.round(value * 100) : 0);

/** Run the comparison on `wb`; `samkostRuns` repetitions of allocateAll (median). */
export function compareWithFormulas(wb: ParsedWorkbook, samkostRuns: number): FormulaComparison {
  const samkost = time(() => allocateAll(wb, new Map()), samkostRuns);
  const samkostItemsOff = samkost.result.lines.filter(
    (line) => [...line.shares.values()].reduce((a, b) => a + b, 0n) !== line.amount,
  ).length;

  const items = formulaItems(wb);
  const municipalities = wb.municipalities.length;
  const { data, shares } = sheets(items, municipalities);
  const built = time(() => {
    const hf = HyperFormula.buildFromSheets(
      { Data: data, Shares: shares },
      { licenseKey: 'gpl-v3' },
    );
    return { hf, values: hf.getSheetValues(hf.getSheetId('Shares') ?? 0) };
  }, 1);
  const { hf, values } = built.result;
  let formulaItemsOff = 0;
  let worstOffOre = 0;
  values.forEach((row, r) => {
    const total = row.reduce<number>((n, v) => n + ore(v), 0);
    const off = Math.abs(total - Number(items[r]?.amount ?? 0n));
    if (off !== 0) formulaItemsOff += 1;
    worstOffOre = Math.max(worstOffOre, off);
  });
  // A second evaluation, as after editing: every amount up by 1 kr, formulas already parsed.
  const dataId = hf.getSheetId('Data') ?? 0;
  const recalc = time(
    () =>
      hf.setCellContents(
        { sheet: dataId, col: 0, row: 0 },
        data.map((row) => [(row[0] ?? 0) + 1]),
      ),
    1,
  );
  hf.destroy();
  return {
    items: items.length,
    formulas: items.length * municipalities,
    samkostMs: samkost.median,
    formulaMs: built.median,
    recalcMs: recalc.median,
    formulaItemsOff,
    samkostItemsOff,
    worstOffOre,
  };
}
