import type * as NodeLlamaCpp from 'node-llama-cpp';

/**
 * node-llama-cpp, imported on first use: evaluating it takes ~0.7 s, which `switchyard serve` spends after it
 * is already listening rather than before.
 */
let module: Promise<typeof NodeLlamaCpp> | undefined;

export function nodeLlamaCpp(): Promise<typeof NodeLlamaCpp> {
  module ??= import('node-llama-cpp');
  return module;
}
