/**
 * Save assets/screenshot.png: the real preview after a run of the Knutepunkt sample, the pane's
 * results beside the workbook; and assets/pairwise.png: the council's weights with the pairwise
 * editor at 320 px, one judgement moved. Run with `npx tsx tests/browser/screenshot.ts` after UI
 * changes.
 */
import { rmSync } from 'fs';
import path from 'path';
import { buildAddin } from './support/build';
import { browserUnavailable, launchChromium } from './support/chromium';
import { serveDirectory } from './support/server';

const OUTPUT = path.resolve(__dirname, '../../assets/screenshot.png');
const PAIRWISE = path.resolve(__dirname, '../../assets/pairwise.png');

async function main(): Promise<void> {
  const unavailable = browserUnavailable();
  if (unavailable) throw new Error(`Cannot take the screenshot: ${unavailable}.`);
  const directory = await buildAddin();
  const server = await serveDirectory(directory);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}/preview.html?sample=knutepunkt&lang=nb`);
    const pane = page.locator('#pane');
    await pane.getByRole('button', { name: 'Kjør', exact: true }).click();
    await pane
      .getByRole('heading', { name: /Hva hver kommune betaler/ })
      .waitFor({ timeout: 60000 });
    // Show the split that the chart summarises.
    await page
      .locator('[data-sheet="Fordeling"]')
      .click()
      .catch(() => undefined);
    await page.screenshot({ path: OUTPUT });
    console.log(`Saved ${path.relative(process.cwd(), OUTPUT)}`);

    // The weights view at the pane's narrowest, after the council moved its first judgement.
    await page.setViewportSize({ width: 1280, height: 1800 });
    await pane.evaluate((el) => {
      (el as HTMLElement).style.width = '320px';
    });
    const council = pane.getByRole('tab', { name: 'IKT-rådet', exact: true });
    if (!(await council.isVisible())) {
      await pane.getByRole('button', { name: /^Flere visninger/ }).click();
      await page.getByRole('menuitem', { name: 'IKT-rådet', exact: true }).click();
    }
    await council.click();
    await pane.getByRole('slider').first().focus();
    await page.keyboard.press('End');
    // The run's weights, the editor's top and its first four judgements: the rest are alike.
    const weights = pane.locator('section[aria-labelledby="samkost-weights"]');
    const box = await weights.boundingBox();
    if (!box) throw new Error('The weights view is not shown.');
    await page.screenshot({
      path: PAIRWISE,
      fullPage: true,
      clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 1150) },
    });
    console.log(`Saved ${path.relative(process.cwd(), PAIRWISE)}`);
  } finally {
    await browser.close();
    await server.close();
    rmSync(directory, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
