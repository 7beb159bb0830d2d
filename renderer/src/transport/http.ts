import { errorBodySchema } from '../../../shared/errors';
import { eventChannels, invokeChannels, type ChannelInput, type ChannelOutput, type EngineApi, type InvokeChannel } from '../../../shared/ipc';
import { engineUnreachable, toCallError } from './errors';
import { readSse } from './sse';

/**
 * Headless transport: POST /api/<channel> on the page's own origin (the session cookie carries the token);
 * chat.start answers with server-sent events. Every answer is parsed with the contract's schemas.
 */
export function createHttpApi(base = ''): EngineApi {
  async function post(channel: InvokeChannel, input: unknown): Promise<Response> {
    let res: Response;
    try {
      res = await fetch(`${base}/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input),
        credentials: 'same-origin',
      });
    } catch {
      throw engineUnreachable();
    }
    if (!res.ok) throw toCallError(res.status, await res.json().catch(() => null));
    return res;
  }

  return {
    async invoke<C extends InvokeChannel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
      const res = await post(channel, input);
      return invokeChannels[channel].output.parse(await res.json()) as ChannelOutput<C>;
    },
    async chat(input, onPart) {
      const res = await post('chat.start', input);
      if (res.body === null) throw engineUnreachable();
      try {
        for await (const frame of readSse(res.body)) {
          const data: unknown = JSON.parse(frame.data);
          if (frame.event === 'chat:part') onPart(eventChannels['chat:part'].parse(data));
          else if (frame.event === 'result') return invokeChannels['chat.start'].output.parse(data);
          else if (frame.event === 'failure') throw toCallError(500, errorBodySchema.parse(data));
        }
      } catch (error) {
        if (error instanceof TypeError) throw engineUnreachable();
        throw error;
      }
      throw engineUnreachable();
    },
  };
}
