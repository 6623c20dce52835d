/**
 * Parse and validate every input table of the contract (§§1–3, 7) into a {@link ParsedWorkbook},
 * collecting every problem at once: a run either gets a workbook without a single problem, or
 * every problem found, each at its cell.
 */
import type { Language } from '../../i18n/language';
import type { CalendarDate, KeyExpression, ParsedWorkbook, Participants } from '../model';
import type { Problem } from '../problem';
import { INPUT_TABLE_NAMES, type InputTableName, type WorkbookTables } from '../table';
import { checkCoalitions } from './coalitionChecks';
import { checkKeyData, type KeyedItem } from './crossChecks';
import { nameIndex } from './names';
import { parseScope } from './scope';
import { parseSettings } from './settings';
import { parseBudget } from './tables/budget';
import { parseCoalitionCosts } from './tables/coalitionCosts';
import { parseCosts } from './tables/costs';
import { parseCriteria } from './tables/criteria';
import { parseMunicipalities } from './tables/municipalities';
import { parseProposals } from './tables/proposals';
import { parseScores } from './tables/scores';
import { parseStandAlone } from './tables/standAlone';
import { parseSystems } from './tables/systems';
import { checkTotals } from './totals';
import { weighCriteria } from './weighCriteria';

export type ParseResult =
  | { readonly ok: true; readonly workbook: ParsedWorkbook }
  | {
      readonly ok: false;
      readonly problems: readonly Problem[];
      /** The workbook's Language setting when it could be read, for rendering the problems. */
      readonly language: Language | null;
    };

export { COLUMN_ALIASES, PREFERRED_HEADERS, canonicalColumn, normaliseHeader } from './headers';
export { parseKeyExpression } from './keyExpression';
export { parseNumberText } from './numberText';
export { serialToDate } from './dates';
export { defaultSettings } from './settings';
export { BOOLEAN_WORDS, KIND_WORDS } from './words';

/** What the key checks need of an item: its key cell, or the row's first cell without one. */
const keyedItem = (
  item: string,
  key: KeyExpression,
  row: { readonly participants: Participants; readonly cell: string },
  keyCell: string | undefined,
): KeyedItem => ({
  item,
  key,
  participants: row.participants,
  cell: row.cell,
  keyCell: keyCell ?? row.cell,
});

/**
 * Read `tables` as the contract's input workbook. `today` gives the default PlanningYear.
 * Only Municipalities is required; a missing optional table turns off what depends on it.
 */
export function parseWorkbook(tables: WorkbookTables, today: CalendarDate): ParseResult {
  const problems: Problem[] = [];
  const settings = parseSettings(tables.Settings, today, problems);
  const { roundTo } = settings;
  const members = parseMunicipalities(tables.Municipalities, problems, roundTo);
  const scope = parseScope(members, problems, roundTo);

  const costs = parseCosts(tables.Costs, scope);
  const systems = parseSystems(tables.Systems, scope);
  const parsedProposals = parseProposals(tables.Proposals, scope);
  const proposals = parsedProposals.rows;

  const declared = parseCriteria(tables.Criteria, scope, tables.CriteriaPairs !== undefined);
  // Scores without Proposals score nothing: ignored, as a missing input turns things off.
  const fromScores =
    tables.Scores && tables.Proposals
      ? parseScores(
          tables.Scores,
          scope,
          declared === null ? null : (declared.names ?? []),
          nameIndex(parsedProposals.names),
          settings.scoreMax,
        )
      : { criteria: [], scores: [] };
  const pairs = weighCriteria(
    tables.CriteriaPairs,
    scope,
    declared?.rows ?? fromScores.criteria,
    declared === null ? undefined : tables.Criteria?.name,
  );
  const criteria = pairs?.criteria ?? declared?.rows ?? fromScores.criteria;
  const budget = parseBudget(tables.Budget, scope);
  const items = nameIndex(costs.names, systems.names, parsedProposals.names);
  const standAlone = parseStandAlone(tables.StandAlone, scope, items);
  const coalitionCosts = parseCoalitionCosts(tables.CoalitionCosts, scope, items);

  // Only what has something to split needs key data: a system without a licence cost needs no PCs.
  const keyed: KeyedItem[] = [];
  for (const c of costs.rows) {
    if (c.amount.num > 0n) keyed.push(keyedItem(c.item, c.key, c, c.cells['Key']));
  }
  for (const s of systems.rows) {
    if (s.licenceCost.num > 0n) keyed.push(keyedItem(s.system, s.basis, s, s.cells['Basis']));
  }
  for (const p of proposals) {
    if (p.oneOffCost.num > 0n || p.annualCost.num > 0n)
      keyed.push(keyedItem(p.id, p.key, p, p.cells['Key']));
  }
  checkKeyData(keyed, scope, standAlone);
  checkTotals(
    { costs: costs.rows, systems: systems.rows, proposals, standAlone },
    roundTo,
    problems,
  );
  checkCoalitions(keyed, scope, coalitionCosts, standAlone);

  if (problems.length > 0) return { ok: false, problems, language: settings.language };
  const present = new Set<InputTableName>(INPUT_TABLE_NAMES.filter((name) => tables[name]));
  return {
    ok: true,
    workbook: {
      settings,
      municipalities: scope.members.municipalities,
      costs: costs.rows,
      systems: systems.rows,
      proposals,
      criteria,
      scores: fromScores.scores,
      budget,
      standAlone,
      coalitionCosts,
      ...(pairs === null ? {} : { pairwise: pairs.consistency }),
      present,
    },
  };
}
