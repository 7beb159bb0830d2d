import { MakerDeb } from '@electron-forge/maker-deb';
import { MakerDMG } from '@electron-forge/maker-dmg';
import { MakerRpm } from '@electron-forge/maker-rpm';
import { MakerSquirrel } from '@electron-forge/maker-squirrel';
import { MakerZIP } from '@electron-forge/maker-zip';
import { AutoUnpackNativesPlugin } from '@electron-forge/plugin-auto-unpack-natives';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { VitePlugin } from '@electron-forge/plugin-vite';
import type { ForgeConfig } from '@electron-forge/shared-types';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { nativePackages, unpackGlob } from './electron/main/packaging/native-packages';
import { copyNativePackages } from './electron/main/packaging/copy-native-packages';

const config: ForgeConfig = {
  packagerConfig: {
    name: 'Switchyard',
    executableName: 'switchyard',
    appBundleId: 'dev.switchyard.app',
    icon: 'resources/icons/icon',
    // Native addons (llama.cpp, onnxruntime, the keychain) cannot load from inside an asar archive.
    asar: { unpack: unpackGlob },
    extraResource: ['resources/router-model', 'resources/router', 'resources/catalog', 'resources/pii-model'],
  },
  rebuildConfig: { onlyModules: [] },
  hooks: {
    // The Vite plugin bundles JS only; the native packages are externals and are copied in with their deps.
    packageAfterCopy: async (_config, buildPath) => copyNativePackages(process.cwd(), buildPath, nativePackages),
  },
  makers: [
    new MakerSquirrel({ name: 'Switchyard' }),
    new MakerZIP({}, ['darwin', 'linux']),
    new MakerDMG({ format: 'ULFO' }),
    new MakerDeb({ options: { name: 'switchyard', productName: 'Switchyard', categories: ['Utility', 'Development'] } }),
    new MakerRpm({ options: { name: 'switchyard', productName: 'Switchyard' } }),
  ],
  plugins: [
    new AutoUnpackNativesPlugin({}),
    new VitePlugin({
      build: [
        { entry: 'electron/main/main.ts', config: 'vite.main.config.ts', target: 'main' },
        // The inference host (a utilityProcess per loaded model) is its own bundle beside main.cjs.
        { entry: 'electron/core/backends/local/host/inference-host.ts', config: 'vite.main.config.ts', target: 'main' },
        // The privacy scan worker (a worker thread for large requests), likewise.
        { entry: 'electron/core/privacy/scan-worker.ts', config: 'vite.main.config.ts', target: 'main' },
        { entry: 'electron/preload/preload.ts', config: 'vite.preload.config.ts', target: 'preload' },
      ],
      renderer: [{ name: 'main_window', config: 'vite.renderer.config.ts' }],
    }),
    new FusesPlugin({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
    }),
  ],
};

export default config;
