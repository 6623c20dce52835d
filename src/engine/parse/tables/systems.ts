/** The `Systems` table: the application portfolio (fagsystemer / applikationer) and licences. */
import type { SystemEntry } from '../../model';
import { ZERO } from '../../rational';
import type { InputTable } from '../../table';
import { bindTable } from '../bind';
import { NOTHING, type Parsed } from '../parsed';
import { rowReader } from '../reader';
import { readKey, readParticipants, type ParseScope } from '../scope';

/**
 * Parse Systems: System required, Owner optional (a blank one is a risk flag, not an error),
 * LicenceCost blank = 0, Basis blank = pcs, ContractExpiry a date, CooperationLevel 1–5.
 */
export function parseSystems(
  table: InputTable | undefined,
  scope: ParseScope,
): Parsed<SystemEntry> {
  if (!table) return NOTHING;
  const bound = bindTable('Systems', table, ['System'], scope.problems);
  const names: string[] = [];
  const rows = bound.rows.flatMap((row) => {
    const read = rowReader(bound, row, scope.problems);
    const system = read.requiredText('System');
    if (system !== null) names.push(system);
    const owner = read.text('Owner');
    const licenceCost = read.money('LicenceCost', scope.roundTo) ?? ZERO;
    const basis = readKey(scope, row.get('Basis'), bound.label('Basis'), 'pcs');
    const participants = readParticipants(
      scope,
      row.get('Participants'),
      bound.label('Participants'),
    );
    const contractExpiry = read.date('ContractExpiry');
    const cooperationLevel = read.whole('CooperationLevel', 1, 5);
    if (system === null || basis === null) return [];
    const cell = read.cell('System');
    const entry: SystemEntry = {
      system,
      owner,
      licenceCost,
      basis,
      participants,
      contractExpiry,
      cooperationLevel,
      cell,
      cells: row.cells,
    };
    return [entry];
  });
  return { rows, names: bound.has('System') ? names : null };
}
