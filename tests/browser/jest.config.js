// The browser tests: a production build served on loopback, driven through Debian's Chromium.
// Kept apart from the unit tests (slow, and they need /usr/bin/chromium).
const path = require('path');

module.exports = {
  rootDir: path.resolve(__dirname, '../..'),
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/browser'],
  testMatch: ['**/*.test.ts'],
  globalSetup: '<rootDir>/tests/browser/support/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/browser/support/globalTeardown.ts',
  testTimeout: 240000,
  // One Chromium at a time keeps the machine responsive and the runs deterministic.
  maxWorkers: 1,
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      {
        tsconfig: {
          jsx: 'react-jsx',
          module: 'CommonJS',
          moduleResolution: 'Node10',
          isolatedModules: true,
        },
      },
    ],
  },
};
