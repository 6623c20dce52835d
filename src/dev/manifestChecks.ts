/**
 * Offline checks of manifest.xml: the XSD schemas (xmllint-wasm), and what XSD cannot check:
 * every resid resolves, every icon exists with its declared pixel size, every URL is https on a
 * declared domain. Each check returns its problems as plain sentences (empty: passed).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { pngSize } from './png';

/** The main schema of XML manifests v1.1; the others in its folder are its imports. */
export const MAIN_SCHEMA = 'OfficeAppManifestV1_1.xsd';

/** Where the offline schemas live: beside the project, in ../shared/schemas. */
export const schemaDirectory = (root: string): string =>
  path.resolve(root, '..', 'shared', 'schemas', 'office-addin-manifest');

/** Validate against the XSDs in `schemas`. */
export async function checkSchema(xml: string, schemas: string): Promise<string[]> {
  const files = readdirSync(schemas).filter((f) => f.endsWith('.xsd'));
  const load = (fileName: string) => ({
    fileName,
    contents: readFileSync(path.join(schemas, fileName), 'utf8'),
  });
  const result = await validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: [load(MAIN_SCHEMA)],
    preload: files.filter((f) => f !== MAIN_SCHEMA).map(load),
  });
  return result.valid ? [] : result.errors.map((e) => `schema: ${e.rawMessage.trim()}`);
}

const attributes = (xml: string, pattern: RegExp): RegExpExecArray[] => [
  ...xml.matchAll(new RegExp(pattern.source, 'g')),
];

/** The resources' ids: `<bt:Image id>`, `<bt:Url id>`, `<bt:String id>`. */
const resourceIds = (xml: string): Map<string, string> =>
  new Map(
    attributes(xml, /<bt:(?:Image|Url|String)\s+id="([^"]+)"\s+DefaultValue="([^"]*)"/).map((m) => [
      m[1] ?? '',
      m[2] ?? '',
    ]),
  );

/** Every `resid` names a resource. */
export function checkResids(xml: string): string[] {
  const ids = resourceIds(xml);
  return attributes(xml, /resid="([^"]+)"/)
    .map((m) => m[1] ?? '')
    .filter((id) => !ids.has(id))
    .map((id) => `resid "${id}" names no resource`);
}

/** Each icon URL with the pixel size the manifest declares for it. */
function declaredIcons(xml: string): { url: string; size: number }[] {
  const ids = resourceIds(xml);
  const fromResources = attributes(xml, /<bt:Image\s+size="(\d+)"\s+resid="([^"]+)"/).map((m) => ({
    url: ids.get(m[2] ?? '') ?? '',
    size: Number(m[1]),
  }));
  const top = (element: string, size: number) =>
    attributes(xml, new RegExp(`<${element}\\s+DefaultValue="([^"]+)"`)).map((m) => ({
      url: m[1] ?? '',
      size,
    }));
  // IconUrl is 32×32 and HighResolutionIconUrl 64×64 (Office's sizes for the add-in's icon).
  const all = [...top('IconUrl', 32), ...top('HighResolutionIconUrl', 64), ...fromResources];
  // The same icon is declared for the group and its button: check each pair once.
  return [...new Map(all.map((icon) => [`${icon.size} ${icon.url}`, icon])).values()];
}

/** The SourceLocation's origin: the dev server, whose paths map onto the repository. */
const sourceOrigin = (xml: string): string | null => {
  const match = /<SourceLocation\s+DefaultValue="([^"]+)"/.exec(xml);
  try {
    return match ? new URL(match[1] ?? '').origin : null;
  } catch {
    return null;
  }
};

/** Every icon served from the SourceLocation's origin exists under `root` with its size. */
export function checkIcons(xml: string, root: string): string[] {
  const origin = sourceOrigin(xml);
  const problems: string[] = [];
  for (const { url, size } of declaredIcons(xml)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      problems.push(`icon URL "${url}" is not a URL`);
      continue;
    }
    if (parsed.origin !== origin) continue; // served elsewhere: the URL check covers it
    const file = path.join(root, decodeURIComponent(parsed.pathname));
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      problems.push(`icon ${parsed.pathname} is missing`);
      continue;
    }
    const actual = pngSize(bytes);
    if (!actual) problems.push(`icon ${parsed.pathname} is not a PNG`);
    else if (actual.width !== size || actual.height !== size) {
      problems.push(
        `icon ${parsed.pathname} is ${actual.width}×${actual.height}, declared ${size}×${size}`,
      );
    }
  }
  return problems;
}

/** Every URL is https and on the SourceLocation's host or a declared AppDomain. */
export function checkUrls(xml: string): string[] {
  const origin = sourceOrigin(xml);
  const hosts = new Set<string>();
  if (origin) hosts.add(new URL(origin).host);
  for (const m of attributes(xml, /<AppDomain>([^<]+)<\/AppDomain>/)) {
    const domain = (m[1] ?? '').trim();
    try {
      hosts.add(new URL(domain.includes('://') ? domain : `https://${domain}`).host);
    } catch {
      // reported below with the other URLs
    }
  }
  const urls = attributes(xml, /(?:DefaultValue|Value)="([a-z][a-z0-9+.-]*:\/\/[^"]*)"/i)
    .map((m) => m[1] ?? '')
    .concat(attributes(xml, /<AppDomain>([^<]+)<\/AppDomain>/).map((m) => (m[1] ?? '').trim()));
  const problems: string[] = [];
  for (const url of new Set(urls)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      problems.push(`"${url}" is not a URL`);
      continue;
    }
    if (parsed.protocol !== 'https:') problems.push(`${url} is not https`);
    else if (!hosts.has(parsed.host)) problems.push(`${url} is on no declared domain`);
  }
  return problems;
}

/** All offline checks of the manifest at `root/manifest.xml` (or `xml` when given). */
export async function checkManifest(
  root: string,
  xml = readFileSync(path.join(root, 'manifest.xml'), 'utf8'),
  schemas = schemaDirectory(root),
): Promise<string[]> {
  return [
    ...(await checkSchema(xml, schemas)),
    ...checkResids(xml),
    ...checkIcons(xml, root),
    ...checkUrls(xml),
  ];
}
