/**
 * The add-in's build, after the official React task-pane template (Office-Addin-TaskPane-React):
 * entries taskpane, commands and preview; ts-loader; the manifest and icons copied, the manifest's
 * https://localhost:3000/ rewritten to the deployment URL in production (`--env url=https://…`
 * or SAMKOST_URL); HiGHS's wasm copied beside the pages (the engine worker fetches it lazily).
 *
 * Dev server (port 3000, package.json config.dev_server_port), decided by src/dev/devServer.js:
 * https with office-addin-dev-certs on Windows and macOS, where Excel sideloads the add-in (the
 * certificates are installed on first use, as in the template); on other systems https only when
 * certificates already exist (no sudo prompts), else plain http for the preview page.
 * `--env http` or `--env https` forces the choice.
 */
const { Buffer } = require('buffer');
const fs = require('fs');
const path = require('path');
const { URL } = require('url');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const webpack = require('webpack');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { devServerScheme, httpsOptions } = require('./src/dev/devServer.js');

const DEV_URL = 'https://localhost:3000/';
const OUTPUT = path.resolve(__dirname, 'dist', 'addin');

/** The icons in assets/ (not the sample workbooks), for the manifest. */
const icons = () =>
  fs
    .readdirSync(path.join(__dirname, 'assets'))
    .filter((file) => file.endsWith('.png'))
    .map((file) => ({ from: `assets/${file}`, to: `assets/${file}` }));

/** The production manifest: the dev server's URLs and domain become the deployment's. */
function productionManifest(content, url) {
  return content
    .toString()
    .split(DEV_URL)
    .join(url)
    .split(DEV_URL.slice(0, -1))
    .join(new URL(url).origin);
}

/** The deployment URL for the production manifest, always ending in `/`. */
function deploymentUrl(env) {
  const url = (typeof env.url === 'string' && env.url) || process.env.SAMKOST_URL || DEV_URL;
  if (!/^https:\/\//.test(url)) throw new Error(`The deployment URL must be https: ${url}`);
  return url.endsWith('/') ? url : `${url}/`;
}

async function config(env = {}, argv = {}) {
  const production = argv.mode === 'production' || env.production === true;
  const serving = Boolean(env.WEBPACK_SERVE);
  const url = production ? deploymentUrl(env) : DEV_URL;
  const scheme = serving ? devServerScheme(env) : 'http';
  const port = Number(process.env.npm_package_config_dev_server_port) || 3000;

  return {
    mode: production ? 'production' : 'development',
    devtool: 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      preview: './src/preview/index.tsx',
    },
    output: {
      path: OUTPUT,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      assetModuleFilename: 'assets/[name].[contenthash:8][ext]',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // HiGHS's ES module carries Node-only branches (never taken in a browser or worker).
      fallback: { fs: false, path: false, crypto: false, url: false, module: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Type checking is `npm run typecheck`'s job; the build only transpiles.
            options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: true } },
          },
        },
        {
          // HiGHS finds its wasm through the URL the worker passes; don't bundle a second copy.
          test: /[\\/]node_modules[\\/]highs[\\/]/,
          parser: { url: false },
        },
      ],
    },
    plugins: [
      // `node:module` and friends in HiGHS's Node branch: strip the scheme so the fallbacks apply.
      new webpack.NormalModuleReplacementPlugin(/^node:/, (resource) => {
        resource.request = resource.request.replace(/^node:/, '');
      }),
      new CopyWebpackPlugin({
        patterns: [
          ...icons(),
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) =>
              production ? Buffer.from(productionManifest(content, url)) : content,
          },
          { from: 'node_modules/highs/build/highs.wasm', to: 'highs.wasm' },
        ],
      }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
      }),
      new HtmlWebpackPlugin({
        filename: 'preview.html',
        template: './src/preview/preview.html',
        chunks: ['preview'],
      }),
    ],
    optimization: {
      // Shared code (React, Fluent UI) in chunks of its own; charts and samples load lazily.
      splitChunks: { chunks: 'all' },
    },
    performance: { hints: false },
    devServer: {
      port,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: scheme === 'https' ? { type: 'https', options: await httpsOptions() } : 'http',
      hot: false,
      client: { overlay: { warnings: false } },
    },
  };
}

module.exports = config;
module.exports.productionManifest = productionManifest;
