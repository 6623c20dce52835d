/**
 * Bad input through the whole command line: each workbook is the valid base with defects
 * planted; `samkost run --json` must exit 2, name every planted defect's cell among the errors,
 * and write nothing.
 */
import { existsSync } from 'fs';
import path from 'path';
import { temporaryFolder } from '../workbook/xlsx/fixtures';
import { dropColumn, setCell, validBook, writeBook, type Book } from './badWorkbooks';
import { runCli } from './support';

// Whole workbooks go through the package reader and writer and HiGHS; a loaded machine (parallel jest workers) needs room.
jest.setTimeout(60_000);

interface Case {
  readonly name: string;
  readonly plant: (book: Book) => void;
  /** Cells (or, for a missing table or column, the text the cell must contain). */
  readonly cells: readonly string[];
  readonly code: string;
}

const CASES: readonly Case[] = [
  {
    name: 'missing Municipalities',
    plant: (b) => delete b.Municipalities,
    cells: ['Municipalities'],
    code: 'MISSING_TABLE',
  },
  {
    name: 'duplicate municipality (case and spaces differ)',
    plant: (b) => setCell(b, 'Municipalities', 'A3', ' alfa '),
    cells: ['Municipalities!A3'],
    code: 'DUPLICATE',
  },
  {
    name: '#REF! in an amount',
    plant: (b) => setCell(b, 'Costs', 'B2', { error: '#REF!' }),
    cells: ['Costs!B2'],
    code: 'EXCEL_ERROR',
  },
  {
    name: 'text in a number column',
    plant: (b) => setCell(b, 'Municipalities', 'B3', 'many'),
    cells: ['Municipalities!B3'],
    code: 'NOT_A_NUMBER',
  },
  {
    name: 'negative amount',
    plant: (b) => setCell(b, 'Costs', 'B3', -5000),
    cells: ['Costs!B3'],
    code: 'NEGATIVE',
  },
  {
    name: 'unknown Kind',
    plant: (b) => setCell(b, 'Costs', 'C2', 'monthly'),
    cells: ['Costs!C2'],
    code: 'UNKNOWN_KIND',
  },
  {
    name: 'unknown key',
    plant: (b) => setCell(b, 'Costs', 'D2', 'floor area'),
    cells: ['Costs!D2'],
    code: 'UNKNOWN_KEY',
  },
  {
    name: 'mix not adding up to 100',
    plant: (b) => setCell(b, 'Costs', 'D3', '30% equal + 60% population'),
    cells: ['Costs!D3'],
    code: 'KEY_PERCENT_SUM',
  },
  {
    name: 'unreadable key expression',
    plant: (b) => setCell(b, 'Costs', 'D3', '30% equal + + population'),
    cells: ['Costs!D3'],
    code: 'KEY',
  },
  {
    name: 'unknown participant',
    plant: (b) => setCell(b, 'Costs', 'E4', 'Alfa; Delta'),
    cells: ['Costs!E4'],
    code: 'UNKNOWN_MUNICIPALITY',
  },
  {
    name: 'unknown DependsOn',
    plant: (b) => setCell(b, 'Proposals', 'K3', 'P9'),
    cells: ['Proposals!K3'],
    code: 'UNKNOWN_PROPOSAL',
  },
  {
    name: 'dependency cycle',
    plant: (b) => setCell(b, 'Proposals', 'K2', 'P2'),
    cells: ['Proposals!K'],
    code: 'DEPENDENCY_CYCLE',
  },
  {
    name: 'score above ScoreMax',
    plant: (b) => setCell(b, 'Scores', 'C2', 7),
    cells: ['Scores!C2'],
    code: 'OUT_OF_RANGE',
  },
  {
    name: 'score for an unknown proposal',
    plant: (b) => setCell(b, 'Scores', 'A3', 'P7'),
    cells: ['Scores!A3'],
    code: 'UNKNOWN_PROPOSAL',
  },
  {
    name: 'bad date',
    plant: (b) => setCell(b, 'Systems', 'F2', '31.13.2027'),
    cells: ['Systems!F2'],
    code: 'NOT_A_DATE',
  },
  {
    name: 'cooperation level out of 1–5',
    plant: (b) => setCell(b, 'Systems', 'G2', 7),
    cells: ['Systems!G2'],
    code: 'OUT_OF_RANGE',
  },
  {
    name: 'duplicate budget year',
    plant: (b) => setCell(b, 'Budget', 'A3', 2026),
    cells: ['Budget!A3'],
    code: 'DUPLICATE',
  },
  {
    name: 'missing required column',
    plant: (b) => dropColumn(b, 'Costs', 'Amount'),
    cells: ['Costs'],
    code: 'MISSING_COLUMN',
  },
  {
    name: 'bad RoundTo',
    plant: (b) => setCell(b, 'Settings', 'B4', 0.5),
    cells: ['Settings!B4'],
    code: 'UNKNOWN_SETTING_VALUE',
  },
  {
    name: 'StandAlone missing for a participant of a standalone item',
    plant: (b) => b.StandAlone?.rows.pop(),
    cells: ['Costs!D5'],
    code: 'STANDALONE_MISSING',
  },
  {
    name: 'StandAlone naming no cost item',
    plant: (b) => setCell(b, 'StandAlone', 'A2', 'Unknown item'),
    cells: ['StandAlone!A2'],
    code: 'UNKNOWN_ITEM',
  },
  {
    name: 'all-zero key weights',
    plant: (b) => {
      setCell(b, 'Municipalities', 'E2', 0);
      setCell(b, 'Municipalities', 'E3', 0);
    },
    // The item that cannot be split, by its name's cell.
    cells: ['Costs!A4'],
    code: 'ZERO_WEIGHTS',
  },
  {
    name: 'mandatory proposal over budget',
    plant: (b) => setCell(b, 'Proposals', 'D4', 900_000),
    cells: ['Budget!B'],
    code: 'BUDGET_SHORT',
  },
  {
    name: 'not a boolean',
    plant: (b) => setCell(b, 'Proposals', 'L2', 'perhaps'),
    cells: ['Proposals!L2'],
    code: 'NOT_BOOLEAN',
  },
  {
    name: 'lifetime of 0 years',
    plant: (b) => setCell(b, 'Proposals', 'G2', 0),
    cells: ['Proposals!G2'],
    code: 'OUT_OF_RANGE',
  },
  {
    name: 'criterion weight 0',
    plant: (b) => setCell(b, 'Criteria', 'B2', 0),
    cells: ['Criteria!B2'],
    code: 'NOT_POSITIVE',
  },
  {
    name: 'duplicate proposal ID',
    plant: (b) => setCell(b, 'Proposals', 'A3', 'P1'),
    cells: ['Proposals!A3'],
    code: 'DUPLICATE',
  },
  {
    name: 'fractional year',
    plant: (b) => setCell(b, 'Costs', 'F3', 2026.5),
    cells: ['Costs!F3'],
    code: 'NOT_WHOLE',
  },
  {
    name: 'unknown language setting',
    plant: (b) => b.Settings?.rows.push(['Language', 'de']),
    cells: ['Settings!B6'],
    code: 'UNKNOWN_SETTING_VALUE',
  },
  {
    name: 'blank municipality name',
    plant: (b) => setCell(b, 'Municipalities', 'A4', null),
    cells: ['Municipalities!A4'],
    code: 'REQUIRED',
  },
  {
    name: 'three defects in three tables, all reported',
    plant: (b) => {
      setCell(b, 'Municipalities', 'C2', 'lots');
      setCell(b, 'Costs', 'C3', 'weekly');
      setCell(b, 'Criteria', 'B3', { error: '#DIV/0!' });
    },
    cells: ['Municipalities!C2', 'Costs!C3', 'Criteria!B3'],
    code: 'NOT_A_NUMBER',
  },
];

