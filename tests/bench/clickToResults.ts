/**
 * What the user waits for after pressing Run: in headless Chromium, on the production build's
 * preview, the time from the click on Run to the results summary in the pane, for each sample.
 * Every run is a fresh browser context (an empty cache). The pane starts the engine's Web Worker
 * and HiGHS's WebAssembly loading once it has opened; the click comes when the page has settled,
 * as a user's would after reading the pane, so what it measures is reading the workbook, the run,
 * the writing of its outputs and the results shown.
 */
import { existsSync } from 'fs';
import { CHROMIUM_PATH, launchChromium } from '../browser/support/chromium';
import { serveDirectory } from '../browser/support/server';
import type { Skipped } from './bundle';
import { median } from './timing';

/** The samples the preview offers with a Budget table (so a funding plan is part of the run). */
export const CLICK_SAMPLES = ['knutepunkt', 'dalsland'] as const;

export interface ClickFigures {
  /** Per sample: the median of the runs, click → results summary, and every run. */
  readonly samples: readonly {
    readonly sample: string;
    readonly medianMs: number;
    readonly runs: readonly number[];
  }[];
}

/** The results summary's heading (English): the pane shows it when a run has succeeded. */
const RESULTS = 'What each municipality pays';

/**
 * A page script that clicks Run and resolves with the milliseconds until the results heading is
 * in the pane (or rejects after 60 s). Plain text, not a function: tsx would wrap a function's
 * inner names in a helper the page does not have.
 */
const clickAndWait = `new Promise((resolve, reject) => {
  const pane = document.querySelector('#pane');
  const run = [...pane.querySelectorAll('button')].find(
    (b) => b.textContent.trim() === 'Run' && b.getAttribute('role') !== 'tab',
  );
  if (!run) return reject(new Error('no Run button'));
  const shown = () =>
    [...pane.querySelectorAll('h1, h2, h3, h4, [role="heading"]')].some((h) =>
      h.textContent.includes(${JSON.stringify(RESULTS)}),
    );
  const timer = setTimeout(() => reject(new Error('no results within 60 s')), 60000);
  const start = performance.now();
  new MutationObserver((_, observer) => {
    if (!shown()) return;
    observer.disconnect();
    clearTimeout(timer);
    resolve(performance.now() - start);
  }).observe(pane, { childList: true, subtree: true, characterData: true });
  run.click();
})`;

/** Click → results on each sample, `runs` times each, in the preview served from `directory`. */
export async function clickToResults(
  directory: string,
  runs: number,
): Promise<ClickFigures | Skipped> {
  if (!existsSync(CHROMIUM_PATH)) return { skipped: `${CHROMIUM_PATH} is missing` };
  const server = await serveDirectory(directory);
  const browser = await launchChromium();
  try {
    const samples: ClickFigures['samples'][number][] = [];
    for (const sample of CLICK_SAMPLES) {
      const times: number[] = [];
      for (let i = 0; i < runs; i += 1) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        // The preview needs nothing from outside; block anything else so timings stay offline.
        await page.route('**/*', (route) =>
          route.request().url().startsWith(server.url) ? route.continue() : route.abort(),
        );
        await page.goto(`${server.url}/preview.html?sample=${sample}&lang=en`);
        await page.locator('#pane h1').first().waitFor({ timeout: 30_000 });
        // A user reads the pane before pressing Run: click once it has settled (no request for
        // 0.5 s), as the engine's worker and HiGHS load in the background meanwhile.
        await page.waitForLoadState('networkidle');
        times.push(await page.evaluate<number>(clickAndWait));
        await context.close();
      }
      samples.push({ sample, medianMs: median(times), runs: times });
    }
    return { samples };
  } finally {
    await browser.close();
    await server.close();
  }
}
