import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The same renderer build serves the desktop window and `switchyard serve`'s web UI.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
});
