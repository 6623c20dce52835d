/**
 * What the user waits for before the pane is usable: the JavaScript the task pane loads first
 * (gzip bytes, as a web server sends it) and the time to the pane's first render in headless
 * Chromium, on the production build served from loopback.
 */
import { existsSync, readFileSync, rmSync } from 'fs';
import path from 'path';
import { gzipSync } from 'zlib';
import { buildAddin } from '../browser/support/build';
import { CHROMIUM_PATH, launchChromium } from '../browser/support/chromium';
import { serveDirectory } from '../browser/support/server';
import { median } from './timing';

export interface BundleFigures {
  /** The local scripts taskpane.html loads initially (not lazy chunks, the worker, or wasm). */
  readonly files: readonly {
    readonly name: string;
    readonly bytes: number;
    readonly gzip: number;
  }[];
  readonly firstLoadGzipBytes: number;
  readonly buildMs: number;
}

export interface RenderFigures {
  /** Median of the page loads, navigation start to the pane's heading in the DOM. */
  readonly firstRenderMs: number;
  readonly runs: readonly number[];
}

export type Skipped = { readonly skipped: string };

/** An attribute's value, quoted or not (the production HTML is minified: `src=taskpane.js`). */
const ATTRIBUTE_VALUE = `(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`;

/** Local `<script src>` and `<link rel=preload|modulepreload>` scripts of an HTML page, in order. */
export function initialScripts(html: string): string[] {
  const scripts = new RegExp(`<script\\b[^>]*\\bsrc=${ATTRIBUTE_VALUE}`, 'g');
  const links = new RegExp(
    `<link\\b(?=[^>]*\\brel=["']?(?:module)?preload)[^>]*\\bhref=${ATTRIBUTE_VALUE}`,
    'g',
  );
  const sources = [...html.matchAll(scripts), ...html.matchAll(links)]
    .map((m) => m[1] ?? m[2] ?? m[3] ?? '')
    .filter((src) => src.endsWith('.js'));
  return [...new Set(sources)].filter((src) => !/^(https?:)?\/\//.test(src));
}

/** Gzip (level 9, as static hosting pre-compresses) every script taskpane.html loads first. */
export function firstLoad(directory: string, buildMs: number): BundleFigures {
  const html = readFileSync(path.join(directory, 'taskpane.html'), 'utf8');
  const files = initialScripts(html).map((src) => {
    const content = readFileSync(path.join(directory, src.replace(/^\.?\//, '')));
    return { name: src, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length };
  });
  return { files, firstLoadGzipBytes: files.reduce((n, f) => n + f.gzip, 0), buildMs };
}

/** Build the add-in (production) into a temporary directory. */
export async function build(): Promise<{ directory: string; buildMs: number } | Skipped> {
  const start = performance.now();
  try {
    const directory = await buildAddin();
    return { directory, buildMs: performance.now() - start };
  } catch (error) {
    return { skipped: `the webpack build failed: ${String(error).slice(0, 400)}` };
  }
}

/** The marker: the pane's heading, the first thing it renders. */
const MARKER = '#pane h1';

/**
 * A page script noting when `selector` first appears. Plain text, not a function: tsx would wrap
 * a function's inner names in a helper the page does not have.
 */
const markerWatch = (selector: string): string => `
  new MutationObserver((_, observer) => {
    if (document.querySelector(${JSON.stringify(selector)})) {
      window.samkostRendered = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

/**
 * Open the preview `loads` times, each in a fresh browser context (an empty cache), and time
 * navigation start → the marker's insertion, observed in the page itself.
 */
export async function firstRender(
  directory: string,
  loads: number,
): Promise<RenderFigures | Skipped> {
  if (!existsSync(CHROMIUM_PATH)) return { skipped: `${CHROMIUM_PATH} is missing` };
  const server = await serveDirectory(directory);
  const browser = await launchChromium();
  try {
    const runs: number[] = [];
    for (let i = 0; i < loads; i += 1) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.addInitScript(markerWatch(MARKER));
      const page = await context.newPage();
      // The preview needs nothing from outside; block anything else so timings stay offline.
      await page.route('**/*', (route) =>
        route.request().url().startsWith(server.url) ? route.continue() : route.abort(),
      );
      await page.goto(`${server.url}/preview.html?lang=en`);
      await page.locator(MARKER).first().waitFor({ timeout: 30_000 });
      runs.push(
        await page.evaluate(
          () => (window as unknown as { samkostRendered: number }).samkostRendered,
        ),
      );
      await context.close();
    }
    return { firstRenderMs: median(runs), runs };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Remove the temporary build. */
export const removeBuild = (directory: string): void =>
  rmSync(directory, { recursive: true, force: true });
