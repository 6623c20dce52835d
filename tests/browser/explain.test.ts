/**
 * Explaining a share in the real pane, at Excel's narrowest pane width (320 px): from a
 * municipality's total to its lines to one line, on the tie sample where one remainder unit goes
 * by the larger weight and one by the name; in Norwegian and English; the statement opens in a
 * window of its own.
 */
import type { Page } from 'playwright-core';
import { axeViolations, describeBrowser, previewPages, runInPane } from './support/preview';

/** The pane as wide as Excel's narrowest (the preview's own is wider). */
async function narrow(page: Page): Promise<void> {
  await page.locator('#pane').evaluate((pane: HTMLElement) => {
    pane.style.width = '320px';
  });
}

/** Nothing in the Explain view reaches past its own edge, nor past the pane's. */
async function expectFits(page: Page): Promise<void> {
  const sizes = await page.locator('#pane').evaluate((pane: HTMLElement) => {
    const section = pane.querySelector('section[aria-labelledby="samkost-explain"]');
    const edge = pane.getBoundingClientRect().left + pane.clientWidth;
    return {
      scroll: section?.scrollWidth ?? -1,
      client: section?.clientWidth ?? 0,
      overEdge: (section?.getBoundingClientRect().right ?? Infinity) - edge,
    };
  });
  expect(sizes.scroll).toBeGreaterThan(0);
  expect(sizes.scroll).toBeLessThanOrEqual(sizes.client);
  expect(sizes.overEdge).toBeLessThanOrEqual(0);
}

describeBrowser('explain a share in the pane', () => {
  const open = previewPages();

  /** Run the tie sample in `lang` at 320 px and open `municipality`'s line of the shared licence. */
  async function explainTie(lang: string, run: string, total: RegExp, line: RegExp) {
    const page = await open(`sample=tie&lang=${lang}`);
    await narrow(page);
    await runInPane(page, run);
    const pane = page.locator('#pane');
    await pane.getByRole('button', { name: total }).click();
    const view = pane.locator('section[aria-labelledby="samkost-explain"]');
    await view.getByRole('button', { name: line }).click();
    // The line's participants: the last list in the view (the year figures come first).
    await view.getByRole('list').last().waitFor();
    return { page, view };
  }

  it('on a tie, in Norwegian: Beta got the second unit by its name', async () => {
    const { page, view } = await explainTie(
      'nb',
      'Kjør',
      /: forklar hva Beta betaler$/,
      /^Felles lisens \(kostnad, årlig\)$/,
    );
    await expect(view.getByRole('heading').textContent()).resolves.toBe('Hva Beta betaler');
    const verdict = (await view.locator('.fui-MessageBar').textContent()) ?? '';
    expect(verdict).toContain(
      'fikk enhet 2 av 2 til overs, etter likhet, samme vekt, navnet kommer først',
    );
    const rows = await view.getByRole('list').last().getByRole('listitem').allTextContents();
    expect(rows).toHaveLength(4);
    expect(rows.find((r) => r.startsWith('Alfa:'))).toContain('+1 (1: likhet, større vekt)');
    expect(rows.find((r) => r.startsWith('Gamma:'))).toContain('ingen enhet til overs');
    await expectFits(page);
    expect(await axeViolations(page, '#pane')).toEqual([]);
    // Back to the lines, and the statement is a button away.
    await view.getByRole('button', { name: 'Alle linjer' }).click();
    await view.getByRole('button', { name: /^Felles lisens/ }).waitFor();
    await expectFits(page);
  });

  it('on a tie, in English: Gamma tied with Beta and lost by name; its statement opens', async () => {
    const { page, view } = await explainTie(
      'en',
      'Run',
      /: explain what Gamma pays$/,
      /^Felles lisens \(cost, annual\)$/,
    );
    const verdict = (await view.locator('.fui-MessageBar').textContent()) ?? '';
    expect(verdict).toContain(
      'it tied for a unit left at the same weight, and a name that sorts first came first, so it pays its floor, 1,111.11 NOK.',
    );
    await expect(view.getByText(/: Alfa, Beta\.$/).count()).resolves.toBe(1);
    await expectFits(page);
    expect(await axeViolations(page, '#pane')).toEqual([]);
    const [statement] = await Promise.all([
      page.waitForEvent('popup'),
      view.getByRole('button', { name: 'Open statement' }).click(),
    ]);
    await statement.waitForLoadState();
    await expect(statement.title()).resolves.toBe('Cost statement: Gamma');
    await expect(statement.locator('td', { hasText: 'Felles lisens' }).count()).resolves.toBe(1);
    await statement.close();
    await view.getByRole('link', { name: 'Save statement (HTML)' }).waitFor();
  });
});
