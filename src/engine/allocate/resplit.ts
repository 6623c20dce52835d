/**
 * Every municipality's total when some lines are split by another key: the same amounts, the same
 * participants, the same exact split (contract §4), only the key changed. Serves the pane's other
 * keys (a custom key the workbook uses, applied to every line) and its "what if" (another key for
 * every cost line, or for one).
 */
import type { KeyExpression, ParsedWorkbook } from '../model';
import type { AllocationLine } from './allocateAll';
import { usesKey } from './keys';
import { indexStandAlone, participantListAt, standAloneOf } from './participants';
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

/** Re-splits the lines `chosen` picks by `key`; every other line keeps its shares. */
export function resplitLines(
  wb: ParsedWorkbook,
  lines: readonly AllocationLine[],
  key: KeyExpression,
  chosen: (line: AllocationLine) => boolean,
): Resplit {
  const standAlone = indexStandAlone(wb.standAlone);
  const { weightsOf } = weightCache(wb.municipalities, standAlone);
  const scratch = splitScratch();
  const withStandAlone = usesKey(key, 'standalone');
  const sums = shareSums(1, wb.municipalities.length, lines);
  const kept: AllocationLine[] = [];
  for (const line of lines) {
    if (!chosen(line)) {
      sums.addOwn(0, line);
      continue;
    }
    const costs = withStandAlone ? standAloneOf(standAlone, line.item) : null;
    const weights =
      costs && !line.participants.every((name) => costs.has(name))
        ? null
        : weightsOf(
            key,
            line.item,
            participantListAt(wb.municipalities, line.positions, line.participants),
          );
    if (weights === null) {
      kept.push(line);
      sums.addOwn(0, line);
    } else sums.add(0, line.positions, splitShares(line.amount, weights, scratch));
  }
  return { totals: sums.totals(0), kept };
}
