/**
 * `samkost merge-scores`, the rule: which rows of the council's Scores table change when each
 * member's own Scores rows are brought in. Pure: the tables in, the changed rows (or every
 * problem found, each naming its file and cell) out; the command line reads and writes.
 *
 * A member file's rows are that member's: every Scorer in it must be one name (a file holding
 * several scorers is refused, not split: it is a copy of someone else's rows, and taking them
 * would let one member overwrite another's). A row is matched by (Proposal, Scorer), compared
 * as names are (trimmed, case-insensitive); a matched row gets the member's criterion cells, a
 * new pair becomes a new row at the end; every other council row and column is left alone. Rows
 * the member had before and has now dropped are not deleted: merging only adds and updates.
 */
import { canonicalColumn, normaliseHeader } from '../parse/headers';
import { nameKey } from '../parse/names';
import { readScoreCell } from '../parse/scoreText';
import { readText } from '../parse/values';
import type { Cell, CellValue, InputTable } from '../table';

export const MERGE_PROBLEM_CODES = [
  'NO_SCORES',
  'MISSING_COLUMN',
  'UNKNOWN_CRITERION',
  'COUNCIL_MISSING_COLUMN',
  'NO_SCORER',
  'SEVERAL_SCORERS',
  'SCORER_IN_TWO_FILES',
  'NO_PROPOSAL',
  'UNKNOWN_PROPOSAL',
  'DUPLICATE_PROPOSAL',
  'BAD_SCORE',
] as const;
export type MergeProblemCode = (typeof MERGE_PROBLEM_CODES)[number];

export interface MergeProblem {
  readonly code: MergeProblemCode;
  /** The file as the user named it. */
  readonly file: string;
  /** `Sheet!C7`, or the table's name when the problem is the whole table. */
  readonly cell: string;
  /** What was found there (a name, a header, a score); '' when nothing. */
  readonly found: string;
  /** Another place involved: the first scorer's cell, the other file. */
  readonly other?: string;
}

/** The council workbook as the merge needs it (its parse gives proposals, criteria, ScoreMax). */
export interface CouncilScores {
  readonly file: string;
  readonly table: InputTable;
  readonly proposals: readonly string[];
  readonly criteria: readonly string[];
  readonly scoreMax: number;
}

export interface MemberScores {
  readonly file: string;
  /** The member workbook's Scores table; null when it has none. */
  readonly table: InputTable | null;
}

/**
 * One council body row changed (`index` < the body's length) or added (the rest, in order):
 * the value of each cell to write, undefined for a cell left as it is.
 */
export interface RowChange {
  readonly index: number;
  readonly values: readonly (CellValue | undefined)[];
}

export type MergePlan =
  | {
      readonly ok: true;
      readonly changes: readonly RowChange[];
      readonly updated: number;
      readonly added: number;
      /** Each member's scorer, in the order of the files. */
      readonly scorers: readonly string[];
    }
  | { readonly ok: false; readonly problems: readonly MergeProblem[] };

const headerText = (cell: Cell): string =>
  typeof cell.value === 'string' || typeof cell.value === 'number' ? String(cell.value).trim() : '';

const textOf = (cell: Cell | undefined): string | null => {
  if (!cell) return null;
  const text = readText(cell, '');
  return typeof text === 'string' && text !== '' ? text : null;
};

const blank = (cell: Cell): boolean =>
  cell.value === null || (typeof cell.value === 'string' && cell.value.trim() === '');

/** Where Proposal and Scorer are (−1 when absent). */
function keyColumns(table: InputTable): { proposal: number; scorer: number } {
  const canonical = table.headers.map((h) => canonicalColumn('Scores', headerText(h)));
  return { proposal: canonical.indexOf('Proposal'), scorer: canonical.indexOf('Scorer') };
}

/** One member's rows read, or the problems that stop them being taken. */
interface MemberRows {
  readonly scorer: string;
  readonly scorerCell: string;
  readonly rows: readonly { proposal: string; scores: ReadonlyMap<number, number | null> }[];
}

