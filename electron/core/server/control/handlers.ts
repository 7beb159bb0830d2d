import type { ChannelArgs, ChannelOutput, ChatPartEvent, InvokeChannel } from '../../../../shared/ipc';
import { invokeChannels } from '../../../../shared/ipc';
import { InvalidRequestError } from '../../../../shared/errors';

/** Per call: where a streaming channel's events go, and the caller's hang-up. */
export interface CallContext {
  /** A promise while the transport is full (HTTP): the caller waits before sending more. */
  emit(event: ChatPartEvent): void | Promise<void>;
  signal: AbortSignal;
}

/** One implementation per contract channel; both transports (HTTP here, IPC in electron/main) call these. */
export type ContractHandlers = {
  [C in InvokeChannel]: (input: ChannelArgs<C>, ctx: CallContext) => Promise<ChannelOutput<C>>;
};

/**
 * Parses the raw payload with the channel's input schema, runs the handler and parses its output too, so
 * neither transport can pass anything the contract does not declare.
 */
export async function callChannel<C extends InvokeChannel>(handlers: ContractHandlers, channel: C, raw: unknown, ctx: CallContext): Promise<ChannelOutput<C>> {
  const spec = invokeChannels[channel];
  const parsed = spec.input.safeParse(raw ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined || issue.path.length === 0 ? '' : ` at ${issue.path.join('.')}`;
    throw new InvalidRequestError(`Invalid input for ${channel}${where}: ${issue?.message ?? 'malformed'}.`, null, 'invalid_input');
  }
  const handler = handlers[channel] as (input: ChannelArgs<C>, ctx: CallContext) => Promise<ChannelOutput<C>>;
  const output = await handler(parsed.data as ChannelArgs<C>, ctx);
  return spec.output.parse(output) as ChannelOutput<C>;
}
