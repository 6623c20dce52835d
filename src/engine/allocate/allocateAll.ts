/** Every amount the workbook splits, split (contract §4 and the `Allocation` rows of §6). */
import { buildGame, coalitionsOf, indexCoalitions, type CoalitionIndex } from '../coalitions/game';
import { shapleyValues } from '../coalitions/shapley';
import type { CostKind, KeyExpression, ParsedWorkbook, Participants } from '../model';
import { problem, type Problem } from '../problem';
import { rational, toNumber, type Rational } from '../rational';
import { blocks } from './blocks';
import { usesKey } from './keys';
import {
  indexStandAlone,
  participantResolver,
  type ParticipantList,
  standAloneOf,
  type StandAloneIndex,
  withoutStandAlone,
} from './participants';
import type { IntegerWeights } from './integerWeights';
import { isSafeAmount, splitScratch, splitShares, type SplitScratch } from './split';
import { currencyOf, unitsOf } from './units';
import { weightCache, type WeightCache } from './weightCache';

export interface AllocationLine {
  /** The cost item, the system's name, or the proposal's ID. */
  readonly item: string;
  readonly source: 'cost' | 'system' | 'proposal';
  /** A system's licence is annual. */
  readonly kind: CostKind;
  /** The key used (a system's Basis). */
  readonly key: KeyExpression;
  /** One-off: the year it counts in (the cost's Year or the planning year; a proposal's start year). Annual: null. */
  readonly year: number | null;
  /** The amount in whole units of RoundTo, rounded half away from zero. */
  readonly amount: bigint;
  /** Municipality name → whole units of RoundTo, for every participant, in `Municipalities` order. */
  readonly shares: ReadonlyMap<string, bigint>;
  /**
   * The same shares as JS numbers, in `participants` order, when the amount is a safe integer
   * (then they are exact); null otherwise. The fast way through a national workbook's 1.3 million
   * shares: no BigInt and no map per share.
   */
  readonly units: Float64Array | null;
  readonly participants: readonly string[];
  /** Each participant's place in `Municipalities`. */
  readonly positions: Int32Array;
  /** Participants whose key value is 0 (for a mix: 0 in every term), for the `ZERO_KEY` flag. */
  readonly zeroKeyParticipants: readonly string[];
  /** The row's first cell (the Item, System or ID cell). */
  readonly cell: string;
  /** The prepared weights the split used, in `participants` order: what an explanation shows. */
  readonly weights: IntegerWeights;
}

/** One amount to split, before it is split. */
interface Claim {
  readonly item: string;
  readonly source: AllocationLine['source'];
  readonly kind: CostKind;
  readonly key: KeyExpression;
  readonly year: number | null;
  readonly amount: bigint;
  readonly participants: Participants;
  readonly cell: string;
}

type Outcome = { readonly line: AllocationLine } | { readonly problems: readonly Problem[] };

/** What splitting a claim may look up besides its own row. */
interface Lookups {
  readonly standAlone: StandAloneIndex;
  readonly coalitions: CoalitionIndex;
  readonly weights: WeightCache;
  readonly roundTo: Rational;
  readonly scratch: SplitScratch;
}

/**
 * The Shapley value φ_i of each participant of a `shapley` claim (contract v1.1 §12), with c(N) =
 * the claim's amount (rounded to RoundTo, the amount that is split); a φ_i below 0 is
 * SHAPLEY_NEGATIVE at the item's cell, as the game's own problems are.
 */
function shapleyOf(
  claim: Claim,
  list: ParticipantList,
  { standAlone, coalitions, roundTo }: Lookups,
): { readonly values: ReadonlyMap<string, Rational> } | { readonly problems: readonly Problem[] } {
  const { item, cell } = claim;
  const built = buildGame(
    item,
    list.names,
    coalitionsOf(coalitions, item),
    standAloneOf(standAlone, item),
    true,
    { item: cell, key: cell },
  );
  if ('problems' in built) return built;
  const phi = shapleyValues(built.game, currencyOf(claim.amount, roundTo));
  const negative = list.names.flatMap((municipality, i) => {
    const value = phi[i];
    return value && value.num < 0n
      ? [problem('SHAPLEY_NEGATIVE', cell, { item, municipality, amount: toNumber(value) })]
      : [];
  });
  if (negative.length > 0) return { problems: negative };
  return { values: new Map(list.names.map((name, i) => [name, phi[i] ?? rational(0n)])) };
}

/**
 * Splits one claim among `list`; `units`, the line's own places in the run's blocks of shares
 * (null when the amount is not a safe integer), takes its shares.
 */
