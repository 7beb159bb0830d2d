#!/usr/bin/env node
// `npm start`: launches the desktop app through Electron Forge, or says in one line why it cannot.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

function electronBinaryPresent() {
  try {
    const dir = dirname(require.resolve('electron/package.json'));
    const pathFile = join(dir, 'path.txt');
    return existsSync(pathFile) && existsSync(join(dir, 'dist', readFileSync(pathFile, 'utf8').trim()));
  } catch {
    return false;
  }
}

if (!electronBinaryPresent()) {
  console.error(
    'The Electron binary is not installed (download it once with: node node_modules/electron/install.js); or run headless: npx switchyard serve --model PATH/TO/model.gguf',
  );
  process.exit(1);
}

const forge = spawn(process.execPath, [require.resolve('@electron-forge/cli/dist/electron-forge-start.js'), ...process.argv.slice(2)], { stdio: 'inherit' });
forge.on('exit', (code) => process.exit(code ?? 1));
