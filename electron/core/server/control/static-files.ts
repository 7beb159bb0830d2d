import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** No inline script, no remote anything; the page talks to its own origin only. */
export const UI_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export interface StaticFile {
  body: Buffer;
  type: string;
}

/** A file under `root` for a URL path, or undefined; paths that climb out of `root` are never served. */
export function readStatic(root: string, urlPath: string): StaticFile | undefined {
  let relative: string;
  try {
    relative = urlPath === '/' ? 'index.html' : decodeURIComponent(urlPath).replace(/^\/+/, '');
  } catch {
    return undefined; // malformed percent-encoding names no file
  }
  const file = normalize(join(root, relative));
  if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  if (!existsSync(file) || !statSync(file).isFile()) return undefined;
  return { body: readFileSync(file), type: types[extname(file)] ?? 'application/octet-stream' };
}

/** renderer/dist of this checkout: found by walking up from this module (source or the bundled CLI). */
export function defaultRendererDist(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'renderer', 'index.html'))) return join(dir, 'renderer', 'dist');
    const up = dirname(dir);
    if (up === dir) return join(from, 'renderer', 'dist');
    dir = up;
  }
}
