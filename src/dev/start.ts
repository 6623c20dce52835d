/**
 * `npm start`. With Excel (Windows, macOS): sideload the add-in and start the dev server through
 * `office-addin-debugging start manifest.xml desktop`. Elsewhere (Linux, CI), or with
 * `npm start -- --preview`: serve the browser preview (fake Excel beside the real task pane) with
 * webpack-dev-server and print its URL; `npm stop` or Ctrl+C ends it.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { devServerScheme, excelPlatform } from './devServer.js';
import { PREVIEW_PID_FILE, ROOT } from './previewPid';

const bin = (name: string): string => path.join(ROOT, 'node_modules', '.bin', name);
const shell = process.platform === 'win32';

function startExcel(): void {
  const app = process.env.npm_package_config_app_to_debug ?? 'excel';
  const child = spawn(
    bin('office-addin-debugging'),
    ['start', 'manifest.xml', 'desktop', '--app', app],
    { cwd: ROOT, stdio: 'inherit', shell },
  );
  child.on('exit', (code) => process.exit(code ?? 0));
}

function startPreview(): void {
  const scheme = devServerScheme({});
  const port = Number(process.env.npm_package_config_dev_server_port) || 3000;
  const child = spawn(bin('webpack'), ['serve', '--mode', 'development', '--env', scheme], {
    cwd: ROOT,
    stdio: 'inherit',
    shell,
  });
  mkdirSync(path.dirname(PREVIEW_PID_FILE), { recursive: true });
  writeFileSync(PREVIEW_PID_FILE, String(child.pid));
  console.log(`\nSamkost preview: ${scheme}://localhost:${port}/preview.html`);
  console.log(
    '(no Excel here: a simulated workbook beside the real task pane; npm stop ends it)\n',
  );
  const stop = () => child.kill();
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => {
    rmSync(PREVIEW_PID_FILE, { force: true });
    process.exit(code ?? 0);
  });
}

const wantsPreview = process.argv.includes('--preview') || Boolean(process.env.CI);
if (excelPlatform() && !wantsPreview) startExcel();
else startPreview();
