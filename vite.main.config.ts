import { defineConfig } from 'vite';
import { nativePackages } from './electron/main/packaging/native-packages';

// Main process bundle as CommonJS (.cjs, since package.json says "type": "module"); native packages stay
// external and ship unpacked beside it (forge.config.ts).
export default defineConfig({
  build: {
    rollupOptions: {
      external: ['electron', 'electron-store', ...nativePackages],
      output: { format: 'cjs', entryFileNames: '[name].cjs' },
    },
  },
});
