import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { toSwitchyardError } from '../../../shared/errors';
import { invokeChannelNames, type ChatPartEvent } from '../../../shared/ipc';
import { callChannel, type ContractHandlers } from '../../core/server/control';
import { isTrustedSender } from '../security/sender';

/**
 * Binds every contract channel through one wrapper: checks the sender frame, parses the payload with the
 * channel's zod schema (inside callChannel), and turns failures into a JSON message without a stack.
 */
export function bindContract(handlers: ContractHandlers, devServerUrl: string | undefined): () => void {
  for (const channel of invokeChannelNames) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, payload: unknown) => {
      const frame = event.senderFrame;
      const info = frame === null ? null : { url: frame.url, topLevel: frame === event.sender.mainFrame };
      if (!isTrustedSender(info, devServerUrl)) throw new Error(JSON.stringify({ message: 'IPC refused: not from the app window.', type: 'permission_error', code: 'sender_refused' }));
      const controller = new AbortController();
      const onGone = (): void => controller.abort(new Error('window closed'));
      event.sender.once('destroyed', onGone);
      try {
        const emit = (part: ChatPartEvent): void => {
          if (!event.sender.isDestroyed()) event.sender.send('chat:part', part);
        };
        return await callChannel(handlers, channel, payload, { emit, signal: controller.signal });
      } catch (error) {
        const e = toSwitchyardError(error);
        throw new Error(JSON.stringify({ message: e.message, type: e.type, code: e.code }));
      } finally {
        event.sender.off('destroyed', onGone);
      }
    });
  }
  return () => {
    for (const channel of invokeChannelNames) ipcMain.removeHandler(channel);
  };
}
