/**
 * Reaching a view of the pane in the preview. Kept apart from the test harness (which needs jest's
 * globals) so that the screenshot script can use it too.
 */
import type { Page } from 'playwright-core';
import { LANGUAGES } from '../../../src/i18n/language';
import { UI_TEXT } from '../../../src/i18n/ui';

/** The pane's open view (the live region outside it repeats a run's outcome for screen readers). */
export const PANEL = '#pane [role="tabpanel"]';

export const panel = (page: Page) => page.locator(PANEL);

/** Whether the open view fits the pane's width (no horizontal scrolling at 320 px). */
export const panelFits = (page: Page): Promise<boolean> =>
  panel(page).evaluate((el) => el.scrollWidth <= el.clientWidth);

/** The "more views" button's name in any language (the part before its count). */
const MORE_VIEWS = new RegExp(
  `^(${LANGUAGES.map((l) => (UI_TEXT[l]['tab.more'].split('{')[0] ?? '').trim())
    .map((text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})`,
);

/** Opens a view by its tab, or from the "more" menu when the narrow pane folded it there. */
export async function openView(page: Page, name: string): Promise<void> {
  const pane = page.locator('#pane');
  const tab = pane.getByRole('tab', { name, exact: true });
  if (await tab.isVisible()) return tab.click();
  await pane.getByRole('button', { name: MORE_VIEWS }).click();
  await page.getByRole('menuitem', { name, exact: true }).click();
  await tab.waitFor();
}
