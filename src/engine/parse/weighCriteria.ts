/**
 * Criteria weights from CriteriaPairs (contract v1.1 §10): the pairs are parsed against the
 * criteria in effect, and their eigenvector weights replace the Weight column.
 */
import type { Criterion, PairwiseConsistency } from '../model';
import { problem } from '../problem';
import type { InputTable } from '../table';
import { MAX_PAIRWISE_CRITERIA, pairwiseWeights } from '../weights/ahp';
import type { ParseScope } from './scope';
import { parseCriteriaPairs } from './tables/criteriaPairs';

/**
 * The criteria with the pairs' weights (sum 1) and the consistency, or null when the workbook
 * has no CriteriaPairs or they have a problem (then reported). More than 10 criteria is
 * CRITERIA_TOO_MANY at the Criteria table (`criteriaTable`, or CriteriaPairs when the criteria
 * are Scores' columns): Saaty's random index is tabled to 10.
 */
export function weighCriteria(
  table: InputTable | undefined,
  scope: ParseScope,
  criteria: readonly Criterion[],
  criteriaTable: string | undefined,
): { readonly criteria: Criterion[]; readonly consistency: PairwiseConsistency } | null {
  if (table === undefined) return null;
  if (criteria.length > MAX_PAIRWISE_CRITERIA) {
    scope.problems.push(
      problem('CRITERIA_TOO_MANY', criteriaTable ?? 'CriteriaPairs', {
        count: criteria.length,
        max: MAX_PAIRWISE_CRITERIA,
      }),
    );
    return null;
  }
  const names = criteria.map((c) => c.name);
  const judgements = parseCriteriaPairs(table, scope, names);
  if (judgements === null) return null;
  const result = pairwiseWeights(names.length, judgements);
  const worst = result.mostInconsistent;
  const judgement = worst === null ? undefined : judgements[worst.index];
  return {
    criteria: criteria.map((c, i) => ({ ...c, weight: result.weights[i] ?? 0 })),
    consistency: {
      lambdaMax: result.lambdaMax,
      ci: result.ci,
      cr: result.cr,
      mostInconsistent:
        worst === null || judgement === undefined
          ? null
          : {
              a: names[judgement.a] ?? '',
              b: names[judgement.b] ?? '',
              ratio: judgement.ratio,
              implied: worst.implied,
              cell: judgement.cell,
            },
      judgements: judgements.map((j) => ({
        a: names[j.a] ?? '',
        b: names[j.b] ?? '',
        ratio: j.ratio,
      })),
    },
  };
}
