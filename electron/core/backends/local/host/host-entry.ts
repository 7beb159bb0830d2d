import { existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HOST_BUNDLE = 'inference-host.js';
const HOST_SOURCE = 'inference-host.ts';

interface Esbuild {
  buildSync(options: Record<string, unknown>): unknown;
}

/** Where to start an inference host from, and with which Node flags. */
export interface HostEntry {
  path: string;
  execArgv: string[];
}

let cached: HostEntry | undefined;

/**
 * The host's entry file. In the bundled CLI it sits beside this code (scripts/build-cli.js writes
 * dist/cli/inference-host.js). From source (a clone without a fresh bundle, the tests) it is bundled on
 * first use into dist/host/ with esbuild, because running it under tsx would route each of node-llama-cpp's
 * hundreds of module loads through tsx's loader thread (seconds per host start); tsx is the fallback where
 * esbuild is not installed.
 */
export function hostEntry(): HostEntry {
  if (cached !== undefined) return cached;
  const here = dirname(fileURLToPath(import.meta.url));
  const bundled = join(here, HOST_BUNDLE);
  if (existsSync(bundled)) return (cached = { path: bundled, execArgv: [] });
  const source = join(here, HOST_SOURCE);
  if (!existsSync(source)) {
    throw new Error(`The inference host entry is missing: neither ${bundled} nor ${source} exists; run \`npm install\` to rebuild dist/cli.`);
  }
  const require = createRequire(import.meta.url);
  const root = join(here, '..', '..', '..', '..', '..');
  try {
    const out = join(root, 'dist', 'host', HOST_BUNDLE);
    if (!existsSync(out) || statSync(out).mtimeMs < newestSource([join(root, 'electron', 'core'), join(root, 'shared')])) {
      const esbuild = require('esbuild') as Esbuild;
      mkdirSync(dirname(out), { recursive: true });
      // Written aside and renamed: parallel test workers may build at the same moment.
      const temp = `${out}.${process.pid}.tmp`;
      esbuild.buildSync({
        entryPoints: [source], outfile: temp, bundle: true, platform: 'node', format: 'esm', target: 'node20',
        packages: 'external', logLevel: 'error',
        banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
      });
      renameSync(temp, out);
    }
    return (cached = { path: out, execArgv: [] });
  } catch {
    return (cached = { path: source, execArgv: ['--import', pathToFileURL(require.resolve('tsx')).href] });
  }
}

function newestSource(dirs: string[]): number {
  let newest = 0;
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of dirs) if (existsSync(dir)) walk(dir);
  return newest;
}
