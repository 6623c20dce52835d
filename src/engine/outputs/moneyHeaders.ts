/** The currency in the header of every money column of an output table. */
import type { OutputTable } from '../table';

/**
 * `table` with each money column's header followed by the currency it is in (`Amount (NOK)`,
 * `Vennesla (NOK)`): one rule for every output, so no money column is ever shown without it.
 * The currency goes in parentheses after the header, which keeps it a plain Excel table column
 * name; money headers that differed still differ (the adapters make any clash unique).
 */
export function withCurrency(table: OutputTable, currency: string): OutputTable {
  const code = currency.trim();
  if (code === '') return table;
  const headers = (part: Pick<OutputTable, 'headers' | 'formats'>): string[] =>
    part.headers.map((header, c) =>
      part.formats[c] === 'currency' ? `${header} (${code})` : header,
    );
  const { footer } = table;
  return {
    ...table,
    headers: headers(table),
    ...(footer ? { footer: { ...footer, headers: headers(footer) } } : {}),
  };
}
