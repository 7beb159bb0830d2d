#!/usr/bin/env node
// Bundles the CLI (TypeScript) into dist/cli/ so `switchyard` starts without a TypeScript loader.
// Runs on `npm install` (prepare); bin/switchyard.js falls back to tsx when the bundle is missing or stale.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist/cli', { recursive: true, force: true });

await build({
  // The inference host is its own entry: the engine forks it per loaded model (electron/core/backends/local/host/).
  entryPoints: {
    main: 'electron/core/cli/main.ts',
    'inference-host': 'electron/core/backends/local/host/inference-host.ts',
    // The privacy scan worker thread (electron/core/privacy/scan-pool.ts) for large requests.
    'scan-worker': 'electron/core/privacy/scan-worker.ts',
  },
  outdir: 'dist/cli',
  bundle: true,
  // Chunks per command, so `route` and `scan` never load llama.cpp.
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
