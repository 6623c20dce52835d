/**
 * The task pane as a new user meets it in the preview (issue 11): settings in the workbook's own
 * language, first use, one story in the numbers, language, the pane's width and accessibility.
 */
import type { Page } from 'playwright-core';
import {
  axeViolations,
  describeBrowser,
  openView,
  previewPages,
  runInPane,
  sheetRows,
} from './support/preview';

describeBrowser('the task pane, part 1', () => {
  const open = previewPages();
  const pane = (page: Page) => page.locator('#pane');
  /** The open view (the live region outside it repeats the run's outcome for screen readers). */
  const view = (page: Page) => page.locator('#pane [role="tabpanel"]');

  describe('settings', () => {
    const cases = [
      {
        sample: 'knutepunkt',
        lang: 'nb',
        sheet: 'Innstillinger',
        tab: 'Innstillinger',
        currency: ['Valuta', 'NOK'],
        threshold: 'Uenighetsgrense',
        language: 'Språk',
        save: 'Lagre innstillinger',
        run: 'Kjør',
        done: /^Ferdig\./,
      },
      {
        sample: 'dalsland',
        lang: 'sv',
        sheet: 'Inställningar',
        tab: 'Inställningar',
        currency: ['Valuta', 'SEK'],
        threshold: 'Oenighetsgräns',
        language: 'Språk',
        save: 'Spara inställningar',
        run: 'Kör',
        done: /^Klart\./,
      },
    ] as const;

    it.each(cases)(
      'edits $sample’s settings under their $lang names, then runs with no problem',
      async (c) => {
        const page = await open(`sample=${c.sample}&lang=${c.lang}`);
        const before = await sheetRows(page, c.sheet);
        await openView(page, c.tab);
        const currency = pane(page).getByLabel(c.currency[0], { exact: true });
        await expect(currency.inputValue()).resolves.toBe(c.currency[1]);
        await pane(page).getByLabel(c.threshold, { exact: true }).fill('2');
        await pane(page).getByLabel(c.language, { exact: true }).selectOption(c.lang);
        await pane(page).getByRole('button', { name: c.save }).click();
        await pane(page).locator('.fui-MessageBar').first().waitFor();
        // The threshold's own row changed, one row (Språk) was added, nothing else was touched.
        const after = await sheetRows(page, c.sheet);
        const changed = before.map((row) => (row[0] === c.threshold ? [row[0], '2'] : row));
        expect(after).toEqual([...changed, [c.language, c.lang]]);
        await pane(page).getByRole('tab', { name: c.run }).click();
        await runInPane(page, c.run);
        await view(page).getByText(c.done).waitFor();
        // The form read back what the workbook now holds, and saving it again adds nothing.
        await openView(page, c.tab);
        await expect(
          pane(page).getByLabel(c.threshold, { exact: true }).inputValue(),
        ).resolves.toBe('2');
        await pane(page).getByRole('button', { name: c.save }).click();
        await pane(page).locator('.fui-MessageBar').first().waitFor();
        expect(await sheetRows(page, c.sheet)).toEqual(after);
      },
    );
  });

  describe('first use and stale results', () => {
    it('leads an empty workbook to Create input tables, then fills them with the sample', async () => {
      const page = await open('sample=empty&lang=nb');
      await runInPane(page, 'Kjør');
      await pane(page).getByText('Arbeidsboken har ingen inndatatabeller ennå.').waitFor();
      await pane(page).getByRole('button', { name: 'Lag inndatatabeller' }).click();
      // Led to the Tables tab, onto the button that creates them.
      const create = pane(page).getByRole('button', { name: 'Lag inndatatabeller' });
      await expect(
        pane(page).getByRole('tab', { name: 'Tabeller' }).getAttribute('aria-selected'),
      ).resolves.toBe('true');
      await expect(create.evaluate((button) => button === document.activeElement)).resolves.toBe(
        true,
      );
      await create.click();
      await pane(page)
        .getByText(/^Tabeller laget: /)
        .waitFor();
      // The sample fills the empty tables; Settings (with the template's defaults) is kept.
      await pane(page).getByRole('button', { name: 'Sett inn eksempel' }).click();
      await pane(page)
        .getByText(/ikke endret: Innstillinger\./)
        .waitFor();
      const report = (await pane(page).locator('.fui-MessageBar').textContent()) ?? '';
      expect(report).toBe(
        'Tabeller laget: Kommuner, Kostnader, Systemer, Tiltak, Kriterier, Kriteriepar, Poeng, Budsjett. ' +
          'Finnes allerede i arbeidsboken, ikke endret: Innstillinger.',
      );
      expect((await sheetRows(page, 'Kommuner')).length).toBeGreaterThan(5);
      await pane(page).getByRole('tab', { name: 'Kjør' }).click();
      await runInPane(page, 'Kjør');
      await view(page)
        .getByText(/^Ferdig\./)
        .waitFor();
    });

    it('after a run that wrote nothing, says the output sheets are from the previous run', async () => {
      const page = await open('sample=knutepunkt&lang=en');
      await runInPane(page, 'Run');
      await view(page)
        .getByText(/^Done\./)
        .waitFor();
      // Break a setting through the form, and run again: problems, nothing written.
      await openView(page, 'Settings');
      await pane(page).getByLabel('RoundTo', { exact: true }).fill('7');
      await pane(page).getByRole('button', { name: 'Save settings' }).click();
      await pane(page)
        .getByText(/^Settings saved/)
        .waitFor();
      await pane(page).getByRole('tab', { name: 'Run' }).click();
      await pane(page).getByRole('button', { name: 'Run', exact: true }).click();
      await view(page)
        .getByText(/Nothing was written/)
        .waitFor();
      const stale = pane(page).getByText(/still hold the previous run’s results/);
      await expect(stale.textContent()).resolves.toMatch(/^The sheets .*Allocation.*Risk flags/);
    });
  });

  describe('one story in the numbers', () => {
    const cases = [
      {
        sample: 'knutepunkt',
        lang: 'nb',
        run: 'Kjør',
        year: 'Budsjettår',
        pays: / betaler (.+?) NOK i 2026,/,
      },
      {
        sample: 'dalsland',
        lang: 'sv',
        run: 'Kör',
        year: 'Budgetår',
        pays: / betalar (.+?) SEK år 2027,/,
      },
    ] as const;

    it.each(cases)(
      '$sample: the planning year’s headline is each budget flag’s figure',
      async (c) => {
        const page = await open(`sample=${c.sample}&lang=${c.lang}`);
        await runInPane(page, c.run);
        const totals = pane(page).locator('table[aria-labelledby="samkost-totals"] tbody tr');
        await totals.first().waitFor();
        const shown = new Map(
          await totals.evaluateAll((rows) =>
            rows.map((row) => [
              row.querySelector('th')?.firstChild?.textContent ?? '',
              row.querySelector('td:last-child')?.textContent ?? '',
            ]),
          ),
        );
        const flags = await pane(page).locator('ul[aria-label] li').allTextContents();
        const budget = flags.flatMap((text) => {
          const pays = c.pays.exec(text);
          return pays ? [[text.split(':')[1]?.trim().split(c.pays)[0], pays[1]]] : [];
        });
        expect(budget.length).toBeGreaterThan(0);
        for (const [municipality, share] of budget) {
          expect([municipality, shown.get(municipality ?? '')]).toEqual([municipality, share]);
        }
        // Another budget year: the heading and figures follow the selector.
        const select = pane(page).getByLabel(c.year);
        const years = await select.locator('option').allTextContents();
        expect(years.length).toBeGreaterThan(1);
        const next = await select.locator('option').nth(1).getAttribute('value');
        await select.selectOption(next ?? '');
        await pane(page)
          .getByRole('heading', { name: new RegExp(` ${next} \\(`) })
          .waitFor();
      },
    );
  });

  describe('language', () => {
    const cases = [
      {
        lang: 'nb',
        run: 'Kjør',
        help: 'Hjelp',
        date: /\b\d{2}\.\d{2}\.\d{4}\b/,
        sheets: ['Kommuner (Municipalities)', 'Fordeling (Allocation)'],
      },
      {
        lang: 'es',
        run: 'Calcular',
        help: 'Ayuda',
        date: /\b\d{2}\/\d{2}\/\d{4}\b/,
        sheets: ['Municipios (Municipalities)', 'Reparto (Allocation)'],
      },
    ] as const;

    it.each(cases)(
      'speaks $lang: dates as it writes them, Help naming the sheets as the workbook does',
      async (c) => {
        // Knutepunkt's sheets are Norwegian whatever the pane's language: Help names them so.
        const page = await open(`sample=knutepunkt&lang=${c.lang}`);
        await runInPane(page, c.run);
        // The results (flags among them) load after the outcome's message bar.
        await pane(page).locator('ul[aria-label] li').first().waitFor();
        const flags = (await pane(page).locator('ul[aria-label] li').allTextContents()).join('\n');
        expect(flags).toMatch(c.date);
        expect(flags).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
        await openView(page, c.help);
        const help = pane(page).locator('[role="tabpanel"] li');
        await help.filter({ hasText: 'Kommuner (Municipalities)' }).waitFor();
        const items = await help.allTextContents();
        const written = c.lang === 'nb' ? 'Fordeling (Allocation)' : 'Reparto (Allocation)';
        expect(items.some((item) => item.startsWith(written))).toBe(true);
        expect(items.some((item) => item.startsWith(c.sheets[0]))).toBe(c.lang === 'nb');
      },
    );
  });

  describe('fits Excel’s task pane', () => {
    const LABELS = {
      nb: { run: 'Kjør', views: ['Kjør', 'Tabeller', 'Innstillinger', 'Hjelp'] },
      sv: { run: 'Kör', views: ['Kör', 'Tabeller', 'Inställningar', 'Hjälp'] },
      en: { run: 'Run', views: ['Run', 'Tables', 'Settings', 'Help'] },
      es: { run: 'Calcular', views: ['Calcular', 'Tablas', 'Configuración', 'Ayuda'] },
    } as const;
    const cases = (['nb', 'sv', 'en', 'es'] as const).flatMap((lang) =>
      ([320, 350, 450] as const).map((width) => ({
        lang,
        width,
        theme: width === 350 ? 'dark' : 'light',
      })),
    );

    /** What sticks out sideways: the pane scrolling, or any visible element past its edge. */
    const overflow = (page: Page) =>
      page.locator('#pane').evaluate((root) => {
        const edge = root.getBoundingClientRect().right;
        const past = [...root.querySelectorAll('*')]
          .filter((el) => {
            const box = el.getBoundingClientRect();
            return box.width > 0 && box.right > edge + 0.5;
          })
          .map(
            (el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.slice(0, 40)}`,
          );
        return { scroll: root.scrollWidth - root.clientWidth, past: past.slice(0, 5) };
      });

    it.each(cases)('$lang at $width px ($theme): no view scrolls sideways', async (c) => {
      const labels = LABELS[c.lang];
      const page = await open(`sample=knutepunkt&lang=${c.lang}&theme=${c.theme}&width=${c.width}`);
      await runInPane(page, labels.run);
      await pane(page).locator('table[aria-labelledby="samkost-totals"]').waitFor();
      expect([labels.run, await overflow(page)]).toEqual([labels.run, { scroll: 0, past: [] }]);
      // The chart is drawn to the pane's width, its text no smaller than 11 px.
      const chart = await pane(page)
        .locator('svg[role="img"]')
        .evaluate((svg) => {
          const box = svg.getBoundingClientRect();
          // Drawn units → screen px (1 when drawn at the pane's width, as it should be).
          const scale = box.width / (svg as SVGSVGElement).viewBox.baseVal.width;
          const sizes = [...svg.querySelectorAll('text')].map(
            (text) => parseFloat(getComputedStyle(text).fontSize) * scale,
          );
          return {
            fits: box.width <= (svg.parentElement?.clientWidth ?? 0) + 0.5,
            smallest: Math.min(...sizes),
          };
        });
      expect(chart.fits).toBe(true);
      expect(chart.smallest).toBeGreaterThanOrEqual(11);
      for (const view of labels.views.slice(1)) {
        await openView(page, view);
        await pane(page).locator('[role="tabpanel"] h2').first().waitFor();
        expect([view, await overflow(page)]).toEqual([view, { scroll: 0, past: [] }]);
      }
    });

    it('keeps each flag’s dates and cell whole at 320 px (Swedish: ISO dates)', async () => {
      const page = await open('sample=dalsland&lang=sv&width=320');
      await runInPane(page, 'Kör');
      const flags = pane(page).locator('ul[aria-label] li');
      await flags.first().waitFor();
      // Each date and each "(cell)" in a flag: its text, and on how many lines it is drawn.
      const pieces = await flags.evaluateAll((items) =>
        items.flatMap((item) => {
          const lines = (range: Range): number =>
            new Set([...range.getClientRects()].map((box) => Math.round(box.top))).size;
          const found: { text: string; lines: number }[] = [];
          const walker = document.createTreeWalker(item, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const date of (node.textContent ?? '').matchAll(/\d{4}-\d{2}-\d{2}/g)) {
              const range = document.createRange();
              range.setStart(node, date.index ?? 0);
              range.setEnd(node, (date.index ?? 0) + date[0].length);
              found.push({ text: date[0], lines: lines(range) });
            }
          }
          const link = item.querySelector('a, button');
          if (link?.parentElement) {
            const range = document.createRange();
            range.selectNodeContents(link.parentElement);
            found.push({ text: link.parentElement.textContent ?? '', lines: lines(range) });
          }
          return found;
        }),
      );
      expect(pieces.filter((p) => /\d{4}-\d{2}-\d{2}/.test(p.text)).length).toBeGreaterThan(0);
      expect(pieces.filter((p) => p.lines !== 1)).toEqual([]);
    });

    it('lists the broken sample’s problems within 320 px', async () => {
      const page = await open('sample=broken&lang=es&width=320');
      await runInPane(page, 'Calcular');
      await pane(page).locator('[role="tabpanel"] h3').first().waitFor();
      expect(await overflow(page)).toEqual({ scroll: 0, past: [] });
    });
  });

  describe('accessibility', () => {
    /** Record every text the live region takes from now on. */
    const listen = (page: Page) =>
      page.locator('#pane [role="status"]').evaluate((region) => {
        const heard: string[] = [];
        new MutationObserver(() => heard.push(region.textContent ?? '')).observe(region, {
          childList: true,
          characterData: true,
          subtree: true,
        });
        Object.assign(window, { samkostHeard: heard });
      });
    const heard = (page: Page) =>
      page.evaluate(() => (window as unknown as { samkostHeard: string[] }).samkostHeard);
    const focused = (page: Page) =>
      page.evaluate(() => {
        const el = document.activeElement;
        return `${el?.tagName.toLowerCase()} ${el?.getAttribute('aria-labelledby') ?? el?.textContent ?? ''}`;
      });

    it('announces progress and the outcome, and takes focus to the results', async () => {
      const page = await open('sample=knutepunkt&lang=en');
      await listen(page);
      await runInPane(page, 'Run');
      await view(page)
        .getByText(/^Done\./)
        .waitFor();
      await pane(page).locator('section[aria-labelledby="samkost-totals"]').waitFor();
      const texts = await heard(page);
      expect(texts).toContain('Reading the input tables');
      expect(texts.at(-1)).toMatch(/^Done\. Sheets written \(8\): Allocation, /);
      await expect(focused(page)).resolves.toBe('section samkost-totals');
      // The chart's text alternative holds every municipality's values; each segment a tooltip.
      const chart = pane(page).locator('svg[role="img"]');
      const described = await chart.getAttribute('aria-describedby');
      const desc = (await pane(page).locator(`[id="${described}"]`).textContent()) ?? '';
      expect(desc).toMatch(
        /^Kristiansand: Costs [\d,]+, System licences [\d,]+, Proposals [\d,]+; Total 17,368,752\./,
      );
      expect(desc).toContain('Iveland: ');
      const tips = await chart.locator('rect > title').allTextContents();
      expect(tips).toContain(
        'Birkenes, Proposals: ' + (/Birkenes: .*?Proposals ([\d,]+)/.exec(desc)?.[1] ?? '?'),
      );
    });

    it('announces the number of problems and takes focus to the first one', async () => {
      const page = await open('sample=broken&lang=nb');
      await listen(page);
      await runInPane(page, 'Kjør');
      await view(page)
        .getByText(/Ingenting ble skrevet/)
        .first()
        .waitFor();
      const count = await pane(page).locator('[role="tabpanel"] li').count();
      expect((await heard(page)).at(-1)).toBe(
        `Inndataene må rettes før Samkost kan beregne. Antall problemer: ${count}. Ingenting ble skrevet.`,
      );
      const first =
        (await pane(page).locator('[role="tabpanel"] li button').first().textContent()) ?? '';
      await expect(focused(page)).resolves.toBe(`button ${first}`);
    });

    it.each(['light', 'dark'])('has no axe violations in any view (%s, 320 px)', async (theme) => {
      const views = async (page: Page, names: readonly string[]): Promise<void> => {
        for (const name of names) {
          const tab = pane(page).getByRole('tab', { name, exact: true });
          if (!(await tab.isVisible())) {
            await pane(page)
              .getByRole('button', { name: /\(\d\)$/ })
              .click();
            // The open "more" menu too, once it has finished appearing.
            await page.getByRole('menu').waitFor();
            await page.evaluate(() =>
              Promise.all(document.getAnimations().map((animation) => animation.finished)),
            );
            expect([name, await axeViolations(page, '[role="menu"]')]).toEqual([name, []]);
            await page.getByRole('menuitem', { name, exact: true }).click();
          } else await tab.click();
          await pane(page).locator('[role="tabpanel"] h2').first().waitFor();
          expect([name, await axeViolations(page, '#pane')]).toEqual([name, []]);
        }
      };
      const results = await open(`sample=knutepunkt&lang=en&theme=${theme}&width=320`);
      await runInPane(results, 'Run');
      await pane(results).locator('table[aria-labelledby="samkost-totals"]').waitFor();
      expect(await axeViolations(results, '#pane')).toEqual([]);
      await views(results, ['Tables', 'Settings', 'Help']);
      const broken = await open(`sample=broken&lang=es&theme=${theme}&width=320`);
      await runInPane(broken, 'Calcular');
      await pane(broken).locator('[role="tabpanel"] h3').first().waitFor();
      expect(await axeViolations(broken, '#pane')).toEqual([]);
      const empty = await open(`sample=empty&lang=sv&theme=${theme}&width=320`);
      await runInPane(empty, 'Kör');
      await pane(empty).getByText('Arbetsboken har inga indatatabeller ännu.').waitFor();
      expect(await axeViolations(empty, '#pane')).toEqual([]);
      await pane(empty).getByRole('button', { name: 'Skapa indatatabeller' }).click();
      await pane(empty).getByRole('button', { name: 'Skapa indatatabeller' }).click();
      await pane(empty)
        .getByText(/^Skapade tabeller: /)
        .waitFor();
      expect(await axeViolations(empty, '#pane')).toEqual([]);
    });
  });
});
