/**
 * The hostile suite through the adapter: each file ends in the WorkbookFileError a user is told
 * about, or is read exactly. (The command line's handling of the same files: tests/cli.)
 */
import type { Cell, InputTable, WorkbookTables } from '../../../src/engine/table';
import { WorkbookFileError } from '../../../src/workbook/fileErrors';
import { openXlsx } from '../../../src/workbook/xlsx';
import { MAX_CELLS } from '../../../src/workbook/xlsx/readTables';
import { ZIP_LIMITS } from '../../../src/workbook/xlsx/zip';
import { writeHostileFiles } from '../../fixtures/hostile/build';
import { temporaryFolder } from './fixtures';

const folder = temporaryFolder('samkost-hostile-');
let files = new Map<string, string>();
beforeAll(() => {
  files = writeHostileFiles(folder.dir);
}, 120_000);
afterAll(() => folder.remove());

const fileOf = (name: string): string => {
  const file = files.get(name);
  if (!file) throw new Error(`no hostile file ${name}`);
  return file;
};

async function read(name: string): Promise<WorkbookTables> {
  return (await openXlsx(fileOf(name))).readTables();
}

/** The WorkbookFileError reading `name` ends in (as code and params). */
async function failure(name: string): Promise<{ code: string; params: object }> {
  try {
    await read(name);
  } catch (error) {
    if (error instanceof WorkbookFileError) return { code: error.code, params: error.params };
    throw error;
  }
  throw new Error(`${name} was read without an error`);
}

const values = (table: InputTable | undefined): unknown[][] =>
  (table?.rows ?? []).map((row) => row.map((cell: Cell) => cell.value));
const headerTexts = (table: InputTable | undefined): unknown[] =>
  (table?.headers ?? []).map((cell) => cell.value);

const MUNICIPALITIES = [
  ['Vennesla', 12703, 900],
  ['Iveland', 'many', 80],
  ['Lillesand', 11000, 700],
];

describe('ranges are cut to their last non-empty cell', () => {
  test('a table whose ref is A1:XFD1048576 is read as the cells it holds', async () => {
    const tables = await read('whole-sheet-table-ref.xlsx');
    expect(headerTexts(tables.Municipalities)).toEqual(['Kommune', 'Innbyggere', 'Antall PC']);
    expect(values(tables.Municipalities)).toEqual(MUNICIPALITIES);
    expect(tables.Municipalities?.rows[1]?.[1]?.address).toBe('Kommuner!B3');
  });

  test('a blank but styled cell at XFD1048576 does not widen a fallback sheet', async () => {
    const tables = await read('styled-blank-at-XFD1048576.xlsx');
    expect(tables.Municipalities?.headers.map((h) => h.address)).toEqual([
      'Municipalities!A1',
      'Municipalities!B1',
      'Municipalities!C1',
    ]);
    expect(values(tables.Municipalities)).toEqual(MUNICIPALITIES);
  });
});

describe('large valid tables are read whole', () => {
  test('130,000 municipalities', async () => {
    const tables = await read('municipalities-130000-rows.xlsx');
    const rows = tables.Municipalities?.rows ?? [];
    expect(rows).toHaveLength(130_000);
    expect(rows[129_999]?.map((c) => c.value)).toEqual([
      'Kommune 130000',
      1000 + (129_999 % 5000),
      10 + (129_999 % 90),
    ]);
    expect(rows[129_999]?.[2]?.address).toBe('Kommuner!C130001');
    expect(values(tables.Costs)).toEqual([
      ['Post 1', 100],
      ['Post 2', 101],
    ]);
  });

  test('130,000 cost items', async () => {
    const tables = await read('costs-130000-rows.xlsx');
    expect(tables.Costs?.rows).toHaveLength(130_000);
    expect(tables.Costs?.rows[129_999]?.map((c) => c.value)).toEqual([
      'Post 130000',
      100 + (129_999 % 1000),
    ]);
    expect(tables.Municipalities?.rows).toHaveLength(7);
  });
});

test('a workbook with a chart, an image, a comment and a conditional format is read', async () => {
  const tables = await read('chart-image-comment-format.xlsx');
  expect(headerTexts(tables.Municipalities)).toEqual(['Kommune', 'Innbyggere', 'Antall PC']);
  expect(values(tables.Municipalities)).toEqual([
    ['Kommune 1', 1000, 10],
    ['Kommune 2', 1001, 11],
    ['Kommune 3', 1002, 12],
  ]);
});

describe('files Samkost will not read end in a clear error', () => {
  test.each([
    ['zip-of-a-text-file.xlsx', 'NOT_A_WORKBOOK'],
    ['random-bytes.xlsx', 'NOT_A_WORKBOOK'],
    ['truncated.xlsx', 'NOT_A_WORKBOOK'],
  ])('%s: %s', async (name, code) => {
    expect((await failure(name)).code).toBe(code);
  });

  test('a part that inflates past its declared size (a zip bomb) is stopped there', async () => {
    expect(await failure('zip-bomb.xlsx')).toEqual({
      code: 'PART_TOO_LARGE',
      params: { part: 'xl/worksheets/sheet1.xml', limit: 1024 },
    });
  });

  test('a part over the part cap is refused before it is inflated', async () => {
    expect(await failure('giant-shared-string.xlsx')).toEqual({
      code: 'PART_TOO_LARGE',
      params: { part: 'xl/sharedStrings.xml', limit: ZIP_LIMITS.partBytes },
    });
  });

  test('a zip with more entries than the cap', async () => {
    expect(await failure('too-many-parts.xlsx')).toEqual({
      code: 'TOO_MANY_PARTS',
      params: { limit: ZIP_LIMITS.entries },
    });
  });

  test('two tables whose names differ only in case are named both', async () => {
    expect(await failure('tables-differing-in-case.xlsx')).toEqual({
      code: 'DUPLICATE_TABLE',
      params: { first: 'Costs', second: 'COSTS' },
    });
  });

  test.each([
    ['malformed-sheet.xlsx', 'unexpected close tag.'],
    ['deeply-nested.xlsx', 'nested deeper than 128'],
    ['billion-laughs.xlsx', 'DOCTYPE'],
  ])('%s is a bad part, named', async (name, reason) => {
    expect(await failure(name)).toEqual({
      code: 'BAD_PART',
      params: { part: 'xl/worksheets/sheet1.xml', reason },
    });
  });

  test('more non-empty cells than the cap', async () => {
    expect(await failure('too-many-cells.xlsx')).toEqual({
      code: 'TOO_MANY_CELLS',
      params: { limit: MAX_CELLS },
    });
  }, 60_000);
});
