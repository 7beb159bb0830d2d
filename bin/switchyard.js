#!/usr/bin/env node
// Runs the TypeScript CLI straight from a clone (`npx switchyard …`) through tsx's loader.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../electron/core/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
