/**
 * The amounts of one flag message share their decimals: a finance officer reads "14.69 over a
 * budget of 14.00", never "14.69 over a budget of 14" (the pane's money rule, per message).
 */
import { allocateAll, lineTotals } from '../../../src/engine/allocate';
import { collectFlags, flagFormat } from '../../../src/engine/flags';
import type { FundingPlan } from '../../../src/engine/prioritise';
import { rational } from '../../../src/engine/rational';
import type { Language } from '../../../src/i18n/language';
import { cost, municipality, workbook } from './fixture';

const CENT = rational(1n, 100n);
const WHOLE = rational(1n);

describe('Contract §6 flag messages: the amounts of one message share their decimals', () => {
  it.each<[Language, string, string]>([
    ['en', '14.00', '14.69'],
    ['nb', '14,00', '14,69'],
    ['sv', '14,00', '14,69'],
    ['es', '14,00', '14,69'],
  ])('%s: a whole amount beside one with øre shows its øre', (language, whole, cents) => {
    const format = flagFormat(language, CENT);
    expect(format.money(1400n, [1469n])).toBe(whole);
    expect(format.money(1469n, [1400n])).toBe(cents);
  });

  it('keeps whole amounts whole, alone or together, and RoundTo 1 whole', () => {
    const format = flagFormat('en', CENT);
    expect(format.money(1_200_000_00n)).toBe('1,200,000');
    expect(format.money(1_200_000_00n, [1_300_000_00n])).toBe('1,200,000');
    expect(flagFormat('en', WHOLE).money(1469n, [1400n])).toBe('1,469');
  });

  it('BUDGET_EXCEEDED writes the share and the budget alike', () => {
    // 1000 kr by population between 77 857 and 1 161 inhabitants: Iveland pays 14.69 kr.
    const wb = workbook({
      municipalities: [
        municipality('Kristiansand', 2, 77857, 4000),
        municipality('Iveland', 3, 1161, 60, 14),
      ],
      costs: [cost('Drift', 2, 1000)],
    });
    const plan: FundingPlan = {
      startYears: new Map(),
      provenOptimal: true,
      relativeGap: 0,
      unstartableMandatory: [],
      method: 'milp',
    };
    const { lines } = allocateAll(wb, plan.startYears);
    const years = lineTotals(wb, lines, plan.startYears).years;
    const format = flagFormat('en', wb.settings.roundTo);
    const flags = collectFlags({ workbook: wb, lines, priorities: [], plan, years, format }, 'en');
    const message = flags.find((f) => f.code === 'BUDGET_EXCEEDED')?.message ?? '';
    expect(message).toContain('14.69');
    expect(message).toContain('14.00');
  });
});
