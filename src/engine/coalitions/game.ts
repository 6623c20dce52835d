/**
 * An item's cost game (contract v1.1 §12): its participants N, what each would pay alone, and the
 * coalitions the `CoalitionCosts` table prices. Built once per line, checked here once for the
 * parser and the allocation alike.
 */
import { itemKey } from '../allocate/participants';
import type { CoalitionCost } from '../model';
import { problem, type Problem } from '../problem';
import type { Rational } from '../rational';

/** Shapley's n, and the municipalities an item's coalitions of two or more may name. */
const MAX_COALITION_MEMBERS = 12;

export interface CoalitionGame {
  readonly item: string;
  /** N: the participants, in `Municipalities` order. */
  readonly members: readonly string[];
  /** c({i}) of each member (a CoalitionCosts row of its own, else its StandAlone cost). */
  readonly alone: readonly Rational[];
  /** The item's CoalitionCosts rows (each within N), members as indices into `members`. */
  readonly given: readonly GivenCoalition[];
}

export interface GivenCoalition {
  /** Indices into the game's members, ascending. */
  readonly members: readonly number[];
  readonly cost: Rational;
  /** The row's Coalition cell. */
  readonly cell: string;
}

/** Where a game's problems point: the item's first cell and its Key (or Basis) cell. */
export interface GameCells {
  readonly item: string;
  readonly key: string;
}

export type GameOutcome =
  { readonly game: CoalitionGame } | { readonly problems: readonly Problem[] };

/**
 * The game of `item` over `participants` from its CoalitionCosts `rows` and its stand-alone costs
 * (`standAlone`: municipality → cost), or every problem: a coalition naming a municipality outside
 * N (COALITION_OUTSIDE at the row's Coalition cell), a participant without c({i})
 * (COALITION_SINGLETON_MISSING at the item's cell), more than {@link MAX_COALITION_MEMBERS}
 * participants under `shapley` (SHAPLEY_TOO_MANY at the key cell), or more than that many
 * municipalities named in coalitions of two or more (COALITIONS_TOO_MANY at the item's cell: the
 * cheapest-split completion works over them). A row for a singleton wins over StandAlone.
 */
export function buildGame(
  item: string,
  participants: readonly string[],
  rows: readonly CoalitionCost[],
  standAlone: ReadonlyMap<string, Rational>,
  shapley: boolean,
  cells: GameCells,
): GameOutcome {
  const problems: Problem[] = [];
  const index = new Map(participants.map((name, i) => [name, i]));
  const n = participants.length;
  if (shapley && n > MAX_COALITION_MEMBERS) {
    problems.push(
      problem('SHAPLEY_TOO_MANY', cells.key, { item, count: n, max: MAX_COALITION_MEMBERS }),
    );
  }
  const given: GivenCoalition[] = [];
  for (const row of rows) {
    const outside = row.coalition.find((name) => !index.has(name));
    if (outside !== undefined) {
      problems.push(problem('COALITION_OUTSIDE', row.cell, { item, municipality: outside }));
      continue;
    }
    const members = row.coalition.map((name) => index.get(name) ?? 0).sort((a, b) => a - b);
    given.push({ members, cost: row.cost, cell: row.cell });
  }
  const ownRow = new Map<number, Rational>();
  const named = new Set<number>();
  for (const g of given) {
    const [only] = g.members;
    if (g.members.length === 1 && only !== undefined) ownRow.set(only, g.cost);
    else g.members.forEach((i) => named.add(i));
  }
  const alone: Rational[] = [];
  participants.forEach((name, i) => {
    const cost = ownRow.get(i) ?? standAlone.get(name);
    if (cost === undefined) {
      problems.push(
        problem('COALITION_SINGLETON_MISSING', cells.item, { item, municipality: name }),
      );
    } else alone.push(cost);
  });
  if (named.size > MAX_COALITION_MEMBERS && !(shapley && n > MAX_COALITION_MEMBERS)) {
    problems.push(
      problem('COALITIONS_TOO_MANY', cells.item, {
        item,
        count: named.size,
        max: MAX_COALITION_MEMBERS,
      }),
    );
  }
  if (problems.length > 0) return { problems };
  return { game: { item, members: participants, alone, given } };
}

/** CoalitionCosts rows by item, matched trimmed and case-insensitively (as StandAlone's are). */
export type CoalitionIndex = ReadonlyMap<string, readonly CoalitionCost[]>;

export function indexCoalitions(rows: readonly CoalitionCost[]): CoalitionIndex {
  const index = new Map<string, CoalitionCost[]>();
  for (const row of rows) {
    const key = itemKey(row.item);
    index.set(key, [...(index.get(key) ?? []), row]);
  }
  return index;
}

const NONE: readonly CoalitionCost[] = [];

/** The item's CoalitionCosts rows (none for most items). */
export const coalitionsOf = (index: CoalitionIndex, item: string): readonly CoalitionCost[] =>
  index.get(itemKey(item)) ?? NONE;
