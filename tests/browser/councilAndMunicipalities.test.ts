/**
 * The municipalities', council's and scoring tabs in the browser preview: compare splits for
 * Iveland at 320 px in four languages (light and dark), the disagreement and why-not-funded views,
 * and two members scoring the Knutepunkt sample, then a re-run that counts them.
 */
import type { Page } from 'playwright-core';
import { VIEW_TEXT } from '../../src/i18n/council';
import { KEY_WORDS } from '../../src/i18n/keys';
import { fill, type Language } from '../../src/i18n/language';
import { UI_TEXT } from '../../src/i18n/ui';
import {
  axeViolations,
  panel,
  PANEL,
  panelFits,
  describeBrowser,
  openView,
  previewPages,
  runInPane,
} from './support/preview';

describeBrowser('the municipalities’ and council’s tabs', () => {
  const openPage = previewPages();
  const open = async (query: string, width = 380): Promise<Page> => {
    const page = await openPage(query);
    // The pane as wide as Excel's narrowest task pane.
    await page.locator('#pane').evaluate((el, w) => {
      (el as HTMLElement).style.width = `${w}px`;
    }, width);
    return page;
  };
  /** The open view scrolls not sideways. */
  /** The Costs sheet's Key column (D) as the grid shows it, header left out. */
  const keyCells = (page: Page): Promise<string[]> =>
    page.locator('[data-testid="grid"] tbody tr').evaluateAll((rows) =>
      rows.slice(1).flatMap((row) => {
        const text = row.querySelectorAll('td')[3]?.textContent ?? '';
        return text === '' ? [] : [text];
      }),
    );
  const openTab = (page: Page, name: string): Promise<void> => openView(page, name);

  it.each<[Language, 'light' | 'dark']>([
    ['nb', 'light'],
    ['sv', 'dark'],
    ['en', 'light'],
    ['es', 'dark'],
  ])('compares splits for Iveland at 320 px in %s (%s)', async (language, theme) => {
    const tv = VIEW_TEXT[language];
    const page = await open(`sample=knutepunkt&lang=${language}&theme=${theme}`, 320);
    await runInPane(page, UI_TEXT[language]['run.button']);
    await openTab(page, tv['tab.municipalities']);
    await panel(page)
      .getByRole('combobox', { name: tv['splits.municipality'], exact: true })
      .selectOption('Iveland');
    await panel(page)
      .getByRole('heading', { name: /Iveland/ })
      .first()
      .waitFor();
    // Every key the workbook uses is compared, its taper too, named as a Key cell in the language
    // writes it; and the figures say what they count (all years, not one budget year).
    const shown = (await panel(page).textContent()) ?? '';
    expect(shown).toContain(
      `${KEY_WORDS[language].taper}(${KEY_WORDS[language].population}; 150000; 50%)`,
    );
    expect(shown).toContain(fill(tv['splits.years'], { from: 2026, to: 2028 }));
    // Nothing in the view scrolls sideways, and the chart's labels stay readable.
    expect(await panelFits(page)).toBe(true);
    const sizes = await panel(page)
      .locator('svg text')
      .evaluateAll((texts) => texts.map((t) => parseFloat(getComputedStyle(t).fontSize)));
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
    expect(await axeViolations(page, PANEL)).toEqual([]);
  });

  it('what if: every cost line by PCs, then Apply writes the key into the Key cells', async () => {
    const tv = VIEW_TEXT.nb;
    const page = await open('sample=knutepunkt&lang=nb', 320);
    await runInPane(page, UI_TEXT.nb['run.button']);
    await openTab(page, tv['tab.municipalities']);
    await panel(page)
      .getByRole('combobox', { name: tv['whatIf.key'], exact: true })
      .selectOption({ label: tv['key.pcs'] });
    await panel(page).getByRole('button', { name: tv['whatIf.show'] }).click();
    // The result names its key and what it counts: all years together.
    await panel(page)
      .getByRole('heading', { name: `Med ${tv['key.pcs']}, alle år 2026–2028 (NOK)` })
      .waitFor();
    expect(await panelFits(page)).toBe(true);
    expect(await axeViolations(page, PANEL)).toEqual([]);
    // Nothing is written until asked.
    await page.locator('[data-sheet="Kostnader"]').click();
    const before = await keyCells(page);
    await panel(page).getByRole('button', { name: tv['whatIf.apply'] }).click();
    await panel(page)
      .getByText(/^Nøkkelen er skrevet inn i \d+ Nøkkel-celler/)
      .waitFor();
    await page.locator('[data-sheet="Kostnader"]').click();
    // Every Costs row's Key cell (column D) now says pc, as a Norwegian Key cell writes it.
    expect(before).not.toEqual(before.map(() => 'pc'));
    expect(new Set(await keyCells(page))).toEqual(new Set(['pc']));
  });

  it('shows the disagreement with its outlier and why each proposal is not funded', async () => {
    const page = await open('sample=dalsland&lang=en', 320);
    await runInPane(page, 'Run');
    await openTab(page, VIEW_TEXT.en['tab.council']);
    await panel(page).getByRole('heading', { name: 'Why not funded' }).waitFor();
    // The first proposal the scorers disagree on is shown first, with its outlier marked.
    await panel(page)
      .getByText(/\(outlier\)/)
      .first()
      .waitFor();
    await panel(page)
      .getByText(/is not funded within the budget: starting in \d{4}, its earliest possible start/)
      .first()
      .waitFor();
    expect(await panelFits(page)).toBe(true);
    expect(await axeViolations(page, PANEL)).toEqual([]);
  });

  it('two members score the Knutepunkt sample, and a re-run counts them', async () => {
    const tv = VIEW_TEXT.en;
    const page = await open('sample=knutepunkt&lang=en', 320);
    await runInPane(page, 'Run');
    await openTab(page, tv['tab.score']);
    expect(await panelFits(page)).toBe(true);
    const name = panel(page).getByLabel(tv['score.name']);
    for (const [member, score] of [
      ['Member A', '4'],
      ['Member B', '1,5'],
    ]) {
      await name.fill(member ?? '');
      await name.blur();
      await panel(page)
        .locator('fieldset input')
        .first()
        .fill(score ?? '');
      await panel(page).getByRole('button', { name: tv['score.save'] }).click();
      await panel(page)
        .getByText(/^Saved:/)
        .waitFor();
    }
    // A score out of range is refused as typed.
    await panel(page).locator('fieldset input').nth(1).fill('9');
    await panel(page).getByText('A number from 0 to 5').waitFor();
    expect(await axeViolations(page, PANEL)).toEqual([]);
    await openTab(page, UI_TEXT.en['tab.run']);
    await runInPane(page, 'Run');
    await panel(page)
      .getByText(/^Done\./)
      .waitFor();
    await openTab(page, tv['tab.score']);
    await panel(page)
      .getByText(/^Member A: 1 of \d+ proposals/)
      .waitFor();
    await panel(page)
      .getByText(/^Member B: 1 of \d+ proposals/)
      .waitFor();
  });
});
