/** The workbook's own keys that the split comparison shows beside the built-in ones. */
import type { KeyExpression } from '../model';
import { ONE } from '../rational';
import type { AllocationLine } from './allocateAll';

/**
 * At most this many custom columns are compared (each re-splits every line once more): a workbook
 * using more shows the first ones its lines use.
 */
export const MAX_OTHER_KEYS = 4;

/**
 * Every custom column of `Municipalities` the lines' keys use (alone or as a term of a mix), in
 * the order first used, each as a key of its own: what the municipalities would pay if that
 * column alone split every line.
 */
export function otherKeysUsed(lines: readonly AllocationLine[]): readonly KeyExpression[] {
  const found = new Map<string, KeyExpression>();
  let last: KeyExpression | null = null;
  for (const line of lines) {
    // Lines of one key share its object: look at each key once in a row.
    if (line.key === last) continue;
    last = line.key;
    for (const { key } of line.key.terms) {
      if (key.kind !== 'custom' || found.has(key.column)) continue;
      found.set(key.column, { terms: [{ fraction: ONE, key }], text: key.column });
      if (found.size >= MAX_OTHER_KEYS) return [...found.values()];
    }
  }
  return [...found.values()];
}