interface ErrorJson {
  readonly code: string;
  readonly cell: string;
  readonly message: string;
}

describe('samkost run on bad workbooks', () => {
  const folder = temporaryFolder('samkost-bad-');
  afterAll(folder.remove);

  it('runs the valid base cleanly (so every failure below is the planted defect)', async () => {
    const file = path.join(folder.dir, 'base.xlsx');
    await writeBook(validBook(), file);
    const ran = await runCli(['run', file, '--json'], folder.dir);
    expect(ran.stderr).toBe('');
    expect(ran.status).toBe(0);
    expect(existsSync(path.join(folder.dir, 'base.samkost.xlsx'))).toBe(true);
  });

  it.each(CASES.map((c, i) => [c.name, c, i] as const))('%s', async (_, c, index) => {
    const book = validBook();
    c.plant(book);
    const file = path.join(folder.dir, `bad${index}.xlsx`);
    await writeBook(book, file);
    const ran = await runCli(['run', file, '--json'], folder.dir);
    expect(ran.status).toBe(2);
    const json = JSON.parse(ran.stdout) as { errors: ErrorJson[]; notices: unknown[] };
    const errors = json.errors;
    expect(json.notices).toEqual([]); // nothing written, so nothing to say about where it went
    for (const cell of c.cells) {
      expect(errors.map((e) => e.cell).filter((found) => found.startsWith(cell))).not.toEqual([]);
    }
    expect(errors.map((e) => e.code).some((code) => code.includes(c.code))).toBe(true);
    for (const e of errors) expect(e.message).not.toBe('');
    expect(existsSync(path.join(folder.dir, `bad${index}.samkost.xlsx`))).toBe(false);
  });

  it('prints the problems on stderr, one per line with its cell, without --json', async () => {
    const book = validBook();
    setCell(book, 'Costs', 'B2', -1);
    const file = path.join(folder.dir, 'plain.xlsx');
    await writeBook(book, file);
    const ran = await runCli(['run', file], folder.dir);
    expect(ran.status).toBe(2);
    expect(ran.stdout).toBe('');
    expect(ran.stderr).toContain('Costs!B2');
    expect(ran.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});
