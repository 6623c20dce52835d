/** The workbook's own keys that the split comparison shows beside the built-in ones. */
import type { KeyExpression } from '../model';
import type { AllocationLine } from './allocateAll';
import { usesKey } from './keys';
import { keyId } from './weightCache';

/**
 * At most this many of the workbook's own keys are compared (each re-splits every line once more):
 * a workbook with more names them in the order its lines first use them, and the rest are left out.
 */
export const MAX_OTHER_KEYS = 8;

/**
 * Every distinct key the lines use that has a custom term (a custom column of `Municipalities`,
 * alone or in a mix), in the order first used. A key with a standalone term is left out: it cannot
 * split a line whose participants have no stand-alone costs (the standalone column covers it).
 */
export function otherKeysUsed(lines: readonly AllocationLine[]): readonly KeyExpression[] {
  const found = new Map<string, KeyExpression>();
  for (const line of lines) {
    const { key } = line;
    if (found.size >= MAX_OTHER_KEYS) break;
    if (!usesKey(key, 'custom') || usesKey(key, 'standalone')) continue;
    const id = keyId(key);
    if (!found.has(id)) found.set(id, key);
  }
  return [...found.values()];
}
