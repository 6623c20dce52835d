/**
 * The README's screenshots, every one taken from the real preview (a production build served on
 * loopback, driven through Debian's Chromium) on the bundled sample workbooks: the task pane at
 * 320 px, Excel's real task pane width, drawn at twice the pixels and cut to the part each README
 * section shows; the light theme. Run after UI changes:
 *
 *   npx tsx tests/browser/screenshot.ts            # every image into assets/screenshots/
 *   npx tsx tests/browser/screenshot.ts explain    # only the named ones
 *
 * A shot whose view cannot be reached fails the script (nothing half-shown is saved).
 */
import { mkdirSync, rmSync } from 'fs';
import path from 'path';
import type { Browser, Locator, Page } from 'playwright-core';
import { CHOICES_TEXT } from '../../src/i18n/choices';
import { VIEW_TEXT } from '../../src/i18n/council';
import { EXPLAIN_TEXT } from '../../src/i18n/explain';
import type { Language } from '../../src/i18n/language';
import { UI_TEXT } from '../../src/i18n/ui';
import { buildAddin } from './support/build';
import { browserUnavailable, launchChromium } from './support/chromium';
import { shrinkPng } from '../support/png';
import { openView, panel } from './support/views';
import { serveDirectory } from './support/server';

const OUTPUT = path.resolve(__dirname, '../../assets/screenshots');
/** Excel's task pane on the desktop opens 320 px wide. */
const PANE_WIDTH = 320;
/** Twice the pixels: crisp on high-density screens, still small files. */
const SCALE = 2;
/** Taller than any part of the pane shown. */
const VIEWPORT = { width: 1000, height: 1800 };
/** The statement's window: its page at full width (60rem and its padding), an A4 page high. */
const STATEMENT_WINDOW = { width: 1008, height: 1123 };
/** Room kept around a captured part of the pane, in CSS px. */
const MARGIN = 8;

/** What to save: a rectangle of a page, in CSS px. */
interface Capture {
  readonly page: Page;
  readonly clip: { x: number; y: number; width: number; height: number };
  /** 'css' saves at one pixel per CSS px (whole pages, which are wide already). */
  readonly scale?: 'css' | 'device';
}

interface Shot {
  /** The file's name in assets/screenshots/, without `.png`. */
  readonly name: string;
  readonly sample: 'knutepunkt' | 'dalsland';
  readonly language: Language;
  /** Bring the run preview to the state to show, and say what to save. */
  readonly stage: (page: Page) => Promise<Capture>;
}

const pane = (page: Page): Locator => page.locator('#pane');
const section = (page: Page, id: string): Locator =>
  pane(page).locator(`section[aria-labelledby="${id}"]`);

/** After an English run, the Council view's section `id` (the IKT-råd's screenshots). */
async function councilSection(page: Page, id: string): Promise<Locator> {
  await run(page, 'en');
  await openView(page, VIEW_TEXT.en['tab.council']);
  return section(page, id);
}

/** Nothing in `element` reaches past its edge (a screenshot would cut it off). */
async function fitsSideways(element: Locator): Promise<void> {
  const [scroll, client] = await element.evaluate((e) => [e.scrollWidth, e.clientWidth]);
  if (scroll > client) {
    throw new Error(`${element.toString()} is ${scroll} px wide, more than its ${client} px`);
  }
}

/** The pane's full width, from the top of `from` to the bottom of `to` (default `from`). */
async function paneClip(page: Page, from: Locator, to: Locator = from): Promise<Capture> {
  const box = async (locator: Locator) => {
    const found = await locator.boundingBox();
    if (!found) throw new Error(`not shown: ${locator.toString()}`);
    return found;
  };
  await fitsSideways(pane(page));
  // The pane scrolls: bring the part to its top first (boxes are measured where it then stands).
  await from.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  const [edges, top, bottom] = [await box(pane(page)), await box(from), await box(to)];
  const y = Math.max(edges.y, top.y - MARGIN);
  const end = bottom.y + bottom.height + MARGIN;
  if (end > edges.y + edges.height) {
    throw new Error(`${to.toString()} ends below the pane's bottom: make VIEWPORT taller`);
  }
  return { page, clip: { x: edges.x, y, width: edges.width, height: end - y } };
}

/** Run the workbook in the pane and wait for its results. */
async function run(page: Page, language: Language): Promise<void> {
  await pane(page)
    .getByRole('button', { name: UI_TEXT[language]['run.button'], exact: true })
    .click();
  await section(page, 'samkost-totals').waitFor({ timeout: 90_000 });
}

