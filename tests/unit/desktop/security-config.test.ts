import { describe, expect, it } from 'vitest';
import { FuseV1Options } from '@electron/fuses';
import forgeConfig from '../../../forge.config';
import { nativePackages, unpackGlob } from '../../../electron/main/packaging/native-packages';
import { safeExternalUrl } from '../../../electron/main/security/external-links';
import { isTrustedSender } from '../../../electron/main/security/sender';
import { DESKTOP_CSP, secureWebPreferences } from '../../../electron/main/security/web-preferences';

describe('desktop window security', () => {
  it('uses context isolation, the sandbox and no Node in any renderer', () => {
    expect(secureWebPreferences).toMatchObject({
      contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false,
      webSecurity: true, allowRunningInsecureContent: false, webviewTag: false,
    });
  });

  it('has a CSP without inline or remote script', () => {
    expect(DESKTOP_CSP).toContain("default-src 'none'");
    expect(DESKTOP_CSP).toContain("script-src 'self';");
    expect(DESKTOP_CSP).not.toMatch(/unsafe-(inline|eval)|https?:/);
  });

  it('opens only absolute http(s) links without credentials in the browser', () => {
    expect(safeExternalUrl('https://example.com/a?b=1')).toBe('https://example.com/a?b=1');
    for (const bad of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', '/relative', 'https://user:pw@example.com/', 'ms-settings:']) {
      expect(safeExternalUrl(bad), bad).toBeNull();
    }
  });

  it('accepts IPC only from the top-level frame of our own page', () => {
    expect(isTrustedSender({ url: 'file:///app/renderer/main_window/index.html', topLevel: true }, undefined)).toBe(true);
    expect(isTrustedSender({ url: 'file:///app/renderer/main_window/index.html', topLevel: false }, undefined)).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', topLevel: true }, undefined)).toBe(false);
    expect(isTrustedSender({ url: 'http://localhost:5173/#log', topLevel: true }, 'http://localhost:5173')).toBe(true);
    expect(isTrustedSender({ url: 'http://localhost:5174/', topLevel: true }, 'http://localhost:5173')).toBe(false);
    expect(isTrustedSender({ url: 'file:///x/index.html', topLevel: true }, 'http://localhost:5173')).toBe(false);
    expect(isTrustedSender(null, undefined)).toBe(false);
  });
});

describe('Forge config', () => {
  it('makes deb, rpm and zip for Linux, dmg and zip for macOS, squirrel for Windows', () => {
    const names = (forgeConfig.makers ?? []).map((m) => ('name' in m ? m.name : ''));
    expect(names).toEqual(expect.arrayContaining(['deb', 'rpm', 'zip', 'dmg', 'squirrel']));
  });

  it('sets the security fuses', () => {
    const fuses = (forgeConfig.plugins ?? []).find((p) => 'name' in p && p.name === 'fuses') as unknown as { fusesConfig: Record<string | number, unknown> } | undefined;
    expect(fuses).toBeDefined();
    expect(fuses?.fusesConfig).toMatchObject({
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
    });
  });

  it('unpacks every native package from the asar', () => {
    const asar = forgeConfig.packagerConfig?.asar;
    expect(asar).toEqual({ unpack: unpackGlob });
    for (const pkg of ['node-llama-cpp', 'onnxruntime-node', '@napi-rs/keyring']) expect(nativePackages).toContain(pkg);
    expect(unpackGlob).toContain('node_modules/node-llama-cpp/');
    expect(unpackGlob).toContain('node_modules/@node-llama-cpp/**');
    expect(unpackGlob).toContain('node_modules/onnxruntime-node/bin/**');
    expect(unpackGlob).toContain('node_modules/@napi-rs/keyring');
    expect(unpackGlob).toContain('*.node');
  });
});
