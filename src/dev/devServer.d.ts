/** Types of ./devServer.js (plain CommonJS so webpack.config.js can require it). */
export function certificatesExist(): boolean;
export function excelPlatform(platform?: NodeJS.Platform): boolean;
export function devServerScheme(
  env?: { readonly http?: unknown; readonly https?: unknown },
  platform?: NodeJS.Platform,
): 'http' | 'https';
export function httpsOptions(): Promise<{ ca: Buffer; cert: Buffer; key: Buffer }>;
