/** ZERO_KEY: a participant that pays nothing because its key value is 0. */
import type { FlagDraft, FlagInputs } from './types';

const SCOPE_OF_SOURCE = { cost: 'cost', system: 'system', proposal: 'proposal' } as const;

export function zeroKeyFlags({ workbook, lines, format }: FlagInputs): FlagDraft[] {
  const cellOf = new Map(workbook.municipalities.map((m) => [m.name, m.cell]));
  const seen = new Set<string>();
  const flags: FlagDraft[] = [];
  for (const line of lines) {
    if (line.zeroKeyParticipants.length === 0) continue;
    for (const municipality of line.zeroKeyParticipants) {
      // A proposal has a one-off and an annual line under one key: flag the pair once.
      const id = `${line.source}\u0000${line.item}\u0000${municipality}`;
      if (seen.has(id)) continue;
      seen.add(id);
      flags.push({
        scope: SCOPE_OF_SOURCE[line.source],
        subject: line.item,
        code: 'ZERO_KEY',
        cell: cellOf.get(municipality) ?? line.cell,
        params: { municipality, item: line.item, key: format.key(line.key) },
      });
    }
  }
  return flags;
}
