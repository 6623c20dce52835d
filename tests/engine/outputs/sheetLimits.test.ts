/**
 * An output that an Excel sheet cannot hold (more than 16,384 columns or 1,048,576 rows) is a
 * problem of the run, named in the user's language, and nothing is written: the CLI exits 2 and
 * the pane lists it, rather than a write failing half way.
 */
import { MAX_SHEET_COLUMNS } from '../../../src/engine/outputs/sheetLimits';
import { runEngine } from '../../../src/engine/run';
import { workbookTables } from '../parse/tableBuilder';

const TODAY = { year: 2026, month: 11, day: 28 } as const;

/** A workbook with `count` municipalities and one shared cost line. */
function withMunicipalities(count: number): ReturnType<typeof workbookTables> {
  return workbookTables({
    Municipalities: [
      ['Municipality', 'Population', 'PCs'],
      ...Array.from({ length: count }, (_, i) => [`M${i}`, 100 + i, 10]),
    ],
    Costs: [
      ['Item', 'Amount', 'Key'],
      ['Shared platform', 1_000_000, 'population'],
    ],
  });
}

// Allocation's columns: Item, Title, Source, Kind, Key, Amount, then one per municipality.
const FIXED_COLUMNS = 6;

describe('outputs an Excel sheet cannot hold', () => {
  it('refuses an Allocation one column wider than a sheet, naming the table and the limit', () => {
    const result = runEngine(withMunicipalities(MAX_SHEET_COLUMNS - FIXED_COLUMNS + 1), {
      language: 'en',
      today: TODAY,
      solver: null,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const wide = result.problems.filter((p) => p.code === 'OUTPUT_TOO_WIDE');
    expect(wide.map((p) => [p.params['table'], p.cell])).toContainEqual([
      'Allocation',
      'Municipalities',
    ]);
    expect(wide[0]?.message).toContain('16,385 columns');
    expect(wide[0]?.message).toContain('16,384');
  });

  it('writes an Allocation exactly as wide as a sheet', () => {
    const result = runEngine(withMunicipalities(MAX_SHEET_COLUMNS - FIXED_COLUMNS), {
      language: 'en',
      today: TODAY,
      solver: null,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const allocation = result.outputs.find((o) => o.name === 'Allocation');
    expect(allocation?.headers).toHaveLength(MAX_SHEET_COLUMNS);
  });
});
