/** Dates as they reach the engine (contract §1): Excel serials, ISO `2026-03-31`, `31.03.2026`. */
import type { CalendarDate } from '../model';

/** The last serial Excel accepts: 31 December 9999. */
const LAST_SERIAL = 2_958_465;
const DAY_MS = 86_400_000;

const daysInMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A calendar date when year, month and day make one (no 31 April, no 29 February 2026). */
export function calendarDate(year: number, month: number, day: number): CalendarDate | null {
  if (year < 1 || year > 9999 || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/**
 * An Excel serial date (1900 date system) → calendar date, or null when it is none. A time of
 * day (the fraction) is dropped. Serial 60 is Excel's fictitious 29 February 1900, kept for Lotus
 * 1-2-3 compatibility: it is no real date and is refused, and serials before it are one day
 * "late" compared with those after it.
 */
export function serialToDate(serial: number): CalendarDate | null {
  if (!Number.isFinite(serial)) return null;
  const day = Math.floor(serial);
  if (day < 1 || day === 60 || day > LAST_SERIAL) return null;
  // Serial 61 is 1 March 1900 = 30 December 1899 + 61 days; before the phantom day, add one.
  const offset = day < 60 ? day + 1 : day;
  const d = new Date(Date.UTC(1899, 11, 30) + offset * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** ISO `2026-03-31` or Nordic `31.03.2026` (one- or two-digit day and month) → date, else null. */
export function parseDateText(text: string): CalendarDate | null {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const nordic = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  if (nordic) return calendarDate(Number(nordic[3]), Number(nordic[2]), Number(nordic[1]));
  return null;
}
