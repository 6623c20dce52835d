/**
 * Reading the contract's input tables in two round trips whatever their size: (1) find the
 * tables and sheets, (2) read every range's place and values at once.
 *
 * Only values are read, not their types: the types would add half again to the response, and
 * they matter only for telling an error value (`#REF!`) from text that reads the same. Cells whose
 * text looks like an error value (rare) have their type read in one more round trip. Excel on the
 * web refuses a response over 5 MB; when it refuses the whole read, the ranges are measured and
 * read in row blocks estimated to fit 4 MB, and a block it still refuses (text-heavy tables
 * weigh more than the estimate) is halved and sent again: any workbook reads, at a cost in round
 * trips.
 */
import {
  cellAddress,
  isInputNamed,
  type Cell,
  type InputTable,
  type InputTableName,
  type WorkbookTables,
} from '../../engine/table';
import { cellFromExcel } from './cells';
import { officeCode } from './errors';
import { READ_BYTES_PER_CELL, REQUEST_BUDGET_BYTES, rowBlocks } from './payload';
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

/**
 * Round trip 1: which inputs are tables, which are sheets (the fallback), which are absent. The
 * ranges to read are made, not yet loaded.
 */
async function locate(
  context: Excel.RequestContext,
  names: readonly InputTableName[],
): Promise<Source[]> {
  const tables = context.workbook.tables.load('items/name, items/worksheet/name');
  const sheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  const sources: Source[] = [];
  for (const name of names) {
    const table = tables.items.find((t) => isInputNamed(t.name, name));
    if (table) {
      const header = table.getHeaderRowRange();
      const body = table.getDataBodyRange();
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
    const worksheet = sheets.items.find((s) => isInputNamed(s.name, name));
    if (worksheet) {
      const used = worksheet.getUsedRangeOrNullObject(true);
      sources.push({ kind: 'sheet', name, sheet: worksheet.name, worksheet, used });
    }
  }
  return sources;
}

/** The ranges a source is read from: a table's header row and body, or a sheet's used range. */
const rangesOf = (source: Source): Excel.Range[] =>
  source.kind === 'table' ? [source.header, source.body] : [source.used];

/** What places a range, loaded before its areas are known. */
const PLACE = 'rowIndex, columnIndex, rowCount, columnCount';

/** A source's areas with the ranges they were loaded from (once its ranges are placed). */
function areasOf(source: Source): { area: Area; range: Excel.Range }[] {
  const { worksheet } = source;
  if (source.kind === 'table') {
    const { header, body } = source;
    const { rowIndex: row, columnIndex: col, columnCount: cols } = header;
    return [
      { area: { worksheet, row, col, rows: 1, cols }, range: header },
      { area: { worksheet, row: body.rowIndex, col, rows: body.rowCount, cols }, range: body },
    ];
  }
  const { used } = source;
  if (used.isNullObject) return [];
  const { rowIndex: row, columnIndex: col, rowCount: rows, columnCount: cols } = used;
  return [{ area: { worksheet, row, col, rows, cols }, range: used }];
}

/** Rows of an area to read; `part` is the area's place in the list of all areas read. */
interface Piece extends Area {
  readonly part: number;
}

/** A piece's values as read, with the cells whose value is an error (by row × cols + col). */
interface Block {
  readonly area: Piece;
  readonly values: readonly (readonly unknown[])[];
  readonly errors: Set<number>;
}

/** Row blocks of an area, each estimated to fit `limit`. */
function rowBlocksOf(area: Piece, limit: number): Piece[] {
  const rowBytes = new Array<number>(area.rows).fill(area.cols * READ_BYTES_PER_CELL);
  return rowBlocks(rowBytes, limit).map(({ start, end }) => ({
    ...area,
    row: area.row + start,
    rows: end - start,
  }));
}

/** Consecutive blocks grouped into requests whose estimated responses fit `limit`. */
const requestsOf = (blocks: readonly Piece[], limit: number): Piece[][] =>
  rowBlocks(
    blocks.map((b) => b.rows * b.cols * READ_BYTES_PER_CELL),
    limit,
  ).map(({ start, end }) => blocks.slice(start, end));

/** A refused request in two halves (by blocks, or a lone block by rows); null for one row. */
function halves(request: readonly Piece[]): [Piece[], Piece[]] | null {
  if (request.length > 1) {
    const middle = Math.ceil(request.length / 2);
    return [request.slice(0, middle), request.slice(middle)];
  }
  const [area] = request;
  if (!area || area.rows < 2) return null;
  const top = Math.ceil(area.rows / 2);
  return [[{ ...area, rows: top }], [{ ...area, row: area.row + top, rows: area.rows - top }]];
}

/** Excel on the web's refusal of a response over 5 MB. */
const isTooLarge = (error: unknown): boolean =>
  officeCode(error) === 'ResponsePayloadSizeLimitExceeded';

/** Read one request's values; a response Excel refuses as too large is read again in halves. */
async function readValues(
  context: Excel.RequestContext,
  request: readonly Piece[],
): Promise<Block[]> {
  const ranges = request.map((area) =>
    area.worksheet.getRangeByIndexes(area.row, area.col, area.rows, area.cols).load('values'),
  );
  try {
    await context.sync();
  } catch (error) {
    const parts = isTooLarge(error) ? halves(request) : null;
    if (!parts) throw error;
    return [...(await readValues(context, parts[0])), ...(await readValues(context, parts[1]))];
  }
  return request.map((area, i) => ({ area, values: ranges[i]?.values ?? [], errors: new Set() }));
}

/**
 * Text that could be an error value: `#REF!`, `#N/A`, `#DIV/0!`, and their localised forms
 * (`#I/T`, `#VÄRDEFEL!`, `#¡VALOR!`): a `#` and a short word. Wide on purpose: a false
 * candidate costs a few bytes, a missed one would read an error as text.
 */
const ERROR_LIKE = /^#\S{1,20}$/u;

/** Cells asked about per request: each ask is a range and a load, ~100 bytes of request. */
const ASKS_PER_REQUEST = 10_000;

/**
 * Mark the cells that hold error values: only text that reads like one is asked about, in one
 * more round trip (none when there is no such text; more only past 10,000 such cells).
 */
async function markErrors(context: Excel.RequestContext, blocks: readonly Block[]): Promise<void> {
  const wanted: { block: Block; r: number; c: number }[] = [];
  for (const block of blocks) {
    block.values.forEach((cells, r) =>
      cells.forEach((value, c) => {
        if (typeof value === 'string' && ERROR_LIKE.test(value)) wanted.push({ block, r, c });
      }),
    );
  }
  for (let start = 0; start < wanted.length; start += ASKS_PER_REQUEST) {
    const asked = wanted.slice(start, start + ASKS_PER_REQUEST).map(({ block, r, c }) => {
      const { worksheet, row, col } = block.area;
      const range = worksheet.getRangeByIndexes(row + r, col + c, 1, 1).load('valueTypes');
      return { block, index: r * block.area.cols + c, range };
    });
    await context.sync();
    for (const { block, index, range } of asked) {
      if (range.valueTypes[0]?.[0] === 'Error') block.errors.add(index);
    }
  }
}

/** The cells of read blocks, with their addresses on `sheet`. */
function cellsOf(sheet: string, blocks: readonly Block[]): Cell[][] {
  return blocks.flatMap(({ area, values, errors }) =>
    values.map((row, r) =>
      row.map((value: unknown, c) => ({
        value: cellFromExcel(value, errors.has(r * area.cols + c) ? 'Error' : undefined),
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
 * Round trip 2: every range's place and values in one response, each area one block (in the
 * order of {@link areasOf}); null when Excel on the web refuses the response as too large.
 */
async function readWhole(
  context: Excel.RequestContext,
  sources: readonly Source[],
): Promise<Block[][] | null> {
  for (const range of sources.flatMap(rangesOf)) range.load(`${PLACE}, values`);
  try {
    await context.sync();
  } catch (error) {
    if (isTooLarge(error)) return null;
    throw error;
  }
  return sources
    .flatMap(areasOf)
    .map(({ area, range }, part) => [
      { area: { ...area, part }, values: range.values, errors: new Set() },
    ]);
}

/**
 * The way for a read too large for one response: place the ranges, then read them in row blocks
 * estimated to fit `limit` (each area's blocks in row order, areas in the order of {@link areasOf}).
 */
async function readInBlocks(
  context: Excel.RequestContext,
  sources: readonly Source[],
  limit: number,
): Promise<Block[][]> {
  for (const range of sources.flatMap(rangesOf)) range.load(PLACE);
  await context.sync();
  const areas = sources.flatMap(areasOf).map(({ area }) => area);
  const pieces = areas.flatMap((area, part) => rowBlocksOf({ ...area, part }, limit));
  // Requests go in order and a refused one comes back in order: blocks stay in row order.
  const byPart = areas.map((): Block[] => []);
  for (const request of requestsOf(pieces, limit)) {
    for (const block of await readValues(context, request)) byPart[block.area.part]?.push(block);
  }
  return byPart;
}

/**
 * Read the named inputs. Tables win over sheets of the same name; a table's completely blank
 * rows (a new table's empty row) are dropped, so they raise no problems.
 */
export async function readInputTables(
  context: Excel.RequestContext,
  names: readonly InputTableName[],
  budgetLimit: number = REQUEST_BUDGET_BYTES,
): Promise<InputsRead> {
  const sources = await locate(context, names);
  const byPart =
    (await readWhole(context, sources)) ?? (await readInBlocks(context, sources, budgetLimit));
  await markErrors(context, byPart.flat());
  const tables: Partial<Record<InputTableName, InputTable>> = {};
  const fromSheets = new Set<InputTableName>();
  let part = 0;
  for (const source of sources) {
    const cells = areasOf(source).map(() => cellsOf(source.sheet, byPart[part++] ?? []));
    if (source.kind === 'table') {
      const [header = [], body = []] = cells;
      tables[source.name] = {
        name: source.tableName,
        sheet: source.sheet,
        headers: header[0] ?? [],
        rows: body.filter((row) => !isBlank(row)),
      };
    } else {
      const table = fallbackTable(source.sheet, cells[0] ?? []);
      if (table) {
        tables[source.name] = table;
        fromSheets.add(source.name);
      }
    }
  }
  return { tables, fromSheets };
}
