// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'assert', 'buffer', 'child_process', 'cluster', 'crypto', 'dgram', 'dns', 'events', 'fs', 'fs/promises', 'http',
  'http2', 'https', 'net', 'os', 'path', 'perf_hooks', 'process', 'readline', 'stream', 'stream/promises', 'tls',
  'url', 'util', 'v8', 'vm', 'worker_threads', 'zlib',
];

// Native packages belong to exactly one module each (DESIGN.md §2).
const nativeOwners = [
  { name: 'node-llama-cpp', owner: 'electron/core/backends/local/**' },
  { name: '@huggingface/transformers', owner: 'electron/core/router/classifier/**' },
  { name: '@napi-rs/keyring', owner: 'electron/core/config/secrets/**' },
];

/** @param {string[]} groups @param {string} message */
const forbid = (groups, message) => ({ group: groups, message });

export default tseslint.config(
  { ignores: ['node_modules/', '.vite/', 'out/', 'dist/', 'test-results/', 'tools/train-router/work/', 'renderer/dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  ...restrictedImportBlocks(),
);

/** One no-restricted-imports block per area: flat config replaces (never merges) a rule's options. */
function restrictedImportBlocks() {
  const native = nativeOwners.map(({ name, owner }) => ({ name, message: `${name} is owned by ${owner} (DESIGN.md §2); import that feature's index instead.` }));
  const builtinPaths = (/** @type {string} */ message) => nodeBuiltins.map((name) => ({ name, message }));
  const core = {
    paths: [{ name: 'electron', message: 'electron/core is plain Node: it never imports electron (DESIGN.md §2).' }, ...native],
    patterns: [forbid(['**/electron/main/**', '**/main/**', '**/preload/**', '**/renderer/**'], 'electron/core may import only shared/ and core (DESIGN.md §2).')],
  };
  const sharedMsg = 'shared/ is pure TypeScript + zod.';
  const rendererMsg = 'The renderer never imports Node built-ins or electron; use the EngineApi contract.';
  const preloadMsg = 'The preload exposes the contract only.';
  /** @param {string[]} files @param {{paths: {name: string, message: string}[], patterns: {group: string[], message: string}[]}} opts */
  const block = (files, opts) => ({ files, rules: { 'no-restricted-imports': ['error', opts] } });
  return [
    block(['electron/core/**/*.ts'], core),
    ...nativeOwners.map(({ name, owner }) => block([`${owner.replace('/**', '')}/**/*.ts`], { ...core, paths: core.paths.filter((p) => p.name !== name) })),
    block(['electron/main/**/*.ts'], { paths: native, patterns: [forbid(['**/preload/**', '**/renderer/**'], 'electron/main may not import the preload or the renderer.')] }),
    block(['shared/**/*.ts'], {
      paths: [{ name: 'electron', message: sharedMsg }, ...builtinPaths(sharedMsg), ...native],
      patterns: [forbid(['node:*'], sharedMsg), forbid(['**/electron/**', '**/renderer/**'], 'shared/ imports nothing outside shared/.')],
    }),
    block(['renderer/**/*.{ts,tsx}'], {
      paths: [{ name: 'electron', message: rendererMsg }, ...builtinPaths(rendererMsg), ...native],
      patterns: [forbid(['node:*'], rendererMsg), forbid(['**/electron/**'], 'The renderer imports only shared/ and its own code (DESIGN.md §2).')],
    }),
    block(['electron/preload/**/*.ts'], {
      paths: [...builtinPaths(preloadMsg), ...native],
      patterns: [forbid(['node:*'], preloadMsg), forbid(['**/core/**', '**/main/**', '**/renderer/**'], 'The preload imports only shared/ and electron.')],
    }),
  ];
}
