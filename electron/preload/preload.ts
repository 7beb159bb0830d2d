import { contextBridge, ipcRenderer } from 'electron';

// Exposes exactly the contract's methods (filled in with shared/ipc by the desktop-app work), never ipcRenderer.
contextBridge.exposeInMainWorld('switchyard', {
  version: (): Promise<string> => ipcRenderer.invoke('app:version') as Promise<string>,
});