function allocateClaim(
  claim: Claim,
  list: ParticipantList,
  units: Float64Array | null,
  lookups: Lookups,
): Outcome {
  const { standAlone, scratch } = lookups;
  if (usesKey(claim.key, 'standalone')) {
    const missing = withoutStandAlone(standAlone, claim.item, list.names);
    if (missing.length > 0) {
      return {
        problems: missing.map((municipality) =>
          problem('STANDALONE_MISSING', claim.cell, { item: claim.item, municipality }),
        ),
      };
    }
  }
  let shapley: ReadonlyMap<string, Rational> | undefined;
  if (usesKey(claim.key, 'shapley')) {
    const found = shapleyOf(claim, list, lookups);
    if ('problems' in found) return found;
    shapley = found.values;
  }
  const { names, positions } = list;
  const weights = lookups.weights.weightsOf(claim.key, claim.item, list, shapley);
  if (!weights) return { problems: [problem('ZERO_WEIGHTS', claim.cell, { item: claim.item })] };
  const { item, source, kind, key, year, amount, cell } = claim;
  // Exact JS numbers whenever the amount is a safe integer (then every share is too), so that
  // every reader downstream takes the same fast way; BigInt shares by name beyond that.
  const split = splitShares(amount, weights, scratch, units ?? undefined);
  if (units && split !== units) split.forEach((share, i) => (units[i] = Number(share)));
  // The map is built when first asked for (the contract JSON, a few flags): most readers use units.
  let shares: ReadonlyMap<string, bigint> | null = units
    ? null
    : new Map(names.map((name, i) => [name, BigInt(split[i] ?? 0)]));
  return {
    line: {
      item,
      source,
      kind,
      key,
      year,
      amount,
      cell,
      get shares() {
        shares ??= new Map(names.map((name, i) => [name, BigInt(units?.[i] ?? 0)]));
        return shares;
      },
      units,
      participants: names,
      positions,
      zeroKeyParticipants: lookups.weights.zeroNames(weights),
      weights,
    },
  };
}

/** The amounts to split, in workbook order: costs, then systems, then funded proposals. */
function claims(wb: ParsedWorkbook, funded: ReadonlyMap<string, number>): Claim[] {
  const { roundTo, planningYear } = wb.settings;
  const result: Claim[] = [];
  // Every Costs row gets a line, even of 0: the user listed it, and the table should show it.
  for (const cost of wb.costs) {
    result.push({
      item: cost.item,
      source: 'cost',
      kind: cost.kind,
      key: cost.key,
      year: cost.kind === 'one-off' ? (cost.year ?? planningYear) : null,
      amount: unitsOf(cost.amount, roundTo),
      participants: cost.participants,
      cell: cost.cell,
    });
  }
  // A licence of 0 (blank = 0) is a system without a licence to split: no line.
  for (const system of wb.systems) {
    const amount = unitsOf(system.licenceCost, roundTo);
    if (amount <= 0n) continue;
    const { participants, cell } = system;
    result.push({
      item: system.system,
      source: 'system',
      kind: 'annual',
      key: system.basis,
      year: null,
      amount,
      participants,
      cell,
    });
  }
  for (const proposal of wb.proposals) {
    const start = funded.get(proposal.id);
    if (start === undefined) continue;
    const { id: item, key, participants, cell } = proposal;
    const costs = [
      ['one-off', proposal.oneOffCost, start],
      ['annual', proposal.annualCost, null],
    ] as const;
    for (const [kind, cost, year] of costs) {
      const amount = unitsOf(cost, roundTo);
      if (amount > 0n) {
        result.push({ item, source: 'proposal', kind, key, year, amount, participants, cell });
      }
    }
  }
  return result;
}

/**
 * Splits every Costs row, every system licence above 0 and every funded proposal's one-off and
 * annual cost above 0 (`funded`: proposal ID → start year) among its participants (contract §4).
 *
 * Lines come in workbook order: costs, systems, then proposals (one-off before annual). Problems
 * are all collected: `ZERO_WEIGHTS` (params `item`) when the key gives every participant 0,
 * `STANDALONE_MISSING` (params `item`, `municipality`) for each participant of a `standalone` item
 * without a stand-alone cost, and for a `shapley` item the game's problems (see `buildGame`) and
 * `SHAPLEY_NEGATIVE` for each φ_i below 0, all at the row's first cell; such a row gets no line.
 */
export function allocateAll(
  wb: ParsedWorkbook,
  funded: ReadonlyMap<string, number>,
): { lines: readonly AllocationLine[]; problems: readonly Problem[] } {
  const standAlone = indexStandAlone(wb.standAlone);
  const lookups: Lookups = {
    standAlone,
    coalitions: indexCoalitions(wb.coalitionCosts ?? []),
    weights: weightCache(wb.municipalities, standAlone),
    roundTo: wb.settings.roundTo,
    scratch: splitScratch(),
  };
  const participantList = participantResolver(wb.municipalities);
  // Shares as views of a few blocks (blocks.ts): a Float64Array per line was most of the garbage.
  const places = blocks((n) => new Float64Array(n));
  const lines: AllocationLine[] = [];
  const problems: Problem[] = [];
  for (const claim of claims(wb, funded)) {
    const list = participantList(claim.participants);
    const units = isSafeAmount(claim.amount) ? places(list.positions.length) : null;
    const outcome = allocateClaim(claim, list, units, lookups);
    if ('line' in outcome) lines.push(outcome.line);
    // One at a time: spreading a list as arguments overflows the stack past ~100,000 (a standalone
    // item missing for every member of a large Municipalities table).
    else for (const p of outcome.problems) problems.push(p);
  }
  return { lines, problems };
}
