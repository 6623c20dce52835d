/** The build configuration: entries, hashed names, the production manifest, the dev server. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Configuration } from 'webpack';
import { devServerScheme } from '../../src/dev/devServer.js';
import { checkUrls } from '../../src/dev/manifestChecks';

type ConfigFunction = ((
  env: Record<string, unknown>,
  argv: Record<string, unknown>,
) => Promise<Configuration>) & { productionManifest(content: Buffer, url: string): string };

// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require('../../webpack.config.js') as ConfigFunction;
const MANIFEST = readFileSync(path.resolve(__dirname, '../../manifest.xml'));

describe('webpack.config.js', () => {
  it('builds the task pane, the commands and the preview, with hashed names in production', async () => {
    const production = await config({ WEBPACK_BUILD: true }, { mode: 'production' });
    expect(Object.keys(production.entry as object)).toEqual(['taskpane', 'commands', 'preview']);
    expect(production.output?.filename).toContain('[contenthash');
    const development = await config({ WEBPACK_BUILD: true }, { mode: 'development' });
    expect(development.output?.filename).toBe('[name].js');
  });

  it('points the production manifest at the deployment URL, leaving no localhost URL', () => {
    const xml = config.productionManifest(MANIFEST, 'https://samkost.example.org/addin/');
    expect(xml).not.toMatch(/https:\/\/localhost/);
    expect(xml).toContain(
      '<SourceLocation DefaultValue="https://samkost.example.org/addin/taskpane.html"/>',
    );
    expect(xml).toContain('<AppDomain>https://samkost.example.org</AppDomain>');
    expect(checkUrls(xml)).toEqual([]);
  });

  it('refuses a deployment URL that is not https', async () => {
    await expect(config({ url: 'http://example.org/' }, { mode: 'production' })).rejects.toThrow(
      /https/,
    );
  });
});

describe('the dev server scheme', () => {
  it('is https where Excel sideloads (Windows, macOS), unless told otherwise', () => {
    expect(devServerScheme({}, 'win32')).toBe('https');
    expect(devServerScheme({}, 'darwin')).toBe('https');
    expect(devServerScheme({ http: true }, 'win32')).toBe('http');
    expect(devServerScheme({ https: true }, 'linux')).toBe('https');
  });
});