/** Open a municipality's explanation from its total in the results, then its line `item`. */
async function explain(page: Page, language: Language, municipality: string, item: RegExp) {
  const te = EXPLAIN_TEXT[language];
  const explainTotal = new RegExp(
    `: ${te['pane.explain'].split(': ')[1]?.replace('{municipality}', municipality)}$`,
  );
  await pane(page).getByRole('button', { name: explainTotal }).click();
  const view = section(page, 'samkost-explain');
  await view.getByRole('button', { name: item }).click();
  await view.getByRole('list', { name: te['pane.participants'] }).waitFor();
  return view;
}

const SHOTS: readonly Shot[] = [
  {
    // The preview as a whole: the pane, in Norwegian, beside the split it wrote.
    name: 'preview',
    sample: 'knutepunkt',
    language: 'nb',
    stage: async (page) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await run(page, 'nb');
      await page.locator('[data-sheet="Fordeling"]').click();
      // The pane's top: its tabs, the run and its outcome, then the results.
      await pane(page).evaluate((element) => element.scrollTo(0, 0));
      return { page, clip: { x: 0, y: 0, width: 1280, height: 800 }, scale: 'css' };
    },
  },
  {
    // The finance officer: what each member pays in the planning year, by source.
    name: 'results',
    sample: 'knutepunkt',
    language: 'en',
    stage: async (page) => {
      await run(page, 'en');
      return paneClip(page, section(page, 'samkost-totals'));
    },
  },
  {
    // "Why does Iveland pay this?": one line of its bill, down to the øre, in Norwegian.
    name: 'explain',
    sample: 'knutepunkt',
    language: 'nb',
    stage: async (page) => {
      await run(page, 'nb');
      const view = await explain(page, 'nb', 'Iveland', /^Stamnett og internettlinjer/);
      return paneClip(page, view);
    },
  },
  {
    // The statement the finance officer sends each member: its first printed page.
    name: 'statement',
    sample: 'knutepunkt',
    language: 'en',
    stage: async (page) => {
      await run(page, 'en');
      await pane(page)
        .getByRole('button', { name: /: explain what Iveland pays$/ })
        .click();
      const [statement] = await Promise.all([
        page.waitForEvent('popup'),
        section(page, 'samkost-explain')
          .getByRole('button', { name: EXPLAIN_TEXT.en['pane.statement'] })
          .click(),
      ]);
      await statement.waitForLoadState();
      // The window as it opens, wide enough for the statement's lines (its print layout's own
      // width, 60rem), about an A4 page high.
      await statement.setViewportSize(STATEMENT_WINDOW);
      await fitsSideways(statement.locator('html'));
      return { page: statement, clip: { x: 0, y: 0, ...STATEMENT_WINDOW }, scale: 'css' };
    },
  },
  {
    // The IKT-råd: the ranking's top four.
    name: 'ranking',
    sample: 'dalsland',
    language: 'en',
    stage: async (page) => {
      const ranking = await councilSection(page, 'samkost-ranking');
      return paneClip(page, ranking, ranking.locator('ol > li').nth(3));
    },
  },
  {
    // Where the scorers disagree, the outlier marked.
    name: 'disagreement',
    sample: 'dalsland',
    language: 'en',
    stage: async (page) => {
      return paneClip(page, await councilSection(page, 'samkost-disagreement'));
    },
  },
  {
    // Why a proposal is not funded.
    name: 'not-funded',
    sample: 'dalsland',
    language: 'en',
    stage: async (page) => {
      return paneClip(page, await councilSection(page, 'samkost-why'));
    },
  },
  {
    // A council member scores in the pane.
    name: 'score',
    sample: 'knutepunkt',
    language: 'en',
    stage: async (page) => {
      await run(page, 'en');
      await openView(page, VIEW_TEXT.en['tab.score']);
      const name = panel(page).getByLabel(VIEW_TEXT.en['score.name']);
      await name.fill('Kari Nordmann');
      await name.blur();
      // The first proposal half scored, one score out of range as typed.
      const first = panel(page).locator('fieldset').first();
      for (const [i, score] of ['4', '3.5', '9'].entries()) {
        await first.locator('input').nth(i).fill(score);
      }
      await first.locator('input').nth(3).focus();
      return paneClip(page, panel(page), first);
    },
  },
  {
    // The municipality: Iveland's split under every key, as a chart.
    name: 'splits',
    sample: 'knutepunkt',
    language: 'en',
    stage: async (page) => {
      await run(page, 'en');
      await openView(page, VIEW_TEXT.en['tab.municipalities']);
      await panel(page)
        .getByRole('combobox', { name: VIEW_TEXT.en['splits.municipality'], exact: true })
        .selectOption('Iveland');
      await panel(page)
        .getByRole('heading', { name: /Iveland/ })
        .first()
        .waitFor();
      const splits = section(page, 'samkost-splits');
      return paneClip(page, splits, splits.locator('table[aria-labelledby="samkost-splits-one"]'));
    },
  },
  {
    // Criteria weights from the council's pairwise judgements, with their consistency and editor.
    name: 'weights',
    sample: 'knutepunkt',
    language: 'en',
    stage: async (page) => {
      const weights = await councilSection(page, 'samkost-weights');
      // The council moves its first judgement to the end of the scale: the figures follow at once.
      await weights.getByRole('slider').first().focus();
      await page.keyboard.press('End');
      return paneClip(page, weights, weights.getByRole('slider').nth(3));
    },
  },
  {
    // The efficient frontier: the best total score each budget level buys.
    name: 'frontier',
    sample: 'dalsland',
    language: 'en',
    stage: async (page) => {
      return paneClip(page, await councilSection(page, 'samkost-frontier'));
    },
  },
  {
    // Fair splits from coalition costs: what Åmål would pay alone, in Swedish.
    name: 'if-we-left',
    sample: 'dalsland',
    language: 'sv',
    stage: async (page) => {
      const tc = CHOICES_TEXT.sv;
      await run(page, 'sv');
      await openView(page, VIEW_TEXT.sv['tab.municipalities']);
      const view = panel(page).getByRole('region', { name: tc['exit.heading'] });
      await view
        .getByRole('combobox', { name: tc['exit.municipality'], exact: true })
        .selectOption('Åmål');
      await view
        .getByText(/Bengtsfors, Åmål/)
        .first()
        .waitFor();
      return paneClip(page, view);
    },
  },
  {
    // A tapered key (KOMBIT's model) on the line it splits, and what it gave Kristiansand.
    name: 'taper',
    sample: 'knutepunkt',
    language: 'en',
    stage: async (page) => {
      await run(page, 'en');
      const view = await explain(page, 'en', 'Kristiansand', /^Nasjonale fellesløsninger/);
      return paneClip(page, view, view.locator('.fui-MessageBar'));
    },
  },
];

