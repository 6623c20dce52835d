/**
 * The one-for-one exchanges (swaps.ts) a large plan's rounding ends with: they may only raise the
 * total score, and the plan must stay valid by the brute-force reference's rules.
 */
import { greedyStarts } from '../../../src/engine/prioritise/greedy';
import { feasible, planInstance, planMerit } from '../../../src/engine/prioritise/instance';
import { exchanged } from '../../../src/engine/prioritise/swaps';
import { workbook } from './builder';
import { random, randomInstance, valid } from './reference';

describe('§5 one-for-one exchanges on a feasible plan', () => {
  test('300 random plans: still valid, never a lower score, and some raised', () => {
    let raised = 0;
    let checked = 0;
    for (let seed = 1; seed <= 300; seed += 1) {
      const { spec, scores } = randomInstance(seed, { proposals: 12, years: 3 });
      const wb = workbook(spec);
      if (wb.budget === null) continue;
      const instance = planInstance(wb, wb.budget, scores);
      // A poor start: the greedy plan with its best-scoring half left out, where that is valid.
      const greedy = greedyStarts(instance);
      const dropped = greedy.map((k, i) =>
        (instance.items[i]?.value ?? 0) > 50_000_000 && !instance.items[i]?.mandatory ? -1 : k,
      );
      const start = feasible(instance, dropped) ? dropped : greedy;
      if (!feasible(instance, start)) continue;
      const pick = random(seed);
      const order = instance.items.map((_, i) => i).sort(() => pick() - 0.5);
      const after = exchanged(instance, start, order);
      const years = new Map(
        after.flatMap((k, i) => {
          const id = instance.items[i]?.id;
          const year = instance.years[k]?.year;
          return id === undefined || year === undefined ? [] : [[id, year] as const];
        }),
      );
      const context = `seed ${seed}`;
      expect({ context, valid: valid(spec, years, true) }).toEqual({ context, valid: true });
      const before = planMerit(instance, start).value;
      const value = planMerit(instance, after).value;
      expect(value).toBeGreaterThanOrEqual(before);
      if (value > before) raised += 1;
      checked += 1;
    }
    expect(checked).toBeGreaterThan(150);
    expect(raised).toBeGreaterThan(20);
  });
});
