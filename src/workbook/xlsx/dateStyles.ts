/**
 * Which cell styles show a number as a date (`xl/styles.xml`). Only a workbook in the 1904 date
 * system needs to know: its dates' serial numbers are moved to the 1900 system the engine reads.
 */
import { parsePart } from './xml';
import type { ZipEntries } from './zip';

/** Excel's built-in number formats that are dates or times. */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** A format code shows a date or time when, outside quotes and brackets, it has y m d h s b. */
export const isDateFormat = (code: string): boolean =>
  /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));

/** The indexes of the `cellXfs` styles (a cell's `s`) whose number format is a date. */
export function readDateStyles(zip: ZipEntries, part: string): Set<number> {
  const custom = new Map<number, string>();
  const formatIds: number[] = [];
  let inCellXfs = false;
  parsePart(zip, part, {
    open: (name, attributes) => {
      if (name === 'numFmt') {
        custom.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
      } else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) formatIds.push(Number(attributes.numFmtId ?? 0));
    },
    close: (name) => {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  const dates = new Set<number>();
  formatIds.forEach((id, index) => {
    const code = custom.get(id);
    if (code === undefined ? BUILT_IN_DATES.has(id) : isDateFormat(code)) dates.add(index);
  });
  return dates;
}
