/** Dates and numbers as each language writes them. */
import { formatDate, formatNumber } from '../../src/i18n/numbers';

describe('formatDate', () => {
  it.each([
    ['nb', '31.03.2026'],
    ['sv', '2026-03-31'],
    ['en', '31/03/2026'],
    ['es', '31/03/2026'],
  ] as const)('writes a date in %s as %s, whatever the time zone', (language, shown) => {
    expect(formatDate({ year: 2026, month: 3, day: 31 }, language)).toBe(shown);
    // The first of a month stays the first (a local-time date could slip to the day before).
    expect(formatDate({ year: 2027, month: 1, day: 1 }, language)).toContain('01');
  });
});

describe('formatNumber', () => {
  it('groups thousands as the language does', () => {
    expect(formatNumber(1234567.5, 'nb')).toMatch(/^1\s234\s567,50$/);
    expect(formatNumber(1234567.5, 'en', 0)).toBe('1,234,568');
  });
});
