/**
 * Save assets/screenshot.png: the real preview after a run of the Knutepunkt sample, the pane's
 * results beside the workbook. Run with `npx tsx tests/browser/screenshot.ts` after UI changes.
 */
import { rmSync } from 'fs';
import path from 'path';
import { buildAddin } from './support/build';
import { browserUnavailable, launchChromium } from './support/chromium';
import { serveDirectory } from './support/server';

const OUTPUT = path.resolve(__dirname, '../../assets/screenshot.png');

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
