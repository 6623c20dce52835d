/**
 * Keeping each request under Excel on the web's 5 MB payload limit.
 *
 * The rule: the adapter weighs every queued write (values, number formats) and estimates every
 * queued read (values), and when the next one would take the batch past a 4 MB budget it syncs
 * first. Ordinary workbooks stay far below the budget, so the number of round trips is constant;
 * only a workbook that could not be sent in one request pays one extra sync per 4 MB. A single
 * table too large for one request is split into row blocks.
 */

/** The budget per request: 4 MB, leaving a margin under the 5 MB limit for the envelope. */
export const REQUEST_BUDGET_BYTES = 4_000_000;

/**
 * What one cell's value typically weighs in a read response, as JSON: a number or a name is
 * 4–20 bytes. Only an estimate, to plan requests: a response Excel refuses is read again in halves.
 */
export const READ_BYTES_PER_CELL = 16;

/** The UTF-8 size of a value as JSON: what Office.js sends for it. */
export function payloadBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? '';
  let bytes = json.length;
  for (let i = 0; i < json.length; i += 1) {
    const code = json.charCodeAt(i);
    if (code >= 0x80) bytes += code >= 0x800 && (code < 0xd800 || code > 0xdfff) ? 2 : 1;
  }
  return bytes;
}

/** Rows `[start, end)` in blocks that each weigh at most `budget` (at least one row each). */
export function rowBlocks(
  rowBytes: readonly number[],
  budget: number,
): { start: number; end: number; bytes: number }[] {
  const blocks: { start: number; end: number; bytes: number }[] = [];
  let start = 0;
  let bytes = 0;
  rowBytes.forEach((size, row) => {
    if (row > start && bytes + size > budget) {
      blocks.push({ start, end: row, bytes });
      start = row;
      bytes = 0;
    }
    bytes += size;
  });
  if (rowBytes.length > start) blocks.push({ start, end: rowBytes.length, bytes });
  return blocks;
}

/** A running total of the current batch's payload that syncs before it would overflow. */
export class PayloadBudget {
  private queued = 0;
  private synced = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    readonly limit: number = REQUEST_BUDGET_BYTES,
    /** Called after each of the budget's syncs (a caller reads what the first one brought). */
    private readonly afterSync: () => void = () => undefined,
  ) {}

  /** How many times the budget has synced. */
  get syncs(): number {
    return this.synced;
  }

  /** Account for `bytes` about to be queued, syncing first when they would not fit. */
  async reserve(bytes: number): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > this.limit) await this.flush();
    this.queued += bytes;
  }

  /** Send what is queued now. */
  async flush(): Promise<void> {
    await this.context.sync();
    this.queued = 0;
    this.synced += 1;
    this.afterSync();
  }
}
