/** Opening the built preview in Chromium, offline, and checking it with axe-core. */
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';

export { openView, panel, PANEL, panelFits } from './views';

const AXE = path.resolve(__dirname, '../../../node_modules/axe-core/axe.min.js');

/** The preview's base URL, or null when the browser tests are skipped here. */
export const previewUrl = (): string | null => process.env.SAMKOST_PREVIEW_URL ?? null;

/** Open the preview with `query` (e.g. `sample=broken&lang=nb`) once the pane has rendered. */
export async function openPreview(browser: Browser, query: string): Promise<Page> {
  const base = previewUrl();
  if (!base) throw new Error('The preview is not being served.');
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // A run loads HiGHS and solves the funding plan: on a loaded 2-core machine that can take a while.
  page.setDefaultTimeout(90_000);
  // Everything the preview needs is served locally: any other request is a defect.
  const outside: string[] = [];
  await page.route('**/*', (route) => {
    if (route.request().url().startsWith(base)) return route.continue();
    outside.push(route.request().url());
    return route.abort();
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  Object.assign(page, { samkostErrors: errors, samkostOutside: outside });
  await page.goto(`${base}/preview.html?${query}`);
  await page.locator('#pane h1').waitFor();
  return page;
}

/** Uncaught page errors and blocked outside requests seen so far. */
export function pageTrouble(page: Page): { errors: string[]; outside: string[] } {
  const { samkostErrors, samkostOutside } = page as Page & {
    samkostErrors: string[];
    samkostOutside: string[];
  };
  return { errors: samkostErrors, outside: samkostOutside };
}

/** Press the pane's Run button and wait until the run has finished (results or problems). */
export async function runInPane(page: Page, runLabel: string): Promise<void> {
  await page.locator('#pane').getByRole('button', { name: runLabel, exact: true }).click();
  // Before a run the pane shows no message bar; after it, the outcome (done, problems or error).
  await page.locator('#pane .fui-MessageBar').first().waitFor({ timeout: 60000 });
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

/**
 * axe-core's violations within `selector` (WCAG 2.1 A and AA, plus best practices). Tabster's
 * focus sentinels (`<i data-tabster-dummy>`, in Fluent's TabList) are left out: focusable by
 * design, they pass focus on at once, and Fluent closed the report as by design
 * (microsoft/fluentui#27517); nothing else is excluded.
 */
export async function axeViolations(page: Page, selector: string): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE });
  const context = { include: [[selector]], exclude: [['[data-tabster-dummy]']] };
  return page.evaluate(async (scope) => {
    const axe = (
      window as unknown as {
        axe: {
          run(context: object, options: object): Promise<{ violations: AxeViolation[] }>;
        };
      }
    ).axe;
    const result = await axe.run(scope, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  }, context);
}

/** A sheet's cells as the preview's grid shows them, row by row (row numbers left out). */
export async function sheetRows(page: Page, sheet: string): Promise<string[][]> {
  await page.locator(`[data-sheet="${sheet}"]`).click();
  const grid = page.locator(`[data-testid="grid"][data-active-sheet="${sheet}"]`);
  return grid
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent ?? '')),
    );
}

/** `describe`, or `describe.skip` where no preview was built (SAMKOST_BROWSER_SKIP, see globalSetup). */
export const describeBrowser =
  process.env.SAMKOST_BROWSER_SKIP || !previewUrl() ? describe.skip : describe;

/**
 * One Chromium for the enclosing describe block, and a way to open the preview in it. Every page
 * opened is checked when its test ends: no page error, no request outside the preview.
 */
export function previewPages(): (query: string) => Promise<Page> {
  let browser: Browser | undefined;
  const pages: Page[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async () => {
    for (const page of pages.splice(0)) {
      const trouble = pageTrouble(page);
      await page.close();
      expect(trouble).toEqual({ errors: [], outside: [] });
    }
  });
  afterAll(async () => {
    await browser?.close();
  });
  return async (query) => {
    if (!browser) throw new Error('the browser did not start');
    const page = await openPreview(browser, query);
    pages.push(page);
    return page;
  };
}
