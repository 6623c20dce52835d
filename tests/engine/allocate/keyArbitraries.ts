/** Keys for the allocation's property tests, built from the single keys each test draws. */
import fc from 'fast-check';
import type { KeyExpression, KeyTerm, SingleKey } from '../../../src/engine/model';
import { rational } from '../../../src/engine/rational';

/**
 * A key of `minTerms`–`maxTerms` terms drawn from `single`, each with a percentage (some 0 %,
 * which the rule ignores) over their sum, so the fractions add up to 1; one term is a single key.
 */
export const mixArb = (
  single: fc.Arbitrary<SingleKey>,
  minTerms: number,
  maxTerms: number,
  text: string,
): fc.Arbitrary<KeyExpression> =>
  fc
    .array(fc.tuple(single, fc.integer({ min: 0, max: 100 })), {
      minLength: minTerms,
      maxLength: maxTerms,
    })
    .filter((terms) => terms.some(([, p]) => p > 0))
    .map((terms) => {
      const whole = BigInt(terms.reduce((n, [, p]) => n + p, 0));
      const keyTerms: KeyTerm[] = terms.map(([key, p]) => ({
        key,
        fraction: rational(BigInt(p), whole),
      }));
      return { terms: keyTerms, text };
    });
