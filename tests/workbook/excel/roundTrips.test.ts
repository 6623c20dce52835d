/**
 * The adapter's round trips are a fixed number whatever the size (10 rows or 10,000), and a
 * request that would pass the payload budget is split into an extra sync, never lost.
 */
import { FakeWorkbook } from '../../../src/preview/fakeExcel';
import { countingRun, excelWorkbook } from '../../../src/workbook/excel';
import { costsSheet, frontier, INPUT_SHEETS, outputs } from './fixtures';

async function syncsToRead(
  rows: number,
  payloadBudget?: number,
  responseLimit?: number,
): Promise<number> {
  const book = FakeWorkbook.fromTableSheets([...INPUT_SHEETS.slice(0, 1), costsSheet(rows)]);
  if (responseLimit !== undefined) book.responseLimit = responseLimit;
  const counted = countingRun(book.run);
  const tables = await excelWorkbook(counted.run, { payloadBudget }).readTables();
  expect(tables.Costs?.rows).toHaveLength(rows);
  expect(tables.Costs?.rows[rows - 1]?.[0]?.value).toBe(`Item ${rows}`);
  return counted.syncs();
}

/** Syncs of a first write and of a second one (on a host with every set, or ExcelApi 1.7). */
async function syncsToWrite(rows: number, everySet = true): Promise<[number, number]> {
  const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS);
  const counted = countingRun(book.run);
  const workbook = excelWorkbook(counted.run, { isSetSupported: () => everySet });
  await workbook.writeOutputs(outputs(rows));
  const first = counted.syncs();
  await workbook.writeOutputs(outputs(rows, 'again'));
  const allocation = book.sheet('Fordeling');
  expect(allocation?.values).toHaveLength(rows + 1);
  expect(allocation?.values[rows]?.[0]).toBe(`again item ${rows}`);
  return [first, counted.syncs() - first];
}

describe('round trips', () => {
  it('reads 10 and 10,000 rows in the same two syncs', async () => {
    expect(await syncsToRead(10)).toBe(2);
    expect(await syncsToRead(10_000)).toBe(2);
  });

  // One to survey and one to build and swap; rewriting in place keeps the old table in one more.
  it('writes 10 and 10,000 rows in the same syncs: 2, and 3 to rewrite tables in place', async () => {
    expect(await syncsToWrite(10)).toEqual([2, 2]);
    expect(await syncsToWrite(10_000)).toEqual([2, 2]);
    expect(await syncsToWrite(10, false)).toEqual([2, 3]);
    expect(await syncsToWrite(10_000, false)).toEqual([2, 3]);
  });

  it('writes the frontier’s chart within the same syncs, also beside a user’s chart', async () => {
    const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS);
    const counted = countingRun(book.run);
    const workbook = excelWorkbook(counted.run, { isSetSupported: () => true });
    await workbook.writeOutputs([...outputs(), frontier()]);
    expect(counted.syncs()).toBe(2);
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Grense');
      sheet.charts.add('Pie', sheet.getRange('C1:C4'), 'Auto');
      await context.sync();
    });
    await workbook.writeOutputs([...outputs(), frontier()]);
    expect(counted.syncs()).toBe(2 + 3);
    expect(book.sheet('Grense')?.charts).toBe(2);
  });

  it('reads in blocks of the payload budget when Excel refuses the whole read', async () => {
    // 2,000 rows weigh about 140 kB, over a 100 kB limit: refused whole, then measured and read
    // in blocks estimated at 16 bytes a cell against a 50 kB budget (2,000 × 6 × 16 ≈ 192 kB).
    expect(await syncsToRead(2_000, 50_000, 100_000)).toBeGreaterThan(2 + 4);
    // Under the limit the budget plays no part: the whole read is one response.
    expect(await syncsToRead(2_000, 50_000)).toBe(2);
  });

  it('reads again in halves what Excel on the web refuses as too large, losing nothing', async () => {
    const sheets = [...INPUT_SHEETS.slice(0, 1), costsSheet(2_000)];
    const unlimited = FakeWorkbook.fromTableSheets(sheets);
    unlimited.responseLimit = null;
    const expected = await excelWorkbook(unlimited.run).readTables();
    expect(unlimited.syncCount).toBe(2);

    const limited = FakeWorkbook.fromTableSheets(sheets);
    // About a sixth of what the costs weigh: the whole read is refused, then the blocks' one
    // estimated request, which is halved until each part fits.
    limited.responseLimit = 20_000;
    const counted = countingRun(limited.run);
    await expect(excelWorkbook(counted.run).readTables()).resolves.toEqual(expected);
    expect(counted.syncs()).toBeGreaterThan(3);
  });

  it('says a read is too large when even one row is refused', async () => {
    const [wide] = costsSheet(1).rows;
    if (!wide) throw new Error('fixture');
    const costs = {
      ...costsSheet(1),
      rows: [wide.map((v, c) => (c === 4 ? 'x'.repeat(1_000) : v))],
    };
    const book = FakeWorkbook.fromTableSheets([...INPUT_SHEETS.slice(0, 1), costs]);
    // Finding and measuring the tables fits; the one costs row does not.
    book.responseLimit = 500;
    const counted = countingRun(book.run);
    await expect(excelWorkbook(counted.run).readTables()).rejects.toMatchObject({
      reason: 'tooLarge',
      code: 'ResponsePayloadSizeLimitExceeded',
    });
    expect(counted.syncs()).toBeGreaterThan(3);
  });

  it('asks about text that reads like an error value 10,000 cells a request', async () => {
    const sheet = costsSheet(10_001);
    const lookAlikes = { ...sheet, rows: sheet.rows.map((row) => ['#N/A', ...row.slice(1)]) };
    const book = FakeWorkbook.fromTableSheets([...INPUT_SHEETS.slice(0, 1), lookAlikes]);
    const counted = countingRun(book.run);
    const tables = await excelWorkbook(counted.run).readTables();
    expect(tables.Costs?.rows.every((row) => row[0]?.value === '#N/A')).toBe(true);
    expect(counted.syncs()).toBe(2 + 2);
  });

  it('splits a write that would pass the payload budget into row blocks and extra syncs', async () => {
    const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS);
    const counted = countingRun(book.run);
    await excelWorkbook(counted.run, { payloadBudget: 50_000 }).writeOutputs(outputs(3_000));
    expect(counted.syncs()).toBeGreaterThan(3);
    const values = book.sheet('Fordeling')?.values ?? [];
    expect(values).toHaveLength(3_001);
    expect(values.map((row) => row[0])).toEqual([
      'Item',
      ...Array.from({ length: 3_000 }, (_, i) => `run item ${i + 1}`),
    ]);
  });

  it('writes settings in one sync after the two reading ones', async () => {
    const book = FakeWorkbook.fromTableSheets(INPUT_SHEETS);
    const counted = countingRun(book.run);
    await excelWorkbook(counted.run).writeSettings(new Map([['Currency', 'SEK']]), 'en');
    expect(counted.syncs()).toBe(3);
  });
});
