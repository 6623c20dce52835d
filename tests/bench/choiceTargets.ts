/**
 * Contract v1.1's speed targets outside the plan (issue 13 §6): Shapley at n = 12 with every
 * coalition given, ≤ 50 ms; the weights' corner sensitivity at 10 criteria × 1,000 proposals,
 * ≤ 200 ms. (The frontier's ≤ 7 × one plan solve is with the plan rows, planTargets.ts.)
 */
import { sensitivityFigure } from './choicesBench';
import { figure, type Figure } from './report';
import { shapleyFigures } from './shapleyBench';

export interface ChoiceFigures {
  readonly shapleyMs: number;
  readonly shapleyThirdGivenMs: number;
  readonly sensitivityMs: number;
}

export function choiceFigures(): ChoiceFigures {
  const shapley = shapleyFigures();
  return {
    shapleyMs: shapley.allGiven,
    shapleyThirdGivenMs: shapley.thirdGiven,
    sensitivityMs: sensitivityFigure(),
  };
}

const under = (value: number) => ({ op: '<=', value, kind: 'time', ci: null }) as const;

export function choiceTargetFigures(figures: ChoiceFigures | { readonly error: string }): Figure[] {
  const failed = 'error' in figures ? figures : null;
  const ok = 'error' in figures ? null : figures;
  return [
    figure(
      'shapley.n12.ms',
      'Shapley, n = 12, all 4,095 coalitions given (median)',
      ok?.shapleyMs ?? null,
      'ms',
      under(50),
      failed?.error ??
        `one coalition in three given (the cheapest-split completion too): ${ok?.shapleyThirdGivenMs.toFixed(1)} ms`,
    ),
    figure(
      'sensitivity.10x1000.ms',
      'Weight sensitivity, 10 criteria × 1,000 proposals (median)',
      ok?.sensitivityMs ?? null,
      'ms',
      under(200),
      failed?.error,
    ),
  ];
}
