/**
 * The real task pane in the browser preview, end to end: build, serve, Chromium. Each test opens
 * the preview with a sample and acts as a finance officer would.
 */
import type { Page } from 'playwright-core';
import {
  axeViolations,
  describeBrowser,
  openView,
  previewPages,
  runInPane,
} from './support/preview';

describeBrowser('the task pane in the browser preview', () => {
  const open = previewPages();
  const pane = (page: Page) => page.locator('#pane');
  const sheetTabs = (page: Page) =>
    page.locator('[data-testid="workbook"] [role="tab"]').allTextContents();

  it('runs the sample: output sheets in the workbook, totals and flags in the pane', async () => {
    const page = await open('sample=knutepunkt&lang=en');
    const before = await sheetTabs(page);
    await runInPane(page, 'Run');
    await pane(page)
      // The view: the live region beside it says the same for screen readers.
      .getByRole('tabpanel')
      .getByText(/^Done\. Sheets written/)
      .waitFor();
    const after = await sheetTabs(page);
    expect(after).toEqual(expect.arrayContaining([...before, 'Allocation', 'Risk flags']));
    // The results summary: per-municipality totals with a chart, and the risk flags.
    await pane(page)
      .getByRole('heading', { name: /What each municipality pays/ })
      .waitFor();
    await expect(pane(page).locator('svg[role="img"] rect').count()).resolves.toBeGreaterThan(0);
    const flags = pane(page).getByRole('list', { name: 'Risk flags' }).getByRole('listitem');
    await expect(flags.count()).resolves.toBeGreaterThan(0);
    // The RiskFlags sheet in the grid holds the same flags, with their codes.
    await page.locator('[data-sheet="Risk flags"]').click();
    const grid = await page.locator('[data-testid="grid"]').textContent();
    expect(grid).toMatch(/[A-Z]+_[A-Z_]+/);
    // Clicking a flag's cell selects it in the workbook.
    const link = pane(page).getByRole('list', { name: 'Risk flags' }).getByRole('button').first();
    const cell = (await link.textContent()) ?? '';
    await link.click();
    await expectSelected(page, cell);
  });

  it('lists the broken sample’s problems by table and selects a problem’s cell', async () => {
    const page = await open('sample=broken&lang=en');
    const before = await sheetTabs(page);
    await runInPane(page, 'Run');
    await pane(page)
      // The view: the live region beside it says the same for screen readers.
      .getByRole('tabpanel')
      .getByText(/Nothing was written/)
      .waitFor();
    expect(await sheetTabs(page)).toEqual(before);
    const headings = await pane(page).getByRole('heading', { level: 3 }).allTextContents();
    expect(headings.length).toBeGreaterThan(0);
    const problem = pane(page).locator('[role="tabpanel"] li button').first();
    const cell = (await problem.textContent()) ?? '';
    expect(cell).toMatch(/!\$?[A-Z]+\$?\d+$/);
    await problem.click();
    await expectSelected(page, cell);
  });

  it('creates the input tables in an empty workbook, in the pane’s language', async () => {
    const page = await open('sample=empty&lang=nb');
    const before = await sheetTabs(page); // a new workbook's one blank sheet
    expect(before).toHaveLength(1);
    await openView(page, 'Tabeller');
    await pane(page).getByRole('button', { name: 'Lag inndatatabeller' }).click();
    const report =
      (await pane(page)
        .getByText(/^Tabeller laget: /)
        .textContent()) ?? '';
    // The report names the new sheets as the workbook does, in the pane's language.
    const created = report
      .replace(/^Tabeller laget: /, '')
      .replace(/\.$/, '')
      .split(', ');
    expect(created).toContain('Kommuner');
    const tabs = await sheetTabs(page);
    expect(tabs).toHaveLength(before.length + created.length);
    // A second time, nothing is overwritten: every sheet is reported as left alone.
    await pane(page).getByRole('button', { name: 'Lag inndatatabeller' }).click();
    await pane(page)
      .getByText(/ikke endret/)
      .waitFor();
    expect(await sheetTabs(page)).toEqual(tabs);
  });

  it('speaks the Office display language the preview switches to', async () => {
    const page = await open('sample=knutepunkt&lang=en');
    await pane(page).getByRole('tab', { name: 'Run' }).waitFor();
    await page.locator('#preview-language').selectOption('sv');
    await pane(page).getByRole('tab', { name: 'Kör' }).waitFor();
    await expect(
      pane(page).getByRole('button', { name: 'Kör', exact: true }).count(),
    ).resolves.toBe(1);
    await page.locator('#preview-language').selectOption('es');
    await pane(page).getByRole('tab', { name: 'Calcular' }).waitFor();
  });

  it.each(['light', 'dark'])('has no axe violations in the %s theme', async (theme) => {
    const page = await open(`sample=knutepunkt&lang=en&theme=${theme}`);
    await runInPane(page, 'Run');
    await pane(page).getByRole('heading', { name: 'Risk flags' }).waitFor();
    expect(await axeViolations(page, '#pane')).toEqual([]);
    await openView(page, 'Settings');
    await pane(page).getByRole('button', { name: 'Save settings' }).waitFor();
    expect(await axeViolations(page, '#pane')).toEqual([]);
    await openView(page, 'Tables');
    await pane(page).getByRole('button', { name: 'Insert sample' }).waitFor();
    expect(await axeViolations(page, '#pane')).toEqual([]);
  });
});

/** The preview's grid shows `cell` (`Sheet!B7`) selected, on its sheet. */
async function expectSelected(page: Page, cell: string): Promise<void> {
  const bang = cell.lastIndexOf('!');
  const sheet = cell
    .slice(0, bang)
    .replace(/^'(.*)'$/, '$1')
    .replace(/''/g, "'");
  const address = cell.slice(bang + 1).replace(/\$/g, '');
  const grid = page.locator('[data-testid="grid"]');
  await grid.locator(`td[data-selected="true"][data-address="${address}"]`).waitFor();
  await expect(grid.getAttribute('data-active-sheet')).resolves.toBe(sheet);
}