async function take(
  browser: Browser,
  base: string,
  shot: Shot,
): Promise<{ file: string; bytes: number }> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: SCALE });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(90_000);
    // A page error would show in the picture, or leave the view half built.
    const errors: string[] = [];
    context.on('weberror', (error) => errors.push(error.error().message));
    await page.goto(
      `${base}/preview.html?sample=${shot.sample}&lang=${shot.language}&width=${PANE_WIDTH}`,
    );
    await pane(page).locator('h1').waitFor();
    const capture = await shot.stage(page);
    if (errors.length > 0) throw new Error(`${shot.name}: page errors: ${errors.join('; ')}`);
    const file = path.join(OUTPUT, `${shot.name}.png`);
    await capture.page.screenshot({
      path: file,
      clip: capture.clip,
      scale: capture.scale ?? 'device',
      animations: 'disabled',
      caret: 'hide',
    });
    return { file, bytes: shrinkPng(file) };
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const unavailable = browserUnavailable();
  if (unavailable) throw new Error(`Cannot take the screenshots: ${unavailable}.`);
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !SHOTS.some((shot) => shot.name === name));
  if (unknown.length > 0) {
    throw new Error(
      `No shot named ${unknown.join(', ')}; the shots: ${SHOTS.map((s) => s.name).join(', ')}.`,
    );
  }
  mkdirSync(OUTPUT, { recursive: true });
  const directory = await buildAddin();
  const server = await serveDirectory(directory);
  const browser = await launchChromium();
  try {
    for (const shot of SHOTS.filter((s) => wanted.length === 0 || wanted.includes(s.name))) {
      const { file, bytes } = await take(browser, server.url, shot);
      console.log(`Saved ${path.relative(process.cwd(), file)} (${Math.round(bytes / 1000)} kB)`);
    }
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
