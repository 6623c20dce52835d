/**
 * Contract v1.1 §10–11 speed targets: the sensitivity at 10 criteria × 1,000 proposals (1,024
 * rankings, target ≤ 200 ms) and the efficient frontier against one plan solve (target ≤ 7×).
 * `npx tsx tests/bench/choicesBench.ts` prints the figures.
 */
import { loadHighsSolver } from '../../src/cli/highsSolver';
import { efficientFrontier } from '../../src/engine/choices/frontier';
import { parseWorkbook } from '../../src/engine/parse';
import { planFunding, prioritise } from '../../src/engine/prioritise';
import { criterionMeans } from '../../src/engine/prioritise/scores';
import { rational, type Rational } from '../../src/engine/rational';
import type { MilpSolver } from '../../src/engine/solver';
import { rankRanges } from '../../src/engine/weights/sensitivity';
import { generateWorkbook, SIZES, type Size } from './generate';
import { seededRandom } from './prng';
import { workbookTables } from './sheets';
import { time } from './timing';

/** 1,000 proposals × 10 criteria, means of 15 scorers' whole scores 0–5 (as the national size). */
export function sensitivityFigure(runs = 5): number {
  const random = seededRandom(10);
  const n = 10;
  const proposals = parseOk(generateWorkbook(SIZES.national)).proposals;
  const means: Rational[][] = proposals.map(() =>
    Array.from({ length: n }, () => rational(BigInt(random.int(0, 75)), 15n)),
  );
  const weights = Array.from({ length: n }, () => random.between(1, 10));
  const ranks = proposals.map((_, i) => i + 1); // any ranks: the corners decide the work
  const input = { proposals, weights, means, spread: rational(1n, 5n), ranks };
  rankRanges(input); // warm up
  return time(() => rankRanges(input), runs).median;
}

function parseOk(sheets: ReturnType<typeof generateWorkbook>) {
  const parsed = parseWorkbook(workbookTables(sheets), { year: 2026, month: 1, day: 1 });
  if (!parsed.ok) throw new Error('the synthetic workbook has problems');
  return parsed.workbook;
}

/** One plan solve and the frontier (6 more solves) on a synthetic plan of `size`. */
export function frontierFigures(size: Size, solver: MilpSolver) {
  const wb = parseOk(generateWorkbook(size));
  const scores = new Map(prioritise(wb).map((p) => [p.id, p.score]));
  const plan = time(() => planFunding(wb, scores, solver), 1);
  if (!plan.result.ok) throw new Error('infeasible');
  const full = plan.result.plan;
  const frontier = time(() => efficientFrontier(wb, scores, solver, full), 1);
  return {
    planMs: plan.median,
    frontierMs: frontier.median,
    ratio: frontier.median / plan.median,
    proven: (frontier.result ?? []).map((p) => p.plan?.proven ?? null),
  };
}

if (require.main === module) {
  void (async () => {
    console.log(
      `Sensitivity, 10 criteria × 1,000 proposals: ${sensitivityFigure().toFixed(1)} ms (target ≤ 200)`,
    );
    // The means the sensitivity needs, from the scores, once per run.
    const wb = parseOk(generateWorkbook(SIZES.national));
    console.log(
      `  criterionMeans on the national size: ${time(() => criterionMeans(wb), 3).median.toFixed(1)} ms`,
    );
    const solver = await loadHighsSolver();
    // The county plan is past the proven size: its points stop at the time limit, unproven.
    for (const size of [
      SIZES.region,
      { ...SIZES.region, name: 'plan 50×4', proposals: 50, years: 4 },
      SIZES.county,
    ]) {
      const f = frontierFigures(size, solver);
      console.log(
        `Frontier, ${size.name} (${size.proposals} × ${size.years}): plan ${f.planMs.toFixed(0)} ms, frontier ${f.frontierMs.toFixed(0)} ms = ${f.ratio.toFixed(2)} × (target ≤ 7); proven ${JSON.stringify(f.proven)}`,
      );
    }
  })();
}
