/**
 * `npm run validate`: check manifest.xml offline (schemas and our own checks, see
 * ./manifestChecks). `npm run validate -- --online` also runs Microsoft's online validator
 * (`office-addin-manifest validate`), which needs the network.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { checkManifest } from './manifestChecks';

const ROOT = path.resolve(__dirname, '..', '..');

async function main(): Promise<number> {
  const problems = await checkManifest(ROOT);
  for (const problem of problems) console.error(`manifest.xml: ${problem}`);
  if (problems.length === 0) console.log('manifest.xml: valid (schemas, resids, icons, URLs)');
  if (problems.length > 0) return 1;
  if (!process.argv.includes('--online')) return 0;
  const bin = path.join(ROOT, 'node_modules', '.bin', 'office-addin-manifest');
  const online = spawnSync(bin, ['validate', path.join(ROOT, 'manifest.xml')], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  return online.status ?? 1;
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
