import type { ChatRequest } from '../../../../shared/chat';
import { SwitchyardError, toSwitchyardError } from '../../../../shared/errors';
import type { ChannelArgs, ChannelOutput } from '../../../../shared/ipc';
import type { Gateway, RequestOrigin } from '../../gateway';
import type { CallContext } from './handlers';
import { PartCoalescer } from './part-coalescer';

/** chat.start / chat.cancel: runs a request through the gateway, streaming the decision and parts as events. */
export class ChatRunner {
  private readonly running = new Map<string, AbortController>();

  constructor(private readonly gateway: Gateway, private readonly channel: RequestOrigin['channel']) {}

  async start(input: ChannelArgs<'chat.start'>, ctx: CallContext): Promise<ChannelOutput<'chat.start'>> {
    const { requestId } = input;
    const controller = new AbortController();
    const onHangUp = (): void => controller.abort(new Error('the UI went away'));
    ctx.signal.addEventListener('abort', onHangUp, { once: true });
    this.running.get(requestId)?.abort();
    this.running.set(requestId, controller);
    let outcome: ChannelOutput<'chat.start'>['outcome'] = 'error';
    const events = new PartCoalescer(requestId, (event) => ctx.emit(event));
    try {
      const request: ChatRequest = { model: this.modelFor(input), messages: input.messages };
      const origin: RequestOrigin = { channel: this.channel, conversationId: input.conversationId };
      const { decision, parts } = await this.gateway.handle(request, origin, controller.signal);
      await ctx.emit({ requestId, decision });
      for await (const part of parts) {
        await events.push(part);
        if (part.type === 'finish') outcome = 'ok';
        if (part.type === 'error') outcome = controller.signal.aborted ? 'aborted' : 'error';
      }
      await events.flush();
    } catch (error) {
      const e = toSwitchyardError(error);
      outcome = controller.signal.aborted ? 'aborted' : 'error';
      await events.flush();
      await events.push({ type: 'error', error: { message: e.message, type: e.type, code: e.code } });
    } finally {
      ctx.signal.removeEventListener('abort', onHangUp);
      if (this.running.get(requestId) === controller) this.running.delete(requestId);
    }
    return { requestId, outcome };
  }

  cancel(requestId: string): boolean {
    const controller = this.running.get(requestId);
    controller?.abort(new Error('stopped by the user'));
    return controller !== undefined;
  }

  abortAll(): void {
    for (const controller of this.running.values()) controller.abort(new Error('shutting down'));
  }

  /** "Run again locally / in the cloud" names the first model of that kind; the gateway still applies never-cloud. */
  private modelFor(input: ChannelArgs<'chat.start'>): string {
    if (input.forceTarget === undefined) return input.model;
    const directory = this.gateway.models();
    const pool = input.forceTarget === 'local' ? directory.local() : directory.cloud();
    const model = pool[0];
    if (model === undefined) throw new ModelKindMissing(input.forceTarget);
    return model.id;
  }
}

class ModelKindMissing extends SwitchyardError {
  constructor(kind: 'local' | 'cloud') {
    const message = kind === 'local'
      ? 'No local model is configured; start with --model PATH/TO/model.gguf.'
      : 'No cloud provider is configured; add one in settings, then set its key under Providers & keys.';
    super(message, { status: 503, type: 'server_error', code: 'no_model_of_kind', shouldRetry: false });
  }
}
