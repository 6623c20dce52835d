/**
 * `samkost merge-scores` end to end, in-process: a council workbook (the Knutepunkt sample with
 * two members' scores) and three member files built by code; the merged Scores rows, a run of the
 * merged file that counts every scorer, every other part of the council's package unchanged, and
 * bad input named by file and cell with nothing written.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { parseWorkbook } from '../../src/engine/parse';
import type { OutputValue, TableSheet } from '../../src/engine/table';
import { knutepunktSample } from '../../src/samples/knutepunkt';
import { openXlsx, writeTableSheets } from '../../src/workbook/xlsx';
import { openZip } from '../../src/workbook/xlsx/zip';
import { runCli } from './support';

jest.setTimeout(120_000);

const dir = mkdtempSync(path.join(os.tmpdir(), 'samkost-merge-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string): string => path.join(dir, name);

const sampleScores = knutepunktSample.find((s) => s.tableName === 'Scores');
if (!sampleScores) throw new Error('the Knutepunkt sample has no Scores');
const HEADERS = sampleScores.headers;
const rowsOf = (scorer: string): OutputValue[][] =>
  sampleScores.rows.filter((r) => r[1] === scorer).map((r) => [...r]);

/** A member's workbook: one sheet holding their Scores table (as a member would send it). */
const memberSheet = (rows: OutputValue[][], headers = HEADERS): TableSheet[] => [
  { tableName: 'Scores', sheetName: 'Poeng', headers, rows },
];

const COUNCIL = at('council.xlsx');
// Vennesla scores P01 anew (every criterion 1), the others send the sample's rows.
const VENNESLA = rowsOf('Rådmann Vennesla').map((r) =>
  r[0] === 'P01' ? ['P01', r[1] ?? null, 1, 1, 1, 1, 1] : r,
);
const MEMBERS = {
  vennesla: { file: 'vennesla.xlsx', rows: VENNESLA },
  lillesand: { file: 'lillesand.xlsx', rows: rowsOf('Rådmann Lillesand') },
  kristiansand: { file: 'kristiansand.xlsx', rows: rowsOf('Økonomisjef Kristiansand') },
};

beforeAll(async () => {
  // The council holds IT-sjef's rows and an older set of Vennesla's (all 3s).
  const older = rowsOf('Rådmann Vennesla').map((r) => [r[0] ?? null, r[1] ?? null, 3, 3, 3, 3, 3]);
  await writeTableSheets(
    knutepunktSample.map((s) =>
      s === sampleScores ? { ...s, rows: [...rowsOf('IT-sjef'), ...older] } : s,
    ),
    COUNCIL,
  );
  for (const member of Object.values(MEMBERS))
    await writeTableSheets(memberSheet(member.rows), at(member.file));
});

const scoresOf = async (file: string) => {
  const tables = await (await openXlsx(readFileSync(file))).readTables();
  return tables.Scores?.rows.map((r) => r.map((c) => c.value)) ?? [];
};

describe('samkost merge-scores with three member files', () => {
  let merged = '';
  beforeAll(async () => {
    const ran = await runCli(
      ['merge-scores', 'council.xlsx', 'vennesla.xlsx', 'lillesand.xlsx', 'kristiansand.xlsx'],
      dir,
    );
    expect(ran).toMatchObject({ status: 0, stderr: '' });
    expect(ran.stdout).toContain('10 row(s) updated, 20 added. Written: council.merged.xlsx');
    merged = at('council.merged.xlsx');
  });

  it('updates the member’s own rows, adds the new members’, keeps the others', async () => {
    const rows = await scoresOf(merged);
    expect(rows).toEqual([
      ...rowsOf('IT-sjef'),
      ...VENNESLA,
      ...MEMBERS.lillesand.rows,
      ...MEMBERS.kristiansand.rows,
    ]);
  });

  it('leaves every other part of the council package byte for byte', () => {
    const before = openZip(readFileSync(COUNCIL));
    const after = openZip(readFileSync(merged));
    expect(after.names).toEqual(before.names);
    const changed = after.names.filter(
      (name) => Buffer.compare(Buffer.from(before.read(name)), Buffer.from(after.read(name))) !== 0,
    );
    expect(changed).toHaveLength(2);
    expect(changed.filter((n) => n.startsWith('xl/worksheets/'))).toHaveLength(1);
    const table = changed.find((n) => n.startsWith('xl/tables/')) ?? '';
    expect(after.text(table)).toMatch(/name="Scores"/);
  });

  it('runs: samkost run counts all four scorers of every proposal', async () => {
    const ran = await runCli(['run', 'council.merged.xlsx', '-o', 'run.xlsx'], dir);
    expect(ran.status).toBe(0);
    const parsed = parseWorkbook(await (await openXlsx(readFileSync(merged))).readTables(), {
      year: 2026,
      month: 5,
      day: 1,
    });
    if (!parsed.ok) throw new Error('the merged workbook does not parse');
    const scorers = new Set(parsed.workbook.scores.map((s) => s.scorer));
    expect([...scorers].sort()).toEqual(
      ['IT-sjef', 'Rådmann Lillesand', 'Rådmann Vennesla', 'Økonomisjef Kristiansand'].sort(),
    );
    expect(parsed.workbook.scores).toHaveLength(40);
  });
});

