/**
 * node-llama-cpp, imported on first use: evaluating it takes ~0.7 s, which `switchyard serve` spends after it
 * is already listening rather than before.
 */
let module: Promise<typeof import('node-llama-cpp')> | undefined;

export function nodeLlamaCpp(): Promise<typeof import('node-llama-cpp')> {
  module ??= import('node-llama-cpp');
  return module;
}
