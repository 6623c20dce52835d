/** `Costs`, `Systems` and `StandAlone`: what is shared, and what it would cost alone. */
import type { CostItem, CostKind, StandAloneCost, SystemEntry } from '../model';
import { problem } from '../problem';
import { ZERO } from '../rational';
import type { InputTable } from '../table';
import { bindTable } from './bind';
import { normaliseHeader } from './headers';
import { rowReader } from './reader';
import { memberName, readKey, readParticipants, type ParseScope } from './scope';

const KINDS: Readonly<Record<string, CostKind>> = {
  oneoff: 'one-off',
  engang: 'one-off',
  engangs: 'one-off',
  engång: 'one-off',
  único: 'one-off',
  unico: 'one-off',
  annual: 'annual',
  årlig: 'annual',
  drift: 'annual',
  löpande: 'annual',
  anual: 'annual',
};

export function parseCosts(table: InputTable | undefined, scope: ParseScope): CostItem[] {
  if (!table) return [];
  const bound = bindTable('Costs', table, ['Item', 'Amount'], scope.problems);
  if (!bound) return [];
  return bound.rows.flatMap((row) => {
    const read = rowReader(bound, row, scope.problems);
    const item = read.requiredText('Item');
    const amount = read.requiredMoney('Amount');
    const kindText = read.text('Kind');
    const kind = kindText === null ? 'annual' : KINDS[normaliseHeader(kindText)];
    if (kind === undefined)
      scope.problems.push(problem('UNKNOWN_KIND', read.cell('Kind'), { found: kindText ?? '' }));
    const key = readKey(scope, row.get('Key'), bound.label('Key'), 'population');
    const participants = readParticipants(
      scope,
      row.get('Participants'),
      bound.label('Participants'),
    );
    const year = read.whole('Year', 1900, 9999);
    if (item === null || amount === null || kind === undefined || key === null) return [];
    return [
      { item, amount, kind, key, participants, year, cell: read.cell('Item'), cells: row.cells },
    ];
  });
}

export function parseSystems(table: InputTable | undefined, scope: ParseScope): SystemEntry[] {
  if (!table) return [];
  const bound = bindTable('Systems', table, ['System'], scope.problems);
  if (!bound) return [];
  return bound.rows.flatMap((row) => {
    const read = rowReader(bound, row, scope.problems);
    const system = read.requiredText('System');
    const owner = read.text('Owner');
    const licenceCost = read.money('LicenceCost') ?? ZERO;
    const basis = readKey(scope, row.get('Basis'), bound.label('Basis'), 'pcs');
    const participants = readParticipants(
      scope,
      row.get('Participants'),
      bound.label('Participants'),
    );
    const contractExpiry = read.date('ContractExpiry');
    const cooperationLevel = read.whole('CooperationLevel', 1, 5);
    if (system === null || basis === null) return [];
    return [
      {
        system,
        owner,
        licenceCost,
        basis,
        participants,
        contractExpiry,
        cooperationLevel,
        cell: read.cell('System'),
        cells: row.cells,
      },
    ];
  });
}

/** StandAlone rows; `items` are the names a row may refer to (cost items, systems, proposal IDs). */
export function parseStandAlone(
  table: InputTable | undefined,
  scope: ParseScope,
  items: readonly string[],
): StandAloneCost[] {
  if (!table) return [];
  const bound = bindTable('StandAlone', table, ['Item', 'Municipality', 'Cost'], scope.problems);
  if (!bound) return [];
  const known = new Set(items.map((i) => i.trim().toLowerCase()));
  const seen = new Map<string, string>();
  return bound.rows.flatMap((row) => {
    const read = rowReader(bound, row, scope.problems);
    const item = read.requiredText('Item');
    const named = read.requiredText('Municipality');
    const cost = read.requiredMoney('Cost');
    if (item !== null && !known.has(item.toLowerCase())) {
      scope.problems.push(problem('UNKNOWN_ITEM', read.cell('Item'), { found: item }));
    }
    const municipality = named === null ? undefined : memberName(scope, named);
    if (named !== null && municipality === undefined) {
      scope.problems.push(
        problem('UNKNOWN_MUNICIPALITY', read.cell('Municipality'), { found: named }),
      );
    }
    if (item === null || municipality === undefined || cost === null) return [];
    const pair = `${item.toLowerCase()}\u0000${municipality}`;
    const first = seen.get(pair);
    if (first !== undefined) {
      scope.problems.push(
        problem('DUPLICATE', read.cell('Item'), {
          column: bound.label('Item'),
          found: `${item} / ${municipality}`,
          first,
        }),
      );
      return [];
    }
    seen.set(pair, read.cell('Item'));
    return [{ item, municipality, cost, cell: read.cell('Cost') }];
  });
}
