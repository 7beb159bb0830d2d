import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { invokeChannelNames, type ChatPartEvent, type SwitchyardBridge } from '../../shared/ipc';

// Exactly the contract: one method per channel (fixed channel name each) and the chat:part subscription.
// Never ipcRenderer itself, never the Electron event object.
const methods = Object.fromEntries(invokeChannelNames.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input)]));

const bridge = {
  ...methods,
  onChatPart(listener: (event: ChatPartEvent) => void): () => void {
    const wrapped = (_event: IpcRendererEvent, payload: ChatPartEvent): void => listener(payload);
    ipcRenderer.on('chat:part', wrapped);
    return () => void ipcRenderer.removeListener('chat:part', wrapped);
  },
} as SwitchyardBridge;

contextBridge.exposeInMainWorld('switchyard', bridge);
