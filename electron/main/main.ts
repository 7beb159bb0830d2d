import { join } from 'node:path';
import type { BrowserWindow} from 'electron';
import { app, Menu } from 'electron';
import { apiKeyEnvVars } from '../core/backends/cloud';
import { createLayeredSecrets, KeychainSecrets } from '../core/config/secrets';
import { createEngine, type Engine } from '../core/engine';
import { ConversationsStore, createEngineHandlers, type EngineHandlers } from '../core/server';
import { createElectronSettings } from './electron-settings';
import { bindContract } from './ipc/handle';
import { utilityHostLauncher } from './inference/utility-host-launcher';
import { utilityKeychainLauncher } from './keychain/utility-launcher';
import { createLocalApi, startLocalApiAtLaunch, type LocalApi } from './local-api';
import { createAppWindow, enforceCsp, type WindowKind } from './windows/app-window';
import { pickModelFile } from './windows/pick-model-file';
import { powerMonitorDeviceState } from './device/power-monitor-state';
import { createTray } from './tray';

/** Desktop shell: hosts the engine in the main process (DESIGN.md §1; local inference runs in utility processes), binds the IPC contract, opens windows. */
let engine: Engine | undefined;
let localApi: LocalApi | undefined;
let handlers: EngineHandlers | undefined;
const windows = new Map<WindowKind, BrowserWindow>();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => openWindow('chat'));
  app.whenReady().then(start, (error: unknown) => {
    console.error(`Switchyard could not start: ${error instanceof Error ? error.message : String(error)}`);
    app.exit(1);
  });
}

async function start(): Promise<void> {
  const store = createElectronSettings();
  const settings = store.read();
  const dataDir = app.getPath('userData');
  // utilityProcess, not `process.execPath -e`: the packaged app's RunAsNode fuse is off.
  const keychain = new KeychainSecrets({ launcher: utilityKeychainLauncher(join(dataDir, 'helpers')) });
  const secrets = createLayeredSecrets({ keychain, envVars: () => apiKeyEnvVars(engine?.settings().providers ?? settings.providers) });
  // Packaged, the router model ships as an extra resource beside the asar (forge.config.ts), not in the bundle.
  const classifierDir = app.isPackaged ? join(process.resourcesPath, 'router-model') : undefined;
  // Conversations and their pseudonym maps: one store, shared by the gateway (maps) and the UI (chats).
  const conversations = new ConversationsStore(join(dataDir, 'conversations.json'));
  // Local models run in utility processes (one per loaded model): a llama.cpp crash ends that model's
  // requests with an error, never this process, the windows or the other models.
  const inferenceHosts = utilityHostLauncher(join(__dirname, 'inference-host.cjs'));
  // Large requests are scanned for private data on a worker thread, so the window stays responsive.
  const scanWorker = { path: join(__dirname, 'scan-worker.cjs'), execArgv: [] };
  engine = createEngine({
    settings, dataDir, secrets, inferenceHosts, scanWorker, pseudonymStore: conversations, deviceState: powerMonitorDeviceState(),
    ...(classifierDir !== undefined ? { classifierDir } : {}),
  });
  const api = createLocalApi(engine, (next) => store.write(next));
  localApi = api;
  await startLocalApiAtLaunch(api, settings, (message) => console.error(message));
  handlers = createEngineHandlers({
    engine,
    conversations,
    secrets,
    server: () => api.info(),
    configureServer: (input) => api.configure(input),
    pickModelFile,
    persist: (next) => {
      store.write(next);
      tray.refresh();
    },
    channel: 'desktop-chat',
  });
  bindContract(handlers, MAIN_WINDOW_VITE_DEV_SERVER_URL);
  enforceCsp();
  Menu.setApplicationMenu(Menu.buildFromTemplate([
    { role: 'appMenu' as const, visible: process.platform === 'darwin' },
    { label: 'File', submenu: [{ label: 'Routing log', accelerator: 'CmdOrCtrl+L', click: () => openWindow('log') }, { role: 'quit' }] },
    { role: 'editMenu' },
    { role: 'viewMenu' },
  ]));
  const tray = createTray({
    mode: () => engine?.settings().mode ?? 'balanced',
    setMode: (mode) => {
      if (engine !== undefined) store.write(engine.updateSettings({ mode }));
    },
    openChat: () => openWindow('chat'),
    openLog: () => openWindow('log'),
    quit: () => app.quit(),
  });
  openWindow('chat');
}

function openWindow(kind: WindowKind): void {
  const existing = windows.get(kind);
  if (existing !== undefined && !existing.isDestroyed()) {
    if (existing.isMinimized()) existing.restore();
    existing.focus();
    return;
  }
  const win = createAppWindow(kind, join(app.getPath('userData'), 'window-state.json'));
  windows.set(kind, win);
  win.on('closed', () => windows.delete(kind));
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
app.on('activate', () => openWindow('chat'));

// Clean shutdown: streams ended, the local API closed, models disposed; then quit for real.
let disposed = false;
app.on('before-quit', (event) => {
  if (disposed || engine === undefined) return;
  event.preventDefault();
  handlers?.abortAll();
  void (localApi?.close() ?? Promise.resolve())
    .then(() => engine?.dispose())
    .finally(() => {
      disposed = true;
      app.quit();
    });
});
