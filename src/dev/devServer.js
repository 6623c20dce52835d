/**
 * How the dev server serves, shared by webpack.config.js and src/dev/start.ts (plain CommonJS so
 * webpack's config can require it). See webpack.config.js for the rule.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');

/** Where office-addin-dev-certs keeps its certificates (its defaults). */
const CERTIFICATE_DIRECTORY = path.join(os.homedir(), '.office-addin-dev-certs');
const FILES = { ca: 'ca.crt', cert: 'localhost.crt', key: 'localhost.key' };

/** True when the development certificates already exist. */
function certificatesExist() {
  return Object.values(FILES).every((file) =>
    fs.existsSync(path.join(CERTIFICATE_DIRECTORY, file)),
  );
}

/** True where Excel desktop can sideload the add-in. */
function excelPlatform(platform = process.platform) {
  return platform === 'win32' || platform === 'darwin';
}

/** 'https' or 'http' for the dev server, from `--env http|https` or the platform. */
function devServerScheme(env = {}, platform = process.platform) {
  if (env.https) return 'https';
  if (env.http) return 'http';
  return excelPlatform(platform) || certificatesExist() ? 'https' : 'http';
}

/** The https options: installs certificates on Excel platforms, else reads existing ones. */
async function httpsOptions() {
  if (excelPlatform() || !certificatesExist()) {
    const devCerts = require('office-addin-dev-certs');
    return devCerts.getHttpsServerOptions();
  }
  const read = (file) => fs.readFileSync(path.join(CERTIFICATE_DIRECTORY, file));
  return { ca: read(FILES.ca), cert: read(FILES.cert), key: read(FILES.key) };
}

module.exports = { certificatesExist, devServerScheme, excelPlatform, httpsOptions };
