import { defineConfig } from 'vite';

// Sandboxed preloads must be CommonJS.
export default defineConfig({
  build: { rollupOptions: { external: ['electron'], output: { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: true } } },
});
