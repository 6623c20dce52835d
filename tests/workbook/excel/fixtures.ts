/** Workbooks and outputs for the Office.js adapter's tests (run against the fake Excel). */
import type { OutputTable, TableSheet } from '../../../src/engine/table';
import type { FakeWorkbook } from '../../../src/preview/fakeExcel';

/** A small cooperation as a finance officer would type it, on localised sheet names. */
export const INPUT_SHEETS: readonly TableSheet[] = [
  {
    tableName: 'Municipalities',
    sheetName: 'Kommuner',
    headers: ['Kommune', 'Innbyggere', 'PC-er'],
    rows: [
      ['Arendal', 45672, 2100],
      ['Grimstad', 24334, 1150],
      ['Risør', 6800, 310],
    ],
  },
  {
    tableName: 'Costs',
    sheetName: 'Kostnader',
    headers: ['Post', 'Beløp', 'Nøkkel'],
    rows: [
      ['Nettverk', 1200000, 'innbyggere'],
      ['Servicedesk', '1 234,50', '20% equal + 80% population'],
    ],
  },
  {
    tableName: 'Settings',
    sheetName: 'Innstillinger',
    headers: ['Setting', 'Value'],
    rows: [
      ['Currency', 'NOK'],
      ['RoundTo', 1],
    ],
  },
];

/** A Costs table of `rows` rows (for the round-trip counts at scale). */
export function costsSheet(rows: number): TableSheet {
  return {
    tableName: 'Costs',
    sheetName: 'Kostnader',
    headers: ['Item', 'Amount', 'Kind', 'Key', 'Participants', 'Year'],
    rows: Array.from({ length: rows }, (_, i) => [
      `Item ${i + 1}`,
      1000 + i,
      i % 2 === 0 ? 'annual' : 'one-off',
      'population',
      'Arendal; Grimstad',
      2026,
    ]),
  };
}

/** Outputs as the engine would write them, with `rows` allocation rows. */
export function outputs(rows = 3, label = 'run'): OutputTable[] {
  return [
    {
      name: 'Allocation',
      sheetName: 'Fordeling',
      headers: ['Item', 'Source', 'Kind', 'Key', 'Amount', 'Arendal', 'Grimstad', 'Risør'],
      formats: ['text', 'text', 'text', 'text', 'currency', 'currency', 'currency', 'currency'],
      rows: Array.from({ length: rows }, (_, i) => [
        `${label} item ${i + 1}`,
        'cost',
        'annual',
        'population',
        100 + i,
        60 + i,
        30,
        10,
      ]),
    },
    {
      name: 'RiskFlags',
      sheetName: 'Risikoflagg',
      headers: ['Scope', 'Subject', 'Code', 'Severity', 'Message', 'Cell'],
      formats: ['text', 'text', 'text', 'text', 'text', 'text'],
      rows: [
        [
          'municipality',
          'Risør',
          'BUDGET_EXCEEDED',
          'high',
          `${label}: over budget`,
          'Kommuner!A4',
        ],
        ['proposal', 'P-1', 'NO_OWNER', 'medium', 'no owner', 'Proposals!C2'],
      ],
      sources: ['Kommuner!A4', 'Proposals!C2'],
    },
    {
      name: 'Totals',
      sheetName: 'Totaler',
      headers: ['Municipality', 'Cost', 'System', 'Proposal', 'Total'],
      formats: ['text', 'currency', 'currency', 'currency', 'currency'],
      rows: [
        ['Arendal', 60, 0, 0, 60],
        ['Grimstad', 30, 0, 0, 30],
        ['Risør', 10, 0, 0, 10],
      ],
    },
  ];
}

/** Type `values` into `sheet` from `address` as the user would, optionally as a table. */
export async function typeCells(
  book: FakeWorkbook,
  sheet: string,
  address: string,
  values: (string | number)[][],
  table?: string,
): Promise<void> {
  await book.run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    const range = worksheet.getRange(address);
    range.values = values;
    if (table) worksheet.tables.add(range, true).name = table;
    await context.sync();
  });
}

/** A Frontier output (contract v1.1 §11) as the engine writes it; one factor too small to fund. */
export function frontier(label = 'run'): OutputTable {
  return {
    name: 'Frontier',
    sheetName: 'Grense',
    headers: ['Faktor', 'Investering (NOK)', 'Poeng', 'Engangs finansiert (NOK)', 'Forslag', label],
    formats: ['percent', 'currency', 'decimal', 'currency', 'integer', 'text'],
    rows: [
      [0.25, 250, null, null, null, null],
      [1, 1000, 7.5, 900, 2, 'ja'],
      [2, 2000, 9, 1900, 3, 'ja'],
    ],
  };
}

/** `outputs(rows, label)` with Allocation's totals under it, as the engine writes them. */
export function outputsWithTotals(rows = 3, label = 'run'): OutputTable[] {
  return outputs(rows, label).map((output) =>
    output.name === 'Allocation'
      ? {
          ...output,
          footer: {
            name: 'AllocationTotals',
            headers: output.headers,
            formats: output.formats,
            rows: [
              [`${label} one-off`, null, 'one-off', null, 0, 0, 0, 0],
              [
                `${label} annual`,
                null,
                'annual',
                null,
                100 * rows,
                60 * rows,
                30 * rows,
                10 * rows,
              ],
            ],
          },
        }
      : output,
  );
}