function readMember(
  member: MemberScores,
  council: CouncilScores,
  councilColumns: ReadonlyMap<string, number>,
  problems: MergeProblem[],
): MemberRows | null {
  const at = (code: MergeProblemCode, cell: string, found = '', other?: string): void => {
    problems.push({ code, file: member.file, cell, found, ...(other ? { other } : {}) });
  };
  const table = member.table;
  if (!table) {
    at('NO_SCORES', 'Scores');
    return null;
  }
  const { proposal, scorer } = keyColumns(table);
  if (proposal < 0) at('MISSING_COLUMN', table.name, 'Proposal');
  if (scorer < 0) at('MISSING_COLUMN', table.name, 'Scorer');
  // Member column → council column, for every criterion column of the member's.
  const columns = new Map<number, number>();
  const known = new Map(council.criteria.map((c) => [normaliseHeader(c), c] as const));
  table.headers.forEach((header, index) => {
    if (index === proposal || index === scorer) return;
    const criterion = known.get(normaliseHeader(headerText(header)));
    if (criterion === undefined) {
      at('UNKNOWN_CRITERION', header.address, headerText(header));
      return;
    }
    const target = councilColumns.get(normaliseHeader(criterion));
    if (target === undefined) at('COUNCIL_MISSING_COLUMN', header.address, criterion);
    else columns.set(index, target);
  });
  if (proposal < 0 || scorer < 0) return null;

  const ids = new Map(council.proposals.map((id) => [nameKey(id), id] as const));
  let first: { name: string; cell: string } | null = null;
  const seen = new Map<string, string>();
  const rows: { proposal: string; scores: Map<number, number | null> }[] = [];
  for (const row of table.rows) {
    if (row.every(blank)) continue;
    const scorerCell = row[scorer];
    const name = textOf(scorerCell);
    const address = scorerCell?.address ?? table.name;
    if (name === null) at('NO_SCORER', address);
    else if (first === null) first = { name, cell: address };
    else if (nameKey(name) !== nameKey(first.name))
      at('SEVERAL_SCORERS', address, name, first.cell);
    const proposalCell = row[proposal];
    const named = textOf(proposalCell);
    const id = named === null ? undefined : ids.get(nameKey(named));
    const proposalAddress = proposalCell?.address ?? table.name;
    if (named === null) at('NO_PROPOSAL', proposalAddress);
    else if (id === undefined) at('UNKNOWN_PROPOSAL', proposalAddress, named);
    else if (seen.has(nameKey(id))) {
      at('DUPLICATE_PROPOSAL', proposalAddress, named, seen.get(nameKey(id)));
    } else seen.set(nameKey(id), proposalAddress);
    const scores = new Map<number, number | null>();
    for (const [from, to] of columns) {
      const cell = row[from];
      const score = cell ? readScoreCell(cell, council.scoreMax) : null;
      if (score === 'invalid') at('BAD_SCORE', cell?.address ?? '', shownValue(cell?.value));
      else scores.set(to, score);
    }
    if (id !== undefined) rows.push({ proposal: id, scores });
  }
  if (first === null) return null;
  return { scorer: first.name, scorerCell: first.cell, rows };
}

const shownValue = (value: CellValue | undefined): string =>
  value === null || value === undefined
    ? ''
    : typeof value === 'object'
      ? value.error
      : String(value);

/**
 * The council's Scores rows to rewrite and add, or every problem with the member files (and
 * with the council's table, when it lacks Proposal or Scorer). Nothing partial: one problem
 * anywhere and no change is planned.
 */
export function planScoresMerge(
  council: CouncilScores,
  members: readonly MemberScores[],
): MergePlan {
  const problems: MergeProblem[] = [];
  const table = council.table;
  const keys = keyColumns(table);
  if (keys.proposal < 0) {
    problems.push({
      code: 'MISSING_COLUMN',
      file: council.file,
      cell: table.name,
      found: 'Proposal',
    });
  }
  if (keys.scorer < 0) {
    problems.push({
      code: 'MISSING_COLUMN',
      file: council.file,
      cell: table.name,
      found: 'Scorer',
    });
  }
  const councilColumns = new Map<string, number>();
  table.headers.forEach((header, index) => {
    const key = normaliseHeader(headerText(header));
    if (index !== keys.proposal && index !== keys.scorer && !councilColumns.has(key)) {
      councilColumns.set(key, index);
    }
  });
  const read = members.map((member) => readMember(member, council, councilColumns, problems));
  const owners = new Map<string, { file: string; cell: string }>();
  read.forEach((rows, i) => {
    const member = members[i];
    if (!rows || !member) return;
    const owner = owners.get(nameKey(rows.scorer));
    if (owner) {
      problems.push({
        code: 'SCORER_IN_TWO_FILES',
        file: member.file,
        cell: rows.scorerCell,
        found: rows.scorer,
        other: `${owner.file} ${owner.cell}`,
      });
    } else owners.set(nameKey(rows.scorer), { file: member.file, cell: rows.scorerCell });
  });
  if (problems.length > 0) return { ok: false, problems };

  const width = table.headers.length;
  const index = new Map<string, number>();
  table.rows.forEach((row, i) => {
    const pair = `${nameKey(textOf(row[keys.proposal]) ?? '')}\u0000${nameKey(textOf(row[keys.scorer]) ?? '')}`;
    if (!index.has(pair)) index.set(pair, i);
  });
  const changes: RowChange[] = [];
  let updated = 0;
  let added = 0;
  for (const member of read) {
    if (!member) continue;
    for (const row of member.rows) {
      const at = index.get(`${nameKey(row.proposal)}\u0000${nameKey(member.scorer)}`);
      const existing = at === undefined ? undefined : table.rows[at];
      // A matched row keeps its Proposal, Scorer and other cells: only the scores are the member's.
      const values: (CellValue | undefined)[] = Array.from({ length: width }, () =>
        existing ? undefined : null,
      );
      if (!existing) {
        values[keys.proposal] = row.proposal;
        values[keys.scorer] = member.scorer;
      }
      for (const [column, score] of row.scores) values[column] = score;
      if (at === undefined) {
        changes.push({ index: table.rows.length + added, values });
        added += 1;
      } else {
        changes.push({ index: at, values });
        updated += 1;
      }
    }
  }
  return { ok: true, changes, updated, added, scorers: read.flatMap((m) => (m ? [m.scorer] : [])) };
}
