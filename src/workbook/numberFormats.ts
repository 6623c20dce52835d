/**
 * The number format of each column format, as both adapters write it: Excel's invariant (en-US)
 * codes, which Excel shows with the user's separators. Null leaves Excel's General format.
 */
import type { ColumnFormat } from '../engine/table';

export const NUMBER_FORMATS: Readonly<Record<ColumnFormat, string | null>> = {
  text: null,
  currency: '#,##0.00',
  percent: '0.0%',
  integer: '#,##0',
  decimal: '#,##0.00',
  year: '0',
  date: 'yyyy-mm-dd',
};
