/**
 * Issue 12's example: Dalsland's "going alone" compared four stand-alone lines with Bengtsfors's
 * whole bill. Like for like, the same four lines stand beside its shares of them.
 */
import { runEngine } from '../../../src/engine/run';
import { FakeWorkbook } from '../../../src/preview/fakeExcel';
import { dalslandSample } from '../../../src/samples/dalsland';
import { excelWorkbook } from '../../../src/workbook/excel';
import { solver } from '../../support/highs';

it('compares Bengtsfors going alone with its shares of the same lines', async () => {
  const tables = await excelWorkbook(FakeWorkbook.fromTableSheets(dalslandSample).run).readTables();
  const result = runEngine(tables, {
    language: 'sv',
    today: { year: 2026, month: 3, day: 1 },
    solver: await solver(),
    paneViews: true,
  });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  const bengtsfors = result.views.splitView.municipalities.find((m) => m.name === 'Bengtsfors');
  const alike = bengtsfors?.likeForLike;
  // The stand-alone costs add up to the 1,270,000 the old comparison set against the whole bill.
  expect(alike?.standAlone).toBe(1270000);
  expect(alike?.items.map((i) => i.standAlone)).toEqual([420000, 260000, 260000, 330000]);
  expect(alike?.items.every((i) => i.shared > 0 && i.shared < i.standAlone)).toBe(true);
  expect(alike?.shared).toBeCloseTo(alike?.items.reduce((acc, i) => acc + i.shared, 0) ?? 0, 2);
  expect(alike?.saving).toBeCloseTo((alike?.standAlone ?? 0) - (alike?.shared ?? 0), 2);
  // Far below the whole bill it was compared with before.
  expect(alike?.shared ?? Infinity).toBeLessThan((bengtsfors?.chosen ?? 0) / 5);
  // The table carries the same three figures after its contract columns.
  const table = result.outputs.find((o) => o.name === 'SplitComparison');
  const row = table?.rows.find((r) => r[0] === 'Bengtsfors');
  expect(row?.slice(-3)).toEqual([alike?.shared, alike?.standAlone, alike?.saving]);
});
