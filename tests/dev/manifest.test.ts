/**
 * The offline manifest checks: the real manifest passes them all, and a manifest broken in each
 * way fails the check meant to catch it. Schemas come from ../shared/schemas beside the repo.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  checkIcons,
  checkManifest,
  checkResids,
  checkSchema,
  checkUrls,
  schemaDirectory,
} from '../../src/dev/manifestChecks';

const ROOT = path.resolve(__dirname, '../..');
const MANIFEST = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const SCHEMAS = schemaDirectory(ROOT);

/** The manifest with one exact piece of text replaced (which must be there). */
function broken(find: string, replace: string): string {
  expect(MANIFEST).toContain(find);
  return MANIFEST.replace(find, replace);
}

describe('manifest.xml', () => {
  it('passes every offline check', async () => {
    expect(await checkManifest(ROOT)).toEqual([]);
  });

  it('fails the schema check without its permissions, or with an unknown element', async () => {
    expect(
      await checkSchema(broken('<Permissions>ReadWriteDocument</Permissions>', ''), SCHEMAS),
    ).not.toEqual([]);
    expect(
      await checkSchema(broken('<ProviderName>', '<Provider/><ProviderName>'), SCHEMAS),
    ).not.toEqual([]);
  });

  it('fails the resid check when a resid names no resource', () => {
    const xml = broken('resid="Samkost.OpenPane.Tooltip"', 'resid="Samkost.OpenPane.Tip"');
    expect(checkResids(xml)).toEqual(['resid "Samkost.OpenPane.Tip" names no resource']);
  });

  it('fails the icon check for a wrong size and for a missing file', () => {
    const wrongSize = broken(
      '<bt:Image size="80" resid="Samkost.Icon.80"/>',
      '<bt:Image size="80" resid="Samkost.Icon.32"/>',
    );
    expect(checkIcons(wrongSize, ROOT)).toContain(
      'icon /assets/icon-32.png is 32×32, declared 80×80',
    );
    const missing = broken('assets/icon-16.png', 'assets/icon-17.png');
    expect(checkIcons(missing, ROOT)).toEqual(['icon /assets/icon-17.png is missing']);
  });

  it('fails the URL check for http and for an undeclared domain', () => {
    const http = broken(
      'https://localhost:3000/commands.html',
      'http://localhost:3000/commands.html',
    );
    expect(checkUrls(http)).toEqual(['http://localhost:3000/commands.html is not https']);
    const elsewhere = broken(
      'https://localhost:3000/assets/icon-80.png',
      'https://cdn.example.com/icon-80.png',
    );
    expect(checkUrls(elsewhere)).toEqual([
      'https://cdn.example.com/icon-80.png is on no declared domain',
    ]);
  });

  it('opens the task pane from a button on the Home tab, for Excel only', () => {
    expect(MANIFEST).toMatch(/<OfficeTab id="TabHome">[\s\S]*<Action xsi:type="ShowTaskpane">/);
    expect(MANIFEST).toMatch(/<Hosts>\s*<Host Name="Workbook"\/>\s*<\/Hosts>/);
    expect(MANIFEST).toContain('<Set Name="ExcelApi" MinVersion="1.7"/>');
  });

  it('localises the name and description in nb-NO, sv-SE and es-ES', () => {
    for (const element of ['DisplayName', 'Description']) {
      const block =
        new RegExp(`<${element} [^>]*>([\\s\\S]*?)</${element}>`).exec(MANIFEST)?.[1] ?? '';
      expect([...block.matchAll(/Locale="([^"]+)"/g)].map((m) => m[1])).toEqual([
        'nb-NO',
        'sv-SE',
        'es-ES',
      ]);
    }
  });
});
