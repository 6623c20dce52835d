/**
 * What the summary carries for the pane's v1.1 views: the weights with their source and the
 * pairs' consistency, and each OUTSIDE_CORE flag with its item's participants.
 */
import { runEngine } from '../../../src/engine/run';
import { FakeWorkbook } from '../../../src/preview/fakeExcel';
import { dalslandSample } from '../../../src/samples/dalsland';
import { excelWorkbook } from '../../../src/workbook/excel';
import { solver } from '../../support/highs';
import { TODAY } from '../parse/helpers';
import { MUNICIPALITIES, workbookTables } from '../parse/tableBuilder';

it('carries Dalsland’s given weights and its core breach with everyone taking part', async () => {
  const tables = await excelWorkbook(FakeWorkbook.fromTableSheets(dalslandSample).run).readTables();
  const result = runEngine(tables, {
    language: 'en',
    today: { year: 2026, month: 3, day: 1 },
    solver: await solver(),
    paneViews: true,
  });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  const { weights, coreBreaches } = result.summary;
  expect(weights?.source).toBe('given');
  expect(weights?.weights.map((w) => w.weight)).toEqual([0.3, 0.25, 0.2, 0.15, 0.1]);
  expect([weights?.lambdaMax, weights?.ci, weights?.mostInconsistent]).toEqual([null, null, null]);
  expect(weights?.judgements).toEqual([]);
  const flags = result.flags.filter((f) => f.code === 'OUTSIDE_CORE');
  expect(flags.length).toBeGreaterThan(0);
  expect(coreBreaches?.map((b) => [b.item, b.message])).toEqual(
    flags.map((f) => [f.subject, f.message]),
  );
  const everyone = result.views.splitView.municipalities.map((m) => m.name);
  expect(coreBreaches?.every((b) => b.participants.join() === everyone.join())).toBe(true);
});

it('carries the pairs’ weights, λmax, CI and the judgement furthest from them', async () => {
  const result = runEngine(
    workbookTables({
      Municipalities: MUNICIPALITIES,
      Proposals: [
        ['ID', 'Title', 'OneOffCost', 'Owner', 'CostBenefit'],
        ['A', 'Sak/arkiv', 60, 'IKT', 'yes'],
      ],
      Criteria: [
        ['Criterion', 'Weight'],
        ['Value', null],
        ['Risk', null],
        ['Cost', null],
      ],
      Scores: [
        ['Proposal', 'Scorer', 'Value', 'Risk', 'Cost'],
        ['A', 'Kari', 5, 1, 2],
      ],
      // Value > Risk > Cost > Value: a circle no weights can honour.
      CriteriaPairs: [
        ['CriterionA', 'CriterionB', 'Ratio'],
        ['Value', 'Risk', 5],
        ['Value', 'Cost', '1/5'],
        ['Risk', 'Cost', 5],
      ],
    }),
    { language: 'en', today: TODAY, solver: await solver() },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const weights = result.summary.weights;
  expect(weights?.source).toBe('pairs');
  expect(weights?.weights.reduce((acc, w) => acc + w.weight, 0)).toBeCloseTo(1, 9);
  expect(weights?.lambdaMax).toBeGreaterThan(3);
  expect(weights?.ci).toBeCloseTo(((weights?.lambdaMax ?? 0) - 3) / 2, 12);
  const worst = weights?.mostInconsistent;
  expect(worst).not.toBeNull();
  expect(worst?.ratio).not.toBeCloseTo(worst?.implied ?? 0, 1);
  expect(result.summary.consistency?.inconsistent).toBe(true);
  // The judgements as the rows give them, for the pane's editor to start from.
  expect(weights?.judgements).toEqual([
    { a: 'Value', b: 'Risk', ratio: 5 },
    { a: 'Value', b: 'Cost', ratio: 0.2 },
    { a: 'Risk', b: 'Cost', ratio: 5 },
  ]);
});
