/**
 * The plan handed to HiGHS as a start (planStart.ts) must be a point of the phase-1 model: a
 * start HiGHS rejects helps nothing, and one it misreads could only slow it. Checked by fixing
 * every variable of the model to the start and asking HiGHS whether that point is feasible.
 */
import { planFunding } from '../../../src/engine/prioritise';
import { greedyStarts } from '../../../src/engine/prioritise/greedy';
import { feasible, planInstance } from '../../../src/engine/prioritise/instance';
import {
  constraintRows,
  fundedVar,
  fundedVars,
  lpText,
  startVars,
} from '../../../src/engine/prioritise/lpModel';
import { planStart } from '../../../src/engine/prioritise/planStart';
import type { MilpSolver, MilpStart } from '../../../src/engine/solver';
import { solver } from '../../support/highs';
import { workbook } from './builder';
import { randomInstance } from './reference';

let highs: MilpSolver;
beforeAll(async () => {
  highs = await solver();
});

describe('§5 funding plan: the start handed to HiGHS', () => {
  test('a feasible plan is a feasible point of the phase-1 model; a changed one is not always', () => {
    let checked = 0;
    let moved = 0;
    for (let seed = 1; seed <= 40; seed += 1) {
      const random = randomInstance(seed, { proposals: 12, years: 4 });
      const wb = workbook(random.spec);
      if (wb.budget === null) continue;
      const instance = planInstance(wb, wb.budget, random.scores);
      const greedy = greedyStarts(instance);
      if (instance.items.length === 0 || !feasible(instance, greedy)) continue;
      const binaries = [...startVars(instance), ...fundedVars(instance)];
      const objective = instance.items.map(
        (item, i) => [BigInt(item.value), fundedVar(i)] as const,
      );
      const pointIs = (start: MilpStart): string =>
        highs.solve(
          lpText(
            'Maximize',
            objective,
            [
              ...constraintRows(instance, { aggregated: true }),
              ...Object.entries(start).map(([name, v]) => ` fix_${name}: + 1 ${name} = ${v}`),
            ],
            { binaries },
          ),
        ).Status;
      const start = planStart(instance, greedy);
      expect(Object.keys(start).sort()).toEqual([...binaries].sort());
      expect(pointIs(start)).toBe('Optimal');
      checked += 1;
      // Every funded proposal one year later where it may: the point must follow the plan.
      const later = greedy.map((k) => (k >= 0 && k < instance.years.length - 1 ? k + 1 : k));
      if (!feasible(instance, later)) {
        expect(pointIs(planStart(instance, later))).toBe('Infeasible');
        moved += 1;
      }
    }
    expect(checked).toBeGreaterThan(25);
    expect(moved).toBeGreaterThan(5);
  });

  test('a plan of over 200 start variables: HiGHS starts from the best plan in hand, and proves the same', () => {
    let started = 0;
    for (let seed = 1, tried = 0; seed <= 60 && tried < 3; seed += 1) {
      const drawn = randomInstance(seed, { proposals: 200, years: 5 });
      // Without mandatory proposals (so many would not fit the budgets) and dependencies (chains
      // this long pass a cap of limits.ts; the first test covers them).
      const proposals = (drawn.spec.proposals ?? []).map((p) => ({
        ...p,
        mandatory: false,
        dependsOn: [],
      }));
      const random = { ...drawn, spec: { ...drawn.spec, proposals } };
      const wb = workbook(random.spec);
      if (wb.budget === null) continue;
      // Between the cut-off row's plans and the large ones (plan.ts).
      const vars = startVars(planInstance(wb, wb.budget, random.scores)).length;
      if (vars <= 200 || vars > 500) continue;
      tried += 1;
      const seen: (MilpStart | undefined)[] = [];
      const noting: MilpSolver = {
        solve: (lp, options, start) => {
          seen.push(start);
          return highs.solve(lp, options, start);
        },
      };
      const dropping: MilpSolver = { solve: (lp, options) => highs.solve(lp, options) };
      // The searches cut short, so phase 1 is HiGHS's.
      const options = { searchWork: 200, scoreWork: 0 };
      const withStart = planFunding(wb, random.scores, noting, options);
      const without = planFunding(wb, random.scores, dropping, options);
      expect(withStart.ok && withStart.plan.provenOptimal).toBe(
        without.ok && without.plan.provenOptimal,
      );
      expect(withStart.ok && [...withStart.plan.startYears]).toEqual(
        without.ok && [...without.plan.startYears],
      );
      if (withStart.ok && withStart.plan.method === 'milp' && seen[0] !== undefined) started += 1;
    }
    expect(started).toBe(3);
  });
});
