#!/usr/bin/env node
// The `samkost` command: runs the compiled command line in dist/ (built by `npm run build`, or by
// `npm ci` through the prepare script).
'use strict';

const path = require('path');

const entry = path.join(__dirname, '..', '..', 'dist', 'cli', 'main.js');
let cli;
try {
  cli = require(entry);
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes(entry)) {
    console.error(
      'samkost is not built yet: run `npm run build` (or `npx tsc -p src/cli/tsconfig.json`) first.',
    );
    process.exit(1);
  }
  throw error;
}

cli.main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error) => {
    console.error(`samkost: ${error && error.message ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
