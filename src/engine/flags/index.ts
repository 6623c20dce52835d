/** Every risk flag of contract §6, rendered in the user's language and ordered by severity. */
import { fill, type Language } from '../../i18n/language';
import { FLAG_MESSAGES } from '../../i18n/flags';
import { NOT_FUNDED_REASONS } from '../../i18n/notFunded';
import type { RiskFlag } from '../result';
import { zeroKeyFlags } from './allocationFlags';
import { coreFlags } from './coalitionFlags';
import { budgetFlags, standAloneFlags } from './municipalityFlags';
import { fundingFlags, governanceFlags, scoringFlags } from './proposalFlags';
import { SEVERITY, SEVERITY_ORDER } from './severity';
import { contractFlags, cooperationFlags, systemOwnerFlags } from './systemFlags';
import type { FlagDraft, FlagInputs } from './types';
import { weightFlags } from './weightFlags';

export type { FlagFormat, FlagInputs } from './types';

const RULES: readonly ((inputs: FlagInputs) => FlagDraft[])[] = [
  budgetFlags,
  standAloneFlags,
  fundingFlags,
  contractFlags,
  governanceFlags,
  systemOwnerFlags,
  scoringFlags,
  cooperationFlags,
  zeroKeyFlags,
  coreFlags,
  weightFlags,
];

/** Raise every flag; high first, then medium, then low, each in the order the rules found them. */
export function collectFlags(inputs: FlagInputs, language: Language): RiskFlag[] {
  const drafts = RULES.flatMap((rule) => rule(inputs));
  return drafts
    .map((draft, index) => ({ draft, index }))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[SEVERITY[a.draft.code]] - SEVERITY_ORDER[SEVERITY[b.draft.code]] ||
        a.index - b.index,
    )
    .map(({ draft }) => ({
      scope: draft.scope,
      subject: draft.subject,
      code: draft.code,
      severity: SEVERITY[draft.code],
      message: fill(FLAG_MESSAGES[language][draft.code], {
        ...draft.params,
        ...(draft.reason && {
          reason: fill(NOT_FUNDED_REASONS[language][draft.reason.key], draft.reason.params),
        }),
      }),
      cell: draft.cell,
    }));
}
