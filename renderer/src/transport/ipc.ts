import { EngineCallError, eventChannels, invokeChannels, type ChannelInput, type ChannelOutput, type EngineApi, type InvokeChannel, type SwitchyardBridge } from '../../../shared/ipc';

/** Desktop transport: the preload's `window.switchyard`; answers are parsed again here (never trusted). */
export function createIpcApi(bridge: SwitchyardBridge): EngineApi {
  async function call<C extends InvokeChannel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const method = bridge[channel] as (input: ChannelInput<C>) => Promise<unknown>;
    try {
      return invokeChannels[channel].output.parse(await method(input)) as ChannelOutput<C>;
    } catch (error) {
      throw fromIpcError(error);
    }
  }
  return {
    invoke: call,
    async chat(input, onPart) {
      const off = bridge.onChatPart((event) => {
        const parsed = eventChannels['chat:part'].safeParse(event);
        if (parsed.success && parsed.data.requestId === input.requestId) onPart(parsed.data);
      });
      try {
        return await call('chat.start', input);
      } finally {
        off();
      }
    },
  };
}

/** Main serialises errors as JSON in the message (no stack); Electron prefixes its own words. */
function fromIpcError(error: unknown): EngineCallError {
  if (error instanceof EngineCallError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const json = /(\{.*\})\s*$/.exec(message)?.[1];
  if (json !== undefined) {
    try {
      const body = JSON.parse(json) as { message?: unknown; type?: unknown; code?: unknown };
      if (typeof body.message === 'string') return new EngineCallError(body.message, typeof body.type === 'string' ? body.type : 'server_error', typeof body.code === 'string' ? body.code : null);
    } catch {
      // not ours: fall through
    }
  }
  return new EngineCallError(message, 'server_error', null);
}
