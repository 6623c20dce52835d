/**
 * The pairwise editor in the browser preview, on Knutepunkt's sample (its council's judgements,
 * CR 0.089) at 320 px: it fits and is accessible in four languages, light and dark; moved with the
 * keyboard, CR changes at once; saved, CriteriaPairs holds the judgement and a new run's weights
 * (in the pane and on the CriteriaWeights sheet) are the ones the editor showed.
 */
import type { Page } from 'playwright-core';
import { VIEW_TEXT } from '../../src/i18n/council';
import type { Language } from '../../src/i18n/language';
import { PAIRWISE_TEXT } from '../../src/i18n/pairwise';
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
  sheetRows,
} from './support/preview';

describeBrowser('the pairwise editor', () => {
  const open = previewPages();
  const verdict = (page: Page) => panel(page).getByTestId('samkost-pairs-verdict');
  /** The weights in a list of the weights view: the run's (`samkost-weights`) or the live ones. */
  const weightsIn = (page: Page, section: string): Promise<string[]> =>
    panel(page)
      .locator(`section[aria-labelledby="${section}"] > ul`)
      .first()
      .locator('li')
      .allTextContents();

  /** Knutepunkt run at 320 px, the council's tab open at the editor. */
  async function editor(language: Language, theme: 'light' | 'dark'): Promise<Page> {
    const page = await open(`sample=knutepunkt&lang=${language}&theme=${theme}`);
    await page.locator('#pane').evaluate((el) => {
      (el as HTMLElement).style.width = '320px';
    });
    await runInPane(page, UI_TEXT[language]['run.button']);
    await openView(page, VIEW_TEXT[language]['tab.council']);
    await panel(page).getByRole('heading', { name: PAIRWISE_TEXT[language].heading }).waitFor();
    return page;
  }

  it.each<[Language, 'light' | 'dark']>([
    ['nb', 'light'],
    ['sv', 'dark'],
    ['en', 'light'],
    ['es', 'dark'],
  ])('fits 320 px and is accessible in %s (%s)', async (language, theme) => {
    const page = await editor(language, theme);
    // Five criteria: ten pairs, each a slider.
    expect(await panel(page).getByRole('slider').count()).toBe(10);
    expect(await panelFits(page)).toBe(true);
    expect(await axeViolations(page, PANEL)).toEqual([]);
  });

  it('moves by keyboard, shows CR at once, saves, and the next run uses the judgement', async () => {
    const tp = PAIRWISE_TEXT.nb;
    const page = await editor('nb', 'light');
    expect(await verdict(page).textContent()).toContain('CR 0,09');
    const weightsBefore = await weightsIn(page, 'samkost-weights');
    // The first pair: Gevinst over Innbyggernes behov, 2. End: the other end, 1/9.
    const slider = panel(page).getByRole('slider', {
      name: 'Gevinst og effektivisering mot Innbyggernes behov',
    });
    await slider.focus();
    await page.keyboard.press('End');
    await expect(slider.getAttribute('aria-valuetext')).resolves.toBe(
      'Innbyggernes behov er ekstremt viktigere enn Gevinst og effektivisering. Forhold 1/9',
    );
    const moved = await verdict(page).textContent();
    expect(moved).not.toContain('CR 0,09');
    expect(moved).toMatch(/^Ikke konsistent: CR \d,\d\d/);
    // The judgement furthest from the weights is marked, in words.
    expect(
      await panel(page)
        .getByText(/^Lengst fra vektene: vurdert/)
        .count(),
    ).toBe(1);
    const live = await weightsIn(page, 'samkost-pairs-live');
    expect(live).not.toEqual(weightsBefore);

    await panel(page).getByRole('button', { name: tp.save }).click();
    await panel(page)
      .getByText('Lagret i Kriteriepar: 1 endret, 0 lagt til.', { exact: false })
      .waitFor();
    const pairs = await sheetRows(page, 'Kriteriepar');
    expect(pairs[1]?.slice(0, 3)).toEqual([
      'Gevinst og effektivisering',
      'Innbyggernes behov',
      '1/9',
    ]);

    await openView(page, UI_TEXT.nb['tab.run']);
    await runInPane(page, UI_TEXT.nb['run.button']);
    await openView(page, VIEW_TEXT.nb['tab.council']);
    await panel(page).getByRole('heading', { name: tp.heading }).waitFor();
    // The run's weights are the ones the editor showed before saving.
    expect(await weightsIn(page, 'samkost-weights')).toEqual(live);
    const sheet = await sheetRows(page, 'Kriterievekter');
    const shown = sheet
      .slice(1, 6)
      .map((row) => `${row[0]}: ${(Number(row[1]) * 100).toFixed(1).replace('.', ',')} %`);
    expect(shown).toEqual(live);
  });
});
