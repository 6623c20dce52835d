/**
 * Which share a selected Allocation cell shows, against the run that wrote it: every share cell
 * back to its municipality and line (whose explanation gives that very figure), in Norwegian and
 * English headers; nothing for a cell that is not a share, a totals row, a blank, or a table
 * another run wrote.
 */
import { explainShare } from '../../src/engine/explain';
import { money } from '../../src/engine/outputs/numbers';
import { runEngine, type Allocated } from '../../src/engine/run';
import type { OutputTable, OutputValue, TableSheet } from '../../src/engine/table';
import type { Language } from '../../src/i18n/language';
import { FakeWorkbook } from '../../src/preview/fakeExcel';
import { TIE_ITEM, tieSample } from '../../src/samples/tieSample';
import { shareAt, type CurrentResults } from '../../src/taskpane/services/allocationShare';
import type { AllocationCell } from '../../src/workbook/excel';
import { excelWorkbook } from '../../src/workbook/excel';
import { newXlsx } from '../../src/workbook/xlsx';
import { highsSolver } from '../support/highs';

jest.setTimeout(60_000);

/** The tie sample with a course split equally between Alfa and Beta, bought in two years. */
const SHEETS: readonly TableSheet[] = tieSample.map((sheet) =>
  sheet.tableName !== 'Costs'
    ? sheet
    : {
        ...sheet,
        rows: [
          ...sheet.rows,
          ['Kurs', 900, 'one-off', 'equal', 'Alfa; Beta', 2026],
          ['Kurs', 600, 'one-off', 'equal', 'Alfa; Beta', 2027],
        ],
      },
);

async function run(
  language: Language,
  sheets = SHEETS,
): Promise<{ results: CurrentResults; allocated: Allocated; allocation: OutputTable }> {
  let allocated: Allocated | null = null;
  const result = runEngine(await newXlsx(sheets).readTables(), {
    language,
    today: { year: 2026, month: 5, day: 1 },
    solver: await highsSolver(),
    onAllocated: (a) => (allocated = a),
  });
  const allocation = result.ok ? result.outputs.find((o) => o.name === 'Allocation') : undefined;
  if (!result.ok || !allocated || !allocation) throw new Error('the sample did not run');
  return { results: result, allocated, allocation };
}

/** The cell at (row, column) of `table` as the adapter reads it from the written table. */
const cellOf = (
  table: Pick<OutputTable, 'headers' | 'rows'>,
  row: number,
  column: number,
): AllocationCell => ({
  headers: table.headers,
  row: table.rows[row] ?? [],
  column,
  position: row,
});

describe('shareAt', () => {
  it.each(['nb', 'en'] as const)(
    'maps every share cell (%s headers) to its municipality and line, which explains its figure',
    async (language) => {
      const { results, allocated, allocation } = await run(language);
      expect(allocation.headers[0]).toBe(language === 'nb' ? 'Post' : 'Item');
      const names = results.summary.municipalities.map((m) => m.name);
      let shares = 0;
      allocated.lines.forEach((line, index) => {
        names.forEach((municipality, m) => {
          const share = shareAt(results, cellOf(allocation, index, 6 + m));
          const units = line.shares.get(municipality);
          if (units === undefined) {
            // A blank: the municipality takes no part in the line.
            expect(share).toBeNull();
            return;
          }
          shares += 1;
          const figure = allocation.rows[index]?.[6 + m];
          expect(share).toEqual({ municipality, line: index, item: line.item, figure });
          const explained = explainShare(allocated, index);
          const own = explained.participants.find((p) => p.name === municipality);
          expect(money(own?.share ?? -1n, allocated.workbook.settings.roundTo)).toBe(figure);
        });
      });
      expect(shares).toBe(4 + 2 + 2);
    },
  );

  it('finds nothing in a column that is no share: Item, Title, Source, Kind, Key, Amount', async () => {
    const { results, allocation } = await run('nb');
    for (const column of [0, 1, 2, 3, 4, 5]) {
      expect(shareAt(results, cellOf(allocation, 0, column))).toBeNull();
    }
  });

  it('finds nothing in a totals row, even one whose figures are a line’s', async () => {
    const { results, allocation } = await run('nb');
    // Wherever the totals go (in the body or a table of their own), a row whose Item is no line
    // is none: "Sum årlig" with the one annual line's figures, and a row typed by the user.
    const licence = allocation.rows[0] ?? [];
    const written = {
      headers: allocation.headers,
      rows: [
        ['Sum årlig', null, null, 'annual', null, ...licence.slice(5)],
        ['Min egen sum', null, 'cost', 'annual', null, ...licence.slice(5)],
      ],
    };
    for (const row of [0, 1]) expect(shareAt(results, cellOf(written, row, 6))).toBeNull();
  });

  it('follows a line sorted elsewhere by its Item, Source and Kind; twins only in their place', async () => {
    const { results, allocation } = await run('en');
    const [licence = [], course2026 = [], course2027 = []] = allocation.rows;
    const reversed = { headers: allocation.headers, rows: [course2027, course2026, licence] };
    expect(shareAt(results, cellOf(reversed, 2, 8))).toEqual({
      municipality: 'Beta',
      line: 0,
      item: TIE_ITEM,
      figure: 1111.12,
    });
    // The courses share Item, Source and Kind: in its own place a course reads...
    expect(shareAt(results, cellOf(reversed, 1, 6))).toEqual({
      municipality: 'Alfa',
      line: 1,
      item: 'Kurs',
      figure: 450,
    });
    // ...but swapped, each shows the other's figure in its place, and neither is explained.
    const swapped = { headers: allocation.headers, rows: [licence, course2027, course2026] };
    expect(shareAt(results, cellOf(swapped, 1, 6))).toBeNull();
    expect(shareAt(results, cellOf(swapped, 2, 6))).toBeNull();
  });

  it('finds nothing in a table another run wrote: other headers, other figures, other lines', async () => {
    const { results } = await run('nb');
    const english = (await run('en')).allocation;
    expect(shareAt(results, cellOf(english, 0, 6))).toBeNull();

    const dearer = SHEETS.map((sheet) =>
      sheet.tableName !== 'Costs'
        ? sheet
        : {
            ...sheet,
            rows: sheet.rows.map((r, i) => (i === 0 ? [r[0] ?? null, 12_000, ...r.slice(2)] : r)),
          },
    );
    const older = (await run('nb', dearer)).allocation;
    expect(shareAt(results, cellOf(older, 0, 6))).toBeNull();
    // The courses did not change: their shares still read.
    expect(shareAt(results, cellOf(older, 1, 6))).toEqual({
      municipality: 'Alfa',
      line: 1,
      item: 'Kurs',
      figure: 450,
    });

    const renamed: OutputValue[][] = older.rows.map((row) => [...row]);
    (renamed[1] ?? [])[0] = 'Kurs for ledere';
    expect(shareAt(results, cellOf({ headers: older.headers, rows: renamed }, 1, 6))).toBeNull();
  });

  it('reads a cell of the table as the Excel adapter wrote it and reads it back', async () => {
    const { results } = await run('nb');
    const book = FakeWorkbook.fromTableSheets(SHEETS);
    const workbook = excelWorkbook(book.run);
    await workbook.writeOutputs(results.outputs);
    // Beta's column (I) on the first course's row (3).
    book.userSelects('Fordeling', 'I3');
    const cell = await workbook.allocationCell();
    expect(cell && shareAt(results, cell)).toEqual({
      municipality: 'Beta',
      line: 1,
      item: 'Kurs',
      figure: 450,
    });
  });
});
