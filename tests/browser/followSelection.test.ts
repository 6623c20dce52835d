/**
 * The pane follows Excel's selection, at Excel's narrowest pane width (320 px): after a run,
 * selecting a share in the Allocation table opens its explanation in the results, whichever view
 * was open, and says so in the live region; a totals row opens nothing. On the tie sample, in
 * Norwegian and English.
 */
import type { Page } from 'playwright-core';
import {
  axeViolations,
  describeBrowser,
  openView,
  previewPages,
  runInPane,
} from './support/preview';

/** Select `address` on `sheet` in the preview's grid, as a click in Excel would. */
async function selectCell(page: Page, sheet: string, address: string): Promise<void> {
  const workbook = page.getByTestId('workbook');
  await workbook.locator(`[data-sheet="${sheet}"]`).click();
  await workbook.locator(`td[data-address="${address}"]`).click();
}

/** The pane scrolls nowhere sideways. */
async function expectFits(page: Page): Promise<void> {
  const sizes = await page.locator('#pane').evaluate((pane: HTMLElement) => ({
    scroll: pane.scrollWidth,
    client: pane.clientWidth,
  }));
  expect(sizes.scroll).toBeLessThanOrEqual(sizes.client);
}

describeBrowser('the pane follows the selection', () => {
  const open = previewPages();

  async function ranAt320(query: string, run: string): Promise<Page> {
    const page = await open(`${query}&width=320`);
    await runInPane(page, run);
    return page;
  }

  it('in Norwegian: Beta’s share of the licence, from the Help view; a totals row opens nothing', async () => {
    const page = await ranAt320('sample=tie&lang=nb', 'Kjør');
    const pane = page.locator('#pane');
    await openView(page, 'Hjelp');
    // Beta's column (I) on the licence's row (2) of Fordeling.
    await selectCell(page, 'Fordeling', 'I2');
    const view = pane.locator('section[aria-labelledby="samkost-explain"]');
    await expect(view.getByRole('heading').textContent()).resolves.toBe('Hva Beta betaler');
    await expect(
      pane.getByRole('tab', { name: 'Kjør' }).getAttribute('aria-selected'),
    ).resolves.toBe('true');
    await expect(view.locator('.fui-MessageBar').textContent()).resolves.toContain(
      'fikk enhet 2 av 2 til overs, etter likhet, samme vekt, navnet kommer først',
    );
    await expect(pane.locator('[role="status"][aria-atomic="true"]').textContent()).resolves.toBe(
      'Forklarer den valgte cellen: Felles lisens, Beta.',
    );
    await expectFits(page);
    expect(await axeViolations(page, '#pane')).toEqual([]);

    // Closed, then a totals row with the licence's very figures: nothing opens...
    await view.getByRole('button', { name: 'Lukk' }).click();
    const totals = page.getByTestId('workbook').locator('td', { hasText: 'Sum årlig' });
    const row = await totals.evaluate((cell) => cell.closest('tr')?.rowIndex ?? 0);
    await selectCell(page, 'Fordeling', `I${row}`);
    await page.waitForTimeout(1000); // the pane reads a selection once it rests (250 ms)
    await expect(view.count()).resolves.toBe(0);
    // ...and the next share does.
    await selectCell(page, 'Fordeling', 'G2');
    await expect(view.getByRole('heading').textContent()).resolves.toBe('Hva Alfa betaler');
  });

  it('in English: Gamma’s share, which tied with Beta and lost by name', async () => {
    const page = await ranAt320('sample=tie&lang=en', 'Run');
    const pane = page.locator('#pane');
    await selectCell(page, 'Allocation', 'H2');
    const view = pane.locator('section[aria-labelledby="samkost-explain"]');
    await expect(view.getByRole('heading').textContent()).resolves.toBe('What Gamma pays');
    await expect(view.locator('.fui-MessageBar').textContent()).resolves.toContain(
      'it tied for a unit left at the same weight, and a name that sorts first came first',
    );
    await expect(pane.locator('[role="status"][aria-atomic="true"]').textContent()).resolves.toBe(
      'Explaining the selected cell: Felles lisens, Gamma.',
    );
    await expectFits(page);
    expect(await axeViolations(page, '#pane')).toEqual([]);
  });
});
