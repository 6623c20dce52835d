/**
 * The add-in's write of the samples as the engine computes them: Allocation with its totals
 * under it, the frontier drawn beside its table with localised axis titles, and a second run
 * that changes nothing.
 */
import { runEngine } from '../../../src/engine/run';
import type { TableSheet } from '../../../src/engine/table';
import type { Language } from '../../../src/i18n/language';
import { outputText } from '../../../src/i18n/outputs';
import { FakeWorkbook } from '../../../src/preview/fakeExcel';
import { dalslandSample } from '../../../src/samples/dalsland';
import { knutepunktSample } from '../../../src/samples/knutepunkt';
import { countingRun, excelWorkbook } from '../../../src/workbook/excel';
import { solver } from '../../support/highs';

const EVERY_SET = { isSetSupported: (): boolean => true };

async function run(book: FakeWorkbook, language: Language): Promise<number> {
  const counted = countingRun(book.run);
  const workbook = excelWorkbook(counted.run, EVERY_SET);
  const tables = await workbook.readTables();
  const result = runEngine(tables, {
    language,
    today: { year: 2026, month: 3, day: 1 },
    solver: await solver(),
  });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  await workbook.writeOutputs(result.outputs);
  return counted.syncs();
}

describe.each([
  ['Knutepunkt', 'nb', knutepunktSample, 'Investering (NOK)', 'Poeng'],
  ['Dalsland', 'sv', dalslandSample, 'Investering (SEK)', 'Poäng'],
] as const)('%s in the add-in', (_, language, sample: readonly TableSheet[], x, y) => {
  const allocation = outputText(language)('sheet.Allocation');
  const frontier = outputText(language)('sheet.Frontier');
  it('writes the totals under Allocation and the frontier chart, the same again on a re-run', async () => {
    const book = FakeWorkbook.fromTableSheets(sample);
    const first = await run(book, language);
    const sheet = book.sheet(allocation);
    const [lines, totals] = sheet?.tables ?? [];
    expect([lines?.name, totals?.name]).toEqual(['Allocation', 'AllocationTotals']);
    const values = sheet?.values ?? [];
    const gap = values.findIndex((row, i) => i > 0 && row.every((v) => v === null));
    // Every row of Allocation is a line; its three totals stand under the blank row.
    expect(
      values.slice(1, gap).every((row) => ['cost', 'system', 'proposal'].includes(String(row[2]))),
    ).toBe(true);
    expect(values.slice(gap + 2).map((row) => row[3])).toEqual(['one-off', 'annual', 'annual']);
    const chart = book.sheet(frontier)?.chartDetails;
    expect(chart?.map((c) => [c.name, c.type, c.source, c.axisTitles])).toEqual([
      ['SamkostFrontier', 'XYScatterLines', 'B1:C8', { category: x, value: y }],
    ]);
    const once = book.snapshot();
    const again = await run(book, language);
    expect(book.snapshot()).toBe(once);
    // Reading the tables, then the write's survey and its build: as many round trips again.
    expect(again).toBe(first);
  });
});
