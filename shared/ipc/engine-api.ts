import type { ChannelInput, ChannelOutput, EventPayload, InvokeChannel } from './channels';

export type ChatPartEvent = EventPayload<'chat:part'>;

/**
 * What the renderer talks to, whatever the transport. `invoke` covers every channel; a streaming channel's
 * events go to `onEvent` while its call is in flight.
 */
export interface EngineApi {
  invoke<C extends InvokeChannel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  /** chat.start with its `chat:part` events delivered to `onPart`; resolves when the answer ends. */
  chat(input: ChannelInput<'chat.start'>, onPart: (event: ChatPartEvent) => void): Promise<ChannelOutput<'chat.start'>>;
}

/** A failure as it crosses a transport: OpenAI's error shape without a stack. */
export interface TransportErrorBody {
  error: { message: string; type: string; code: string | null };
}

export class EngineCallError extends Error {
  constructor(message: string, readonly type: string, readonly code: string | null, readonly status?: number) {
    super(message);
    this.name = 'EngineCallError';
  }
}
