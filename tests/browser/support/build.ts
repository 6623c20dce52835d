/**
 * Build the add-in once with the project's own webpack config (production mode) into a temporary
 * directory, so the browser tests exercise what ships.
 */
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import webpack, { type Configuration } from 'webpack';

const ROOT = path.resolve(__dirname, '../../..');

type ConfigExport =
  | Configuration
  | Configuration[]
  | ((
      env: Record<string, unknown>,
      argv: Record<string, unknown>,
    ) => Configuration | Configuration[] | Promise<Configuration | Configuration[]>);

/** The project's webpack configuration(s), as the webpack CLI would see them for a build. */
async function projectConfigs(outputPath: string): Promise<Configuration[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exported = require(path.join(ROOT, 'webpack.config.js')) as ConfigExport;
  const resolved =
    typeof exported === 'function'
      ? await exported({ WEBPACK_BUILD: true, production: true }, { mode: 'production' })
      : exported;
  return (Array.isArray(resolved) ? resolved : [resolved]).map((config) => ({
    ...config,
    mode: 'production',
    output: { ...config.output, path: outputPath },
  }));
}

/** Build into a new temporary directory and return it; rejects with webpack's errors. */
export async function buildAddin(): Promise<string> {
  const outputPath = mkdtempSync(path.join(tmpdir(), 'samkost-browser-'));
  const configs = await projectConfigs(outputPath);
  await new Promise<void>((resolve, reject) => {
    webpack(configs, (error, stats) => {
      if (error) return reject(error);
      if (!stats || stats.hasErrors()) {
        return reject(new Error(stats?.toString({ all: false, errors: true }) ?? 'build failed'));
      }
      resolve();
    });
  });
  return outputPath;
}