describe('samkost merge-scores into a council workbook without Scores', () => {
  it('gives it a Scores table on a new sheet, headed in the council’s language, with every row', async () => {
    await writeTableSheets(
      knutepunktSample.filter((s) => s !== sampleScores),
      at('bare.xlsx'),
    );
    const ran = await runCli(
      ['merge-scores', 'bare.xlsx', 'lillesand.xlsx', 'kristiansand.xlsx', '--lang', 'sv'],
      dir,
    );
    expect(ran.status).toBe(0);
    const tables = await (await openXlsx(readFileSync(at('bare.merged.xlsx')))).readTables();
    expect(tables.Scores?.sheet).toBe('Bedömningar');
    expect(tables.Scores?.headers.map((h) => h.value)).toEqual([
      'Förslag',
      'Bedömare',
      ...HEADERS.slice(2),
    ]);
    expect(tables.Scores?.rows.map((r) => r.map((c) => c.value))).toEqual([
      ...MEMBERS.lillesand.rows,
      ...MEMBERS.kristiansand.rows,
    ]);
    const before = openZip(readFileSync(at('bare.xlsx')));
    const after = openZip(readFileSync(at('bare.merged.xlsx')));
    const kept = before.names.filter(
      (n) =>
        !n.startsWith('[Content_Types]') && !/^xl\/(workbook\.xml|_rels\/workbook|styles)/.test(n),
    );
    for (const name of kept)
      expect([name, Buffer.from(after.read(name))]).toEqual([name, Buffer.from(before.read(name))]);
  });
});

describe('samkost merge-scores refuses bad input, naming file and cell, writing nothing', () => {
  const refused = async (members: Record<string, TableSheet[]>) => {
    for (const [file, content] of Object.entries(members))
      await writeTableSheets(content, at(file));
    const ran = await runCli(
      ['merge-scores', 'council.xlsx', ...Object.keys(members), '-o', 'bad.xlsx'],
      dir,
    );
    expect(existsSync(at('bad.xlsx'))).toBe(false);
    return ran;
  };

  it('reports the same scorer twice, an unknown proposal and criterion and a bad score together', async () => {
    const ran = await refused({
      'a.xlsx': memberSheet([['P01', 'Ola', 1, 1, 1, 1, 1]]),
      'b.xlsx': memberSheet([
        ['P01', 'ola', 1, 1, 1, 1, 1],
        ['P99', 'ola', 1, 1, 1, 1, 9],
      ]),
      'c.xlsx': memberSheet([['P02', 'Kari', 1]], ['Tiltak', 'Vurdert av', 'Farge']),
    });
    expect(ran.status).toBe(2);
    expect(ran.stderr).toContain('4 problem(s) in the files; nothing was written:');
    expect(ran.stderr).toContain(
      'b.xlsx Poeng!A3: the council workbook has no proposal "P99" [UNKNOWN_PROPOSAL]',
    );
    expect(ran.stderr).toContain(
      'b.xlsx Poeng!G3: expected a score from 0 to 5, found "9" [BAD_SCORE]',
    );
    expect(ran.stderr).toContain(
      'c.xlsx Poeng!C1: the council workbook has no criterion "Farge" [UNKNOWN_CRITERION]',
    );
    expect(ran.stderr).toContain(
      'b.xlsx Poeng!B2: "ola" also scores in a.xlsx Poeng!B2 [SCORER_IN_TWO_FILES]',
    );
  });

  it('refuses a member file that is no workbook (exit 1), in the user’s language', async () => {
    writeFileSync(at('notes.xlsx'), 'just some notes');
    const ran = await runCli(
      ['merge-scores', 'council.xlsx', 'notes.xlsx', '-o', 'bad.xlsx', '--lang', 'nb'],
      dir,
    );
    expect(ran.status).toBe(1);
    expect(ran.stderr).toContain('notes.xlsx');
    expect(existsSync(at('bad.xlsx'))).toBe(false);
  });

  it('lists the council workbook’s own problems first (exit 2)', async () => {
    const municipalities = knutepunktSample.find((s) => s.tableName === 'Municipalities');
    await writeTableSheets(
      knutepunktSample.map((s) =>
        s === municipalities
          ? { ...s, rows: s.rows.map((r, i) => (i === 0 ? [r[0] ?? null, 'many'] : r)) }
          : s,
      ),
      at('broken.xlsx'),
    );
    const ran = await runCli(
      ['merge-scores', 'broken.xlsx', 'lillesand.xlsx', '-o', 'bad.xlsx'],
      dir,
    );
    expect(ran.status).toBe(2);
    expect(ran.stderr).toContain(
      'the council workbook broken.xlsx has problems of its own; fix them first:',
    );
    expect(ran.stderr).toMatch(/broken\.xlsx \S+!B2: .*\[NOT_A_NUMBER\]/);
    expect(existsSync(at('bad.xlsx'))).toBe(false);
  });

  it('never overwrites an input', async () => {
    const before = readFileSync(COUNCIL);
    const ran = await runCli(
      ['merge-scores', 'council.xlsx', 'lillesand.xlsx', '-o', 'lillesand.xlsx'],
      dir,
    );
    expect(ran.status).toBe(1);
    expect(ran.stderr).toContain('would overwrite lillesand.xlsx');
    expect(readFileSync(COUNCIL).equals(before)).toBe(true);
  });
});
