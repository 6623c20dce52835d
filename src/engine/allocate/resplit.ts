/**
 * Every municipality's total when some lines are split by another key: the same amounts, the same
 * participants, the same exact split (contract §4), only the key changed. Serves the split
 * comparison (every line under each of its keys), the pane's other keys (a custom key the
 * workbook uses, applied to every line) and its "what if" (another key for every cost line, or
 * for one).
 */
import type { KeyExpression, ParsedWorkbook } from '../model';
import type { AllocationLine } from './allocateAll';
import { columnResplit, type ResplitOutcome } from './columnResplit';
import { usesKey } from './keys';
import { indexStandAlone, participantListAt, withoutStandAlone } from './participants';
import { splitScratch, splitShares } from './split';
import { shareSums } from './sums';
import { weightCache } from './weightCache';

export interface Resplit {
  /** Per municipality, in `Municipalities` order: Σ of its shares, in whole units of RoundTo. */
  readonly totals: readonly bigint[];
  /**
   * The chosen lines the key cannot split (its values add up to 0 over the participants, or a
   * standalone key where a participant has no stand-alone cost): they keep their own shares.
   */
  readonly kept: readonly AllocationLine[];
}

/**
 * {@link resplitLines} for several keys at once, in one pass over the lines: each line's key
 * columns are read once for all the keys (columnResplit.ts), and a line keeps its own shares
 * under its own key (the same split, already made), except for a Shapley key, whose weights
 * depend on more than the participants.
 */
export function resplitKeys(
  wb: ParsedWorkbook,
  lines: readonly AllocationLine[],
  keys: readonly KeyExpression[],
  chosen: (line: AllocationLine) => boolean,
): Resplit[] {
  const standAlone = indexStandAlone(wb.standAlone);
  const { weightsOf, keyId } = weightCache(wb.municipalities, standAlone);
  const scratch = splitScratch();
  const sums = shareSums(keys.length, wb.municipalities.length, lines);
  const kept = keys.map((): AllocationLine[] => []);
  const ids = keys.map((key) => (usesKey(key, 'shapley') ? null : keyId(key)));
  const needCosts = keys.map((key) => usesKey(key, 'standalone'));
  const resplit = columnResplit(wb.municipalities, keys);
  const into = keys.map((_, k) => sums.staged(k));
  const wanted = keys.map(() => false);
  const outcomes = keys.map((): ResplitOutcome => 'general');
  /** The line's own shares in column k, as a line the key cannot split. */
  const keep = (k: number, line: AllocationLine): void => {
    kept[k]?.push(line);
    sums.addOwn(k, line);
  };
  /** Every participant has a stand-alone cost of the item. */
  const covered = (line: AllocationLine): boolean =>
    withoutStandAlone(standAlone, line.item, line.participants).length === 0;
  /** Prepared weights and the split routes: for what the key columns cannot split. */
  const general = (k: number, line: AllocationLine, key: KeyExpression): void => {
    const list = participantListAt(wb.municipalities, line.positions, line.participants);
    const weights = weightsOf(key, line.item, list);
    if (weights === null) keep(k, line);
    else sums.add(k, line.positions, splitShares(line.amount, weights, scratch));
  };
  for (const line of lines) {
    const pick = chosen(line);
    const own = keyId(line.key);
    let any = false;
    for (let k = 0; k < keys.length; k++) {
      wanted[k] = false;
      if (!pick || ids[k] === own) sums.addOwn(k, line);
      else if (needCosts[k] && !covered(line)) keep(k, line);
      else wanted[k] = any = true;
    }
    if (!any) continue;
    resplit(line, wanted, into, outcomes);
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k];
      if (!wanted[k] || !key) continue;
      const outcome = outcomes[k];
      if (outcome === 'split') sums.commit(k, line.positions);
      else if (outcome === 'unsplittable') keep(k, line);
      else general(k, line, key);
    }
  }
  return keys.map((_, k) => ({ totals: sums.totals(k), kept: kept[k] ?? [] }));
}

/** Re-splits the lines `chosen` picks by `key`; every other line keeps its shares. */
export function resplitLines(
  wb: ParsedWorkbook,
  lines: readonly AllocationLine[],
  key: KeyExpression,
  chosen: (line: AllocationLine) => boolean,
): Resplit {
  const [only] = resplitKeys(wb, lines, [key], chosen);
  return only ?? { totals: wb.municipalities.map(() => 0n), kept: [] };
}
