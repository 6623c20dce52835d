/**
 * Every municipality's total when some lines are split by another key: the same amounts, the same
 * participants, the same exact split (contract §4), only the key changed. Serves the pane's other
 * keys (a custom key the workbook uses, applied to every line) and its "what if" (another key for
 * every cost line, or for one).
 */
import type { KeyExpression, Municipality, ParsedWorkbook } from '../model';
import type { AllocationLine } from './allocateAll';
import { usesKey } from './keys';
import {
  indexStandAlone,
  participantsId,
  standAloneOf,
  type ParticipantList,
} from './participants';
import { splitScratch, splitShares } from './split';
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
  const n = wb.municipalities.length;
  const standAlone = indexStandAlone(wb.standAlone);
  const { weightsOf } = weightCache(wb.municipalities, standAlone);
  const scratch = splitScratch();
  const withStandAlone = usesKey(key, 'standalone');
  // Sums in JS numbers while every sum stays a safe integer (then exact), else in BigInt.
  const volume = lines.reduce((acc, l) => acc + (l.amount < 0n ? -l.amount : l.amount), 0n);
  const small = volume < 2n ** 52n;
  const numbers = new Float64Array(small ? n : 0);
  const bigs = new Array<bigint>(small ? 0 : n).fill(0n);
  const add = (place: number, share: number | bigint): void => {
    if (small) numbers[place] = (numbers[place] ?? 0) + Number(share);
    else bigs[place] = (bigs[place] ?? 0n) + BigInt(share);
  };
  const kept: AllocationLine[] = [];
  const addOwn = (line: AllocationLine): void => {
    const { positions, units } = line;
    for (let k = 0; k < positions.length; k++) {
      add(positions[k] ?? 0, units?.[k] ?? line.shares.get(line.participants[k] ?? '') ?? 0n);
    }
  };
  for (const line of lines) {
    if (!chosen(line)) {
      addOwn(line);
      continue;
    }
    const costs = withStandAlone ? standAloneOf(standAlone, line.item) : null;
    const weights =
      costs && !line.participants.every((name) => costs.has(name))
        ? null
        : weightsOf(key, line.item, participantList(wb.municipalities, line));
    if (weights === null) {
      kept.push(line);
      addOwn(line);
      continue;
    }
    const { positions } = line;
    const shares = splitShares(line.amount, weights, scratch);
    for (let k = 0; k < positions.length; k++) add(positions[k] ?? 0, shares[k] ?? 0);
  }
  const totals = small ? Array.from(numbers, (v) => BigInt(v)) : bigs;
  return { totals, kept };
}

/** The line's participants as the weight cache wants them (lines list them in `Municipalities` order). */
function participantList(
  municipalities: readonly Municipality[],
  line: AllocationLine,
): ParticipantList {
  const chosen: Municipality[] = [];
  for (const place of line.positions) {
    const m = municipalities[place];
    if (m) chosen.push(m);
  }
  return {
    municipalities: chosen,
    names: line.participants,
    positions: line.positions,
    id: participantsId(line.positions, municipalities.length),
  };
}
