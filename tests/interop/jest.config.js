// The interop tests: what Samkost writes, read by a real spreadsheet application (headless
// LibreOffice Calc, Debian's libreoffice-calc-nogui). Kept apart from the unit tests (slow, and
// they need /usr/bin/soffice); the files end in .interop.ts so `npm test` never picks them up.
const path = require('path');

module.exports = {
  rootDir: path.resolve(__dirname, '../..'),
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/interop'],
  testMatch: ['**/*.interop.ts'],
  // LibreOffice starts in a few seconds here, but a loaded CI machine can take far longer.
  testTimeout: 300000,
  maxWorkers: 1,
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      {
        tsconfig: {
          module: 'CommonJS',
          moduleResolution: 'Node10',
          isolatedModules: true,
        },
      },
    ],
  },
};
