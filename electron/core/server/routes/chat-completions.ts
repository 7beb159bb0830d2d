import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FinishReason, StreamPart, Usage } from '../../../../shared/chat';
import { SwitchyardError } from '../../../../shared/errors';
import type { Gateway, RequestOrigin } from '../../gateway';
import { sendError, sendJson } from '../http/respond';
import { SseWriter, startSse } from '../http/sse';
import { chunk, completion, usageChunk, type ToolCallAccumulator } from '../openai/chunks';
import { parseChatCompletion } from '../openai/chat-request-schema';
import { switchyardHeaders } from './switchyard-headers';

export interface ChatRouteContext {
  gateway: Gateway;
  body: unknown;
  origin: RequestOrigin;
  /** Aborts when the client goes away or the server shuts down. */
  signal: AbortSignal;
  shuttingDown: () => boolean;
}

export async function chatCompletions(_req: IncomingMessage, res: ServerResponse, ctx: ChatRouteContext): Promise<void> {
  const { request, stream, includeUsage, legacyFunctions } = parseChatCompletion(ctx.body);
  const { decision, served, parts } = await ctx.gateway.handle(request, ctx.origin, ctx.signal);
  const id = `chatcmpl-${randomUUID().replaceAll('-', '')}`;
  const created = Math.floor(Date.now() / 1000);
  const headers = switchyardHeaders(decision, served);
  if (stream) {
    await streamAnswer(res, parts, { id, created, model: served.model, includeUsage, headers, shuttingDown: ctx.shuttingDown, legacyFunctions });
  } else {
    await collectAnswer(res, parts, { id, created, model: served.model, headers, legacyFunctions });
  }
}

const TEXT_SLOT = 'switchyard:text-slot:4d1c9e';

interface AnswerMeta {
  id: string;
  created: number;
  model: string;
  headers: Record<string, string>;
  /** Answer a deprecated `functions` request with `function_call` (one call) and finish reason `function_call`. */
  legacyFunctions: boolean;
}

async function streamAnswer(
  res: ServerResponse,
  parts: AsyncIterable<StreamPart>,
  meta: AnswerMeta & { includeUsage: boolean; shuttingDown: () => boolean },
): Promise<void> {
  const { id, created, model, includeUsage } = meta;
  startSse(res, meta.headers);
  const sse = new SseWriter(res);
  // The gateway resolves once the first part exists, so the role chunk waits only for this loop's first turn.
  await sse.send(chunk(id, created, model, { role: 'assistant', content: '' }, null, includeUsage), 'hold');
  let firstContent = true;
  const seenTools = new Set<number>();
  // Text deltas are most of a stream (one per token): serialise only the text into a prepared frame.
  const frame = JSON.stringify(chunk(id, created, model, { content: TEXT_SLOT }, null, includeUsage));
  const slot = frame.lastIndexOf(`"${TEXT_SLOT}"`);
  const textPrefix = frame.slice(0, slot);
  const textSuffix = frame.slice(slot + TEXT_SLOT.length + 2);
  for await (const part of parts) {
    if (res.destroyed) break;
    switch (part.type) {
      case 'text-delta':
        if (part.text !== '') {
          // The first token leaves at once: time to first token is what people feel.
          await sse.send(`${textPrefix}${JSON.stringify(part.text)}${textSuffix}`, firstContent ? 'now' : 'auto');
          firstContent = false;
        }
        break;
      case 'tool-call-delta': {
        const first = !seenTools.has(part.index);
        seenTools.add(part.index);
        if (meta.legacyFunctions) {
          // The legacy form has one call: later ones are dropped (with tool_choice the model makes one anyway).
          if (part.index === 0) {
            await sse.send(chunk(id, created, model, { function_call: first ? { name: part.name ?? '', arguments: part.argumentsDelta } : { arguments: part.argumentsDelta } }, null, includeUsage));
          }
          break;
        }
        const call = first
          ? { index: part.index, id: part.id ?? `call_${randomUUID().replaceAll('-', '').slice(0, 24)}`, type: 'function', function: { name: part.name ?? '', arguments: part.argumentsDelta } }
          : { index: part.index, function: { arguments: part.argumentsDelta } };
        await sse.send(chunk(id, created, model, { tool_calls: [call] }, null, includeUsage));
        break;
      }
      case 'finish':
        await sse.send(chunk(id, created, model, {}, finishReasonFor(part.reason, meta.legacyFunctions), includeUsage));
        if (includeUsage) await sse.send(usageChunk(id, created, model, part.usage));
        break;
      case 'error': {
        const error = meta.shuttingDown()
          ? { message: 'Switchyard is shutting down; the answer was cut short.', type: 'server_error', param: null, code: 'shutting_down' }
          : { ...part.error, param: null };
        await sse.send({ error });
        break;
      }
    }
  }
  await sse.send('[DONE]');
  await sse.end();
}

async function collectAnswer(res: ServerResponse, parts: AsyncIterable<StreamPart>, meta: AnswerMeta): Promise<void> {
  let text = '';
  const tools: ToolCallAccumulator[] = [];
  let finish: { reason: FinishReason; usage: Usage } | undefined;
  for await (const part of parts) {
    if (part.type === 'text-delta') text += part.text;
    else if (part.type === 'tool-call-delta') {
      const call = (tools[part.index] ??= { id: part.id ?? `call_${randomUUID().replaceAll('-', '').slice(0, 24)}`, name: '', arguments: '' });
      if (part.name !== undefined) call.name = part.name;
      call.arguments += part.argumentsDelta;
    } else if (part.type === 'finish') finish = { reason: part.reason, usage: part.usage };
    else {
      const status = part.error.status ?? statusOfErrorPart(part.error.type);
      sendError(res, new SwitchyardError(part.error.message, { status, type: part.error.type, code: part.error.code }), meta.headers);
      return;
    }
  }
  // Every backend ends with a finish or an error part; should one not, the response still ends, and says why.
  if (finish === undefined) {
    sendError(res, new SwitchyardError('The answer ended without finishing; it may be incomplete. Retry the request.', { status: 502, type: 'upstream_error', code: 'incomplete_stream' }), meta.headers);
    return;
  }
  const calls = tools.filter(Boolean);
  const body = completion(meta.id, meta.created, meta.model, text, calls, finish.reason, finish.usage);
  sendJson(res, 200, meta.legacyFunctions ? asLegacyFunctionCall(body, calls) : body, meta.headers);
}

function finishReasonFor(reason: FinishReason, legacy: boolean): FinishReason | 'function_call' {
  return legacy && reason === 'tool_calls' ? 'function_call' : reason;
}

/** A completion in the deprecated shape: `message.function_call` (the first call) and finish reason `function_call`. */
function asLegacyFunctionCall(body: Record<string, unknown>, calls: ToolCallAccumulator[]): Record<string, unknown> {
  const [choice] = body['choices'] as { message: Record<string, unknown>; finish_reason: string }[];
  const first = calls[0];
  if (choice === undefined || first === undefined) return body;
  const { tool_calls: _dropped, ...message } = choice.message;
  return {
    ...body,
    choices: [{ ...choice, message: { ...message, function_call: { name: first.name, arguments: first.arguments } }, finish_reason: finishReasonFor('tool_calls', true) }],
  };
}

function statusOfErrorPart(type: string): number {
  if (type === 'invalid_request_error') return 400;
  if (type === 'rate_limit_error') return 429;
  if (type === 'upstream_error') return 502;
  return 500;
}
