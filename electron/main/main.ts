import { join } from 'node:path';
import { app, BrowserWindow, shell } from 'electron';
import { createEngine, type Engine } from '../core/engine';
import { createElectronSettings } from './electron-settings';

/** Desktop shell: hosts the engine in the main process (DESIGN.md §1) and opens the chat window. */
let engine: Engine | undefined;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [win] = BrowserWindow.getAllWindows();
    if (win !== undefined) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.whenReady().then(start, (error: unknown) => {
    console.error(`Switchyard could not start: ${error instanceof Error ? error.message : String(error)}`);
    app.exit(1);
  });
}

async function start(): Promise<void> {
  const settings = createElectronSettings();
  engine = createEngine({ settings: settings.read() });
  createChatWindow();
}

function createChatWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1100,
    height: 760,
    title: 'Switchyard',
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });
  // No navigation away from the app and no new windows; http(s) links open in the browser.
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (/^https?:\/\//.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  if (MAIN_WINDOW_VITE_DEV_SERVER_URL !== undefined) void win.loadURL(MAIN_WINDOW_VITE_DEV_SERVER_URL);
  else void win.loadFile(join(__dirname, `../renderer/${MAIN_WINDOW_VITE_NAME}/index.html`));
  return win;
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

let disposed = false;
app.on('before-quit', (event) => {
  if (disposed || engine === undefined) return;
  event.preventDefault();
  void engine.dispose().finally(() => {
    disposed = true;
    app.quit();
  });
});
