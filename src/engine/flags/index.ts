/** Every risk flag of contract §6, rendered in the user's language and ordered by severity. */
import { fill, type Language } from '../../i18n/language';
import { FLAG_MESSAGES } from '../../i18n/flags';
import { NOT_FUNDED_REASONS } from '../../i18n/notFunded';
import type { RiskFlag, Severity } from '../result';
import { zeroKeyFlags } from './allocationFlags';
import { coreFlags } from './coalitionFlags';
import { budgetFlags, standAloneFlags } from './municipalityFlags';
import { fundingFlags, governanceFlags, scoringFlags } from './proposalFlags';
import { SEVERITY, SEVERITY_ORDER } from './severity';
import { contractFlags, cooperationFlags, systemOwnerFlags } from './systemFlags';
import type { FlagDraft, FlagInputs } from './types';
import { weightFlags } from './weightFlags';

export { flagFormat } from './format';
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

/** The severities, high first. */
const SEVERITIES = (Object.keys(SEVERITY_ORDER) as Severity[]).sort(
  (a, b) => SEVERITY_ORDER[a] - SEVERITY_ORDER[b],
);

/** Raise every flag; high first, then medium, then low, each in the order the rules found them. */
export function collectFlags(inputs: FlagInputs, language: Language): RiskFlag[] {
  const messages = FLAG_MESSAGES[language];
  const reasons = NOT_FUNDED_REASONS[language];
  // One list per severity, filled in the rules' order: a stable sort by severity in one pass.
  const bySeverity = new Map(SEVERITIES.map((severity) => [severity, [] as RiskFlag[]]));
  for (const rule of RULES) {
    for (const draft of rule(inputs)) {
      const severity = SEVERITY[draft.code];
      const { reason, params } = draft;
      bySeverity.get(severity)?.push({
        scope: draft.scope,
        subject: draft.subject,
        code: draft.code,
        severity,
        message: fill(
          messages[draft.code],
          reason ? { ...params, reason: fill(reasons[reason.key], reason.params) } : params,
        ),
        cell: draft.cell,
      });
    }
  }
  return SEVERITIES.flatMap((severity) => bySeverity.get(severity) ?? []);
}
