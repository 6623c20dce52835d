/**
 * Reading the contract's input tables in three round trips whatever their size: (1) find the
 * tables and sheets, (2) measure their ranges, (3) read every range's values and value types,
 * large ones in row blocks, all queued before the same sync (more only past the payload budget).
 */
import {
  cellAddress,
  type Cell,
  type InputTable,
  type InputTableName,
  type WorkbookTables,
} from '../../engine/table';
import { cellFromExcel } from './cells';
import { PayloadBudget, READ_BYTES_PER_CELL } from './payload';
import { fallbackTable } from './fallback';

/** A range to read: its sheet, where it starts, and how big it is. */
interface Area {
  readonly worksheet: Excel.Worksheet;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** One input found: a table (header and body read apart) or a sheet's used range. */
type Source =
  | {
      readonly kind: 'table';
      readonly name: InputTableName;
      readonly tableName: string;
      readonly sheet: string;
      readonly worksheet: Excel.Worksheet;
      readonly header: Excel.Range;
      readonly body: Excel.Range;
    }
  | {
      readonly kind: 'sheet';
      readonly name: InputTableName;
      readonly sheet: string;
      readonly worksheet: Excel.Worksheet;
      readonly used: Excel.Range;
    };

const lower = (text: string): string => text.toLowerCase();

/** Round trip 1: which inputs are tables, which are sheets (the fallback), which are absent. */
async function locate(
  context: Excel.RequestContext,
  names: readonly InputTableName[],
): Promise<Source[]> {
  const tables = context.workbook.tables.load('items/name, items/worksheet/name');
  const sheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  const sources: Source[] = [];
  for (const name of names) {
    const table = tables.items.find((t) => lower(t.name) === lower(name));
    if (table) {
      const header = table.getHeaderRowRange().load('rowIndex, columnIndex, columnCount');
      const body = table.getDataBodyRange().load('rowIndex, rowCount');
      const { worksheet } = table;
      sources.push({
        kind: 'table',
        name,
        tableName: table.name,
        sheet: worksheet.name,
        worksheet,
        header,
        body,
      });
      continue;
    }
    const worksheet = sheets.items.find((s) => lower(s.name) === lower(name));
    if (worksheet) {
      const used = worksheet.getUsedRangeOrNullObject(true);
      used.load('rowIndex, columnIndex, rowCount, columnCount');
      sources.push({ kind: 'sheet', name, sheet: worksheet.name, worksheet, used });
    }
  }
  return sources;
}

/** The body's rows and the header row of a table, or the used range of a sheet. */
function areasOf(source: Source): Area[] {
  const { worksheet } = source;
  if (source.kind === 'table') {
    const { rowIndex: row, columnIndex: col, columnCount: cols } = source.header;
    return [
      { worksheet, row, col, rows: 1, cols },
      { worksheet, row: source.body.rowIndex, col, rows: source.body.rowCount, cols },
    ];
  }
  if (source.used.isNullObject) return [];
  const { rowIndex: row, columnIndex: col, rowCount: rows, columnCount: cols } = source.used;
  return [{ worksheet, row, col, rows, cols }];
}

interface Block {
  readonly area: Area;
  readonly range: Excel.Range;
}

/** Queue the value loads of an area, in row blocks that fit the budget. */
async function queueBlocks(area: Area, budget: PayloadBudget): Promise<Block[]> {
  const rowsPerBlock = Math.max(1, Math.floor(budget.limit / (area.cols * READ_BYTES_PER_CELL)));
  const blocks: Block[] = [];
  for (let start = 0; start < area.rows; start += rowsPerBlock) {
    const rows = Math.min(rowsPerBlock, area.rows - start);
    await budget.reserve(rows * area.cols * READ_BYTES_PER_CELL);
    const range = area.worksheet.getRangeByIndexes(area.row + start, area.col, rows, area.cols);
    range.load('values, valueTypes');
    blocks.push({ area: { ...area, row: area.row + start, rows }, range });
  }
  return blocks;
}

/** The cells of loaded blocks, with their addresses on `sheet`. */
function cellsOf(sheet: string, blocks: readonly Block[]): Cell[][] {
  return blocks.flatMap(({ area, range }) =>
    range.values.map((row, r) =>
      row.map((value: unknown, c) => ({
        value: cellFromExcel(value, range.valueTypes[r]?.[c]),
        address: cellAddress(sheet, area.col + c, area.row + r + 1),
      })),
    ),
  );
}

const isBlank = (row: readonly Cell[]): boolean => row.every((cell) => cell.value === null);

export interface InputsRead {
  readonly tables: WorkbookTables;
  /** The inputs found through the worksheet fallback rather than as Excel tables. */
  readonly fromSheets: ReadonlySet<InputTableName>;
}

/**
 * Read the named inputs. Tables win over sheets of the same name; a table's completely blank
 * rows (a new table's empty row) are dropped, so they raise no problems.
 */
export async function readInputTables(
  context: Excel.RequestContext,
  names: readonly InputTableName[],
  budgetLimit?: number,
): Promise<InputsRead> {
  const sources = await locate(context, names);
  await context.sync();
  const budget = new PayloadBudget(context, budgetLimit);
  const queued: { source: Source; blocks: Block[][] }[] = [];
  for (const source of sources) {
    const blocks: Block[][] = [];
    for (const area of areasOf(source)) blocks.push(await queueBlocks(area, budget));
    queued.push({ source, blocks });
  }
  await context.sync();
  const tables: Partial<Record<InputTableName, InputTable>> = {};
  const fromSheets = new Set<InputTableName>();
  for (const { source, blocks } of queued) {
    if (source.kind === 'table') {
      const [header = [], body = []] = blocks.map((b) => cellsOf(source.sheet, b));
      tables[source.name] = {
        name: source.tableName,
        sheet: source.sheet,
        headers: header[0] ?? [],
        rows: body.filter((row) => !isBlank(row)),
      };
    } else {
      const table = fallbackTable(source.sheet, cellsOf(source.sheet, blocks[0] ?? []));
      if (table) {
        tables[source.name] = table;
        fromSheets.add(source.name);
      }
    }
  }
  return { tables, fromSheets };
}
