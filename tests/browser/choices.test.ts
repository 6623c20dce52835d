/**
 * The contract v1.1 views in the browser preview, on Dalsland's sample (a budget, and coalition
 * costs for its finance system) at 320 px in four languages, light and dark: the frontier chart
 * and the criteria weights in the council's tab, "if we left" in the municipalities' tab.
 */
import type { Page } from 'playwright-core';
import { CHOICES_TEXT } from '../../src/i18n/choices';
import { VIEW_TEXT } from '../../src/i18n/council';
import type { Language } from '../../src/i18n/language';
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

describeBrowser('the frontier, the weights and "if we left"', () => {
  const open = previewPages();
  /** The open view scrolls not sideways. */
  /** The smallest font size of the open view's chart labels. */
  const smallestChartText = (page: Page): Promise<number> =>
    panel(page)
      .locator('svg text')
      .evaluateAll((texts) =>
        Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize))),
      );

  it.each<[Language, 'light' | 'dark']>([
    ['nb', 'dark'],
    ['sv', 'light'],
    ['en', 'dark'],
    ['es', 'light'],
  ])('fits 320 px in %s (%s)', async (language, theme) => {
    const tc = CHOICES_TEXT[language];
    const tv = VIEW_TEXT[language];
    const page = await open(`sample=dalsland&lang=${language}&theme=${theme}`);
    await page.locator('#pane').evaluate((el) => {
      (el as HTMLElement).style.width = '320px';
    });
    await runInPane(page, UI_TEXT[language]['run.button']);

    await openView(page, tv['tab.council']);
    await panel(page).getByRole('heading', { name: tc['frontier.heading'] }).waitFor();
    await panel(page).getByRole('heading', { name: tc['weights.heading'] }).waitFor();
    // Seven points in words; Dalsland's 25 % cannot hold its mandatory proposals.
    expect(
      await panel(page).locator('section[aria-labelledby="samkost-frontier"] li').count(),
    ).toBe(7);
    expect(await panel(page).locator('svg[role="img"] circle').count()).toBe(6);
    expect(await smallestChartText(page)).toBeGreaterThanOrEqual(11);
    expect(await panelFits(page)).toBe(true);
    expect(await axeViolations(page, PANEL)).toEqual([]);

    await openView(page, tv['tab.municipalities']);
    await panel(page).getByRole('heading', { name: tc['exit.heading'] }).waitFor();
    await panel(page)
      .getByRole('region', { name: tc['exit.heading'] })
      .getByRole('combobox', { name: tc['exit.municipality'], exact: true })
      .selectOption('Åmål');
    // Åmål takes part in the finance system, where Bengtsfors and Åmål pay more than alone.
    await panel(page)
      .getByText(/Bengtsfors, Åmål/)
      .first()
      .waitFor();
    expect(await panelFits(page)).toBe(true);
    expect(await axeViolations(page, PANEL)).toEqual([]);
  });
});
