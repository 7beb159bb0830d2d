import { existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface Esbuild {
  buildSync(options: Record<string, unknown>): unknown;
}

/** Where to start a child process or worker thread from, and with which Node flags. */
export interface BundledEntry {
  path: string;
  execArgv: string[];
}

/**
 * The entry file of code that runs apart from the engine (an inference host process, the privacy scan worker).
 * In the bundled CLI it sits beside the calling code (scripts/build-cli.js writes dist/cli/NAME.js). From source (a
 * clone without a fresh bundle, the tests) it is bundled on first use into dist/OUTDIR/ with esbuild, because
 * running it under tsx would route each of its module loads through tsx's loader thread; tsx is the fallback
 * where esbuild is not installed.
 * `fromUrl` is the caller's import.meta.url, `sourceDir` the folder of NAME.ts relative to the repository root.
 */
export function bundledEntry(name: string, sourceDir: string, outDir: string, fromUrl: string): BundledEntry {
  const here = dirname(fileURLToPath(fromUrl));
  const bundled = join(here, `${name}.js`);
  if (existsSync(bundled)) return { path: bundled, execArgv: [] };
  const root = repositoryRoot(here);
  const source = join(root, sourceDir, `${name}.ts`);
  if (!existsSync(source)) {
    throw new Error(`The entry '${name}' is missing: neither ${bundled} nor ${source} exists; run \`npm install\` to rebuild dist/cli.`);
  }
  const require = createRequire(fromUrl);
  try {
    const out = join(root, 'dist', outDir, `${name}.js`);
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
    return { path: out, execArgv: [] };
  } catch {
    return { path: source, execArgv: ['--import', pathToFileURL(require.resolve('tsx')).href] };
  }
}

/** The folder holding package.json above `dir` (the sources sit at most a few levels below it). */
function repositoryRoot(dir: string): string {
  let at = dir;
  for (let i = 0; i < 10; i += 1) {
    if (existsSync(join(at, 'package.json'))) return at;
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
  }
  return dir;
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
