/**
 * The statement is print-ready (issue 11 §5): printed on A4 portrait with its own page margins,
 * nothing runs past the printable width, in any of the four languages, on both samples. Chromium
 * lays the statement out with print media at the printable width of the page (210 mm − 2 × 14 mm).
 */
import type { Browser } from 'playwright-core';
import { runEngine, type Allocated } from '../../src/engine/run';
import { statementHtml } from '../../src/engine/statement';
import type { TableSheet } from '../../src/engine/table';
import { LANGUAGES } from '../../src/i18n/language';
import { dalslandSample } from '../../src/samples/dalsland';
import { knutepunktSample } from '../../src/samples/knutepunkt';
import { newXlsx } from '../../src/workbook/xlsx';
import { highsSolver } from '../support/highs';
import { launchChromium } from './support/chromium';
import { describeBrowser } from './support/preview';

/** A4's printable width at CSS's 96 px per inch, inside the statement's 14 mm side margins. */
const PRINTABLE = Math.floor(((210 - 2 * 14) / 25.4) * 96);

async function allocate(sheets: readonly TableSheet[]): Promise<Allocated> {
  let allocated: Allocated | null = null;
  const result = runEngine(await newXlsx(sheets).readTables(), {
    language: 'en',
    today: { year: 2026, month: 5, day: 1 },
    solver: await highsSolver(),
    onAllocated: (a) => (allocated = a),
  });
  if (!result.ok || !allocated) throw new Error('the sample did not run');
  return allocated;
}

describeBrowser('the statement printed on A4 portrait', () => {
  let browser: Browser | undefined;
  const samples: [string, Allocated][] = [];
  beforeAll(async () => {
    browser = await launchChromium();
    samples.push(['Iveland', await allocate(knutepunktSample)]);
    samples.push(['Bengtsfors', await allocate(dalslandSample)]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(LANGUAGES)('fits the printable width in %s', async (language) => {
    if (!browser) throw new Error('the browser did not start');
    const page = await browser.newPage({ viewport: { width: PRINTABLE, height: 1000 } });
    await page.emulateMedia({ media: 'print' });
    try {
      for (const [municipality, allocated] of samples) {
        const html = statementHtml(allocated, municipality, language, {
          year: 2026,
          month: 5,
          day: 1,
        });
        await page.setContent(html);
        const over = await page.evaluate((width) => {
          const past = [...document.querySelectorAll('body *')].filter(
            (el) => el.getBoundingClientRect().right > width + 0.5,
          );
          return {
            scroll: document.documentElement.scrollWidth,
            past: past.map((el) => `${el.tagName} ${(el.textContent ?? '').slice(0, 40)}`),
          };
        }, PRINTABLE);
        expect({ municipality, ...over }).toEqual({
          municipality,
          scroll: PRINTABLE,
          past: [],
        });
      }
    } finally {
      await page.close();
    }
  });
});
