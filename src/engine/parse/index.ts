/**
 * Parse and validate every input table of the contract (§§1–3, 7) into a {@link ParsedWorkbook},
 * collecting every problem at once.
 */
import type { Language } from '../../i18n/language';
import type { CalendarDate, ParsedWorkbook } from '../model';
import type { Problem } from '../problem';
import { INPUT_TABLE_NAMES, type InputTableName, type WorkbookTables } from '../table';
import { checkDependencies, checkKeyData, type KeyedItem } from './crossChecks';
import { parseCosts, parseStandAlone, parseSystems } from './items';
import { parseMunicipalities } from './municipalities';
import { parseBudget, parseCriteria, parseProposals, parseScores } from './portfolio';
import type { ParseScope } from './scope';
import { parseSettings } from './settings';

export type ParseResult =
  | { readonly ok: true; readonly workbook: ParsedWorkbook }
  | {
      readonly ok: false;
      readonly problems: readonly Problem[];
      readonly language: Language | null;
    };

export { parseNumberText, serialToDate } from './values';
export { parseKeyExpression } from './keyExpression';
export { COLUMN_ALIASES, canonicalColumn, normaliseHeader } from './headers';

export function parseWorkbook(tables: WorkbookTables, today: CalendarDate): ParseResult {
  const problems: Problem[] = [];
  const settings = parseSettings(tables.Settings, today, problems);
  const members = parseMunicipalities(tables.Municipalities, problems);
  const scope: ParseScope = { problems, members, namedTextColumns: new Set() };

  const costs = parseCosts(tables.Costs, scope);
  const systems = parseSystems(tables.Systems, scope);
  const proposals = tables.Proposals
    ? checkDependencies(parseProposals(tables.Proposals, scope), problems)
    : [];
  const declared = parseCriteria(tables.Criteria, scope);
  // Scores without Proposals mean nothing to score: ignored, as a missing input turns things off.
  const { criteria, scores } = tables.Proposals
    ? parseScores(tables.Scores, scope, declared, proposals, settings.scoreMax)
    : { criteria: declared ?? [], scores: [] };
  const budget = parseBudget(tables.Budget, scope);
  const standAlone = parseStandAlone(tables.StandAlone, scope, [
    ...costs.map((c) => c.item),
    ...systems.map((s) => s.system),
    ...proposals.map((p) => p.id),
  ]);

  const keyed: KeyedItem[] = [
    ...costs.map((c) => ({
      item: c.item,
      key: c.key,
      participants: c.participants,
      keyCell: c.cells['Key'] ?? c.cell,
    })),
    ...systems
      .filter((s) => s.licenceCost.num > 0n)
      .map((s) => ({
        item: s.system,
        key: s.basis,
        participants: s.participants,
        keyCell: s.cells['Basis'] ?? s.cell,
      })),
    ...proposals
      .filter((p) => p.oneOffCost.num > 0n || p.annualCost.num > 0n)
      .map((p) => ({
        item: p.id,
        key: p.key,
        participants: p.participants,
        keyCell: p.cells['Key'] ?? p.cell,
      })),
  ];
  checkKeyData(keyed, members.municipalities, standAlone, problems);

  if (problems.length > 0) return { ok: false, problems, language: settings.language };
  const present = new Set<InputTableName>(
    INPUT_TABLE_NAMES.filter((name) => tables[name] !== undefined),
  );
  return {
    ok: true,
    workbook: {
      settings,
      municipalities: members.municipalities,
      costs,
      systems,
      proposals,
      criteria,
      scores,
      budget,
      standAlone,
      present,
    },
  };
}
