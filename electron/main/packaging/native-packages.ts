/**
 * Packages with native binaries: kept out of the Vite bundle (externals), copied into the packaged app
 * with their dependencies, and unpacked from the asar so their .node/.so/.dylib/.dll files can load.
 */
export const nativePackages = [
  'node-llama-cpp',
  '@node-llama-cpp/mac-arm64-metal',
  '@node-llama-cpp/mac-x64',
  '@node-llama-cpp/linux-x64',
  '@node-llama-cpp/linux-x64-cuda',
  '@node-llama-cpp/linux-x64-cuda-ext',
  '@node-llama-cpp/linux-x64-vulkan',
  '@node-llama-cpp/linux-arm64',
  '@node-llama-cpp/linux-armv7l',
  '@node-llama-cpp/win-x64',
  '@node-llama-cpp/win-x64-cuda',
  '@node-llama-cpp/win-x64-cuda-ext',
  '@node-llama-cpp/win-x64-vulkan',
  '@node-llama-cpp/win-arm64',
  '@huggingface/transformers',
  'onnxruntime-node',
  'onnxruntime-common',
  'sharp',
  '@napi-rs/keyring',
] as const;

export const unpackGlob = '**/{*.node,*.dylib,*.so,*.so.*,*.dll,*.metal,*.exe,node_modules/node-llama-cpp/llama/**,node_modules/@node-llama-cpp/**,node_modules/onnxruntime-node/bin/**,node_modules/@napi-rs/keyring*/**}';
