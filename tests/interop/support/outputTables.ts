/**
 * The output tables as LibreOffice reads them, turned into the contract JSON's entries (§8), so
 * they can be compared with `samkost run --json`. Columns are taken by position, as the engine
 * lays them out; headers are localised, so only the municipality and item columns are read by
 * their header.
 */
import type { ContractJson } from '../../../src/engine/result';
import { OUTPUT_TEXT } from '../../../src/i18n/outputs';
import { LANGUAGES } from '../../../src/i18n/language';
import type { TableLocation } from './packageTables';

/** A table's cells as LibreOffice wrote them: the header row, then the body. */
export interface TableCells {
  readonly headers: readonly string[];
  readonly body: readonly (readonly string[])[];
}

/** The cells of `table` cut from its sheet's CSV rows. */
export function cellsOf(
  table: TableLocation,
  sheetRows: readonly (readonly string[])[],
): TableCells {
  const cut = sheetRows
    .slice(table.row, table.row + table.rows)
    .map((row) =>
      Array.from({ length: table.columns.length }, (_, c) => row[table.column + c] ?? ''),
    );
  const [headers = [], ...body] = cut;
  return { headers, body };
}

const number = (cell: string): number => {
  // LibreOffice writes values as stored: plain digits, a point for decimals, no grouping.
  if (!/^-?\d+(\.\d+)?(E[-+]?\d+)?$/i.test(cell)) throw new Error(`not a number: "${cell}"`);
  return Number(cell);
};

/** A money column's header without the currency the engine adds to it (`Vennesla (NOK)`). */
const withoutCurrency = (header: string): string => header.replace(/ \([^()]*\)$/, '');

const SOURCES: ReadonlySet<string> = new Set(['cost', 'system', 'proposal']);

/** Allocation: Item, Title, Source, Kind, Key, Amount, one column per municipality. */
export function allocationEntries(cells: TableCells): ContractJson['allocation'] {
  const municipalities = cells.headers.slice(6).map(withoutCurrency);
  return cells.body
    .filter((row) => SOURCES.has(row[2] ?? ''))
    .flatMap((row) =>
      municipalities.flatMap((municipality, m) => {
        const cell = row[6 + m] ?? '';
        if (cell === '') return []; // not a participant
        return [
          {
            item: row[0] ?? '',
            source: row[2] as 'cost' | 'system' | 'proposal',
            kind: row[3] as 'one-off' | 'annual',
            municipality,
            amount: number(cell),
          },
        ];
      }),
    );
}

/**
 * AllocationTotals (under Allocation, with its columns): the one-off and annual rows, as each
 * municipality's sum per kind, in cents (the per-inhabitant row is a rate, not a sum).
 */
export function allocationTotalCents(cells: TableCells): Record<string, number> {
  const municipalities = cells.headers.slice(6).map(withoutCurrency);
  return Object.fromEntries(
    cells.body
      .slice(0, 2)
      .flatMap((row) =>
        municipalities.map((municipality, m) => [
          `${row[3] ?? ''} ${municipality}`,
          Math.round(number(row[6 + m] ?? '') * 100),
        ]),
      ),
  );
}

/** PcCharges: Municipality, PCs, one column per item, Total, Per PC; the first row the rates. */
export function pcChargeEntries(cells: TableCells): ContractJson['pcCharges'] {
  const items = cells.headers.slice(2, -2).map(withoutCurrency);
  const [rates = [], ...municipalities] = cells.body;
  return municipalities.flatMap((row) =>
    items.flatMap((item, i) => {
      const cell = row[2 + i] ?? '';
      if (cell === '') return [];
      return [
        {
          item,
          municipality: row[0] ?? '',
          amount: number(cell),
          ratePerPc: number(rates[2 + i] ?? ''),
        },
      ];
    }),
  );
}

const YES: ReadonlySet<string> = new Set(LANGUAGES.map((l) => OUTPUT_TEXT[l]['label.yes']));
const NO: ReadonlySet<string> = new Set(LANGUAGES.map((l) => OUTPUT_TEXT[l]['label.no']));

/**
 * Priorities: ID, Title, Score, Rank, Scorers, Spread, NPV, BCR, Payback, Funded, Start year,
 * RankBest, RankWorst.
 */
export function priorityEntries(cells: TableCells): ContractJson['priorities'] {
  return cells.body.map((row) => {
    const funded = row[9] ?? '';
    if (!YES.has(funded) && !NO.has(funded)) throw new Error(`Funded is "${funded}"`);
    const start = row[10] ?? '';
    return {
      id: row[0] ?? '',
      score: number(row[2] ?? ''),
      rank: number(row[3] ?? ''),
      spread: number(row[5] ?? ''),
      npv: number(row[6] ?? ''),
      funded: YES.has(funded),
      startYear: start === '' ? null : number(start),
      rankBest: (row[11] ?? '') === '' ? null : number(row[11] ?? ''),
      rankWorst: (row[12] ?? '') === '' ? null : number(row[12] ?? ''),
    };
  });
}

/** RiskFlags: Scope, Subject, Code, Severity, Message, Cell. */
export function riskFlagEntries(cells: TableCells): ContractJson['riskFlags'] {
  return cells.body.map((row) => ({
    scope: row[0] as ContractJson['riskFlags'][number]['scope'],
    subject: row[1] ?? '',
    code: row[2] as ContractJson['riskFlags'][number]['code'],
    severity: row[3] as ContractJson['riskFlags'][number]['severity'],
    cell: row[5] ?? '',
  }));
}
