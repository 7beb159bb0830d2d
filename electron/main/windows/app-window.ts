import { join } from 'node:path';
import { BrowserWindow, session, shell } from 'electron';
import { safeExternalUrl } from '../security/external-links';
import { DESKTOP_CSP, secureWebPreferences } from '../security/web-preferences';
import { loadBounds, saveBounds } from './window-state';

export type WindowKind = 'chat' | 'log';
const defaults: Record<WindowKind, { width: number; height: number; title: string }> = {
  chat: { width: 1100, height: 760, title: 'Switchyard' },
  log: { width: 1200, height: 700, title: 'Switchyard — Routing log' },
};

/** A window on our renderer (the log window opens it at #log), locked down and remembering where it was. */
export function createAppWindow(kind: WindowKind, stateFile: string): BrowserWindow {
  const saved = loadBounds(stateFile, kind);
  const win = new BrowserWindow({
    ...defaults[kind],
    ...(saved ?? {}),
    show: false,
    webPreferences: { ...secureWebPreferences, preload: join(__dirname, 'preload.cjs') },
  });
  win.once('ready-to-show', () => win.show());
  win.on('close', () => saveBounds(stateFile, kind, win.getNormalBounds()));
  // No navigation away from the app and no new windows; vetted http(s) links open in the browser.
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
  win.webContents.setWindowOpenHandler(({ url }) => {
    const safe = safeExternalUrl(url);
    if (safe !== null) void shell.openExternal(safe);
    return { action: 'deny' };
  });
  const hash = kind === 'log' ? 'log' : '';
  if (MAIN_WINDOW_VITE_DEV_SERVER_URL !== undefined) void win.loadURL(`${MAIN_WINDOW_VITE_DEV_SERVER_URL}#${hash}`);
  else void win.loadFile(join(__dirname, `../renderer/${MAIN_WINDOW_VITE_NAME}/index.html`), { hash });
  return win;
}

/** The CSP header on every response our windows load, besides the meta tag in index.html. */
export function enforceCsp(): void {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [DESKTOP_CSP] } });
  });
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
}
