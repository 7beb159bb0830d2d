import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';

/**
 * A minimal "cloud" for tests: POST /v1/chat/completions over real HTTP on 127.0.0.1, answering in the
 * OpenAI wire format (SSE chunks, a usage chunk, `[DONE]`). The answer is a pure function of the server's
 * name and the request's messages, so a test can tell exactly which upstream produced which bytes.
 */

const requestSchema = z.object({
  model: z.string(),
  messages: z.array(z.object({ role: z.string(), content: z.unknown() }).loose()),
  stream: z.boolean().optional(),
});
export type WireRequestBody = z.infer<typeof requestSchema>;

export interface WireServerOptions {
  /** Appears in every answer, so answers from different upstreams never coincide. */
  name: string;
  words?: number;
  /** Pause between chunks (0: write them back to back). */
  chunkDelayMs?: number;
  /** When set, requests must carry `Authorization: Bearer <key>`. */
  apiKey?: string;
  /** Start the answer by echoing the last message in 3-character deltas (to test text restored across deltas). */
  echo?: boolean;
  /** Listen on this port (to bring a provider back where it was); default: any free port. */
  port?: number;
}

export interface WireServer {
  /** Base URL, `http://127.0.0.1:PORT/v1`. */
  url: string;
  /** Every chat request received, in order. */
  requests: WireRequestBody[];
  close(): Promise<void>;
}

const VOCABULARY = ['river', 'lantern', 'copper', 'meadow', 'falcon', 'quartz', 'harbor', 'ember', 'willow', 'signal', 'orbit', 'cedar'];

const textOf = (content: unknown): string =>
  typeof content === 'string' ? content : Array.isArray(content) ? content.map((part) => (part as { text?: string }).text ?? '').join('') : '';

/** The deltas server `name` streams for these messages; joined, they are its whole answer. */
export function wireAnswerDeltas(name: string, messages: readonly { content?: unknown }[], words = 12, echo = false): string[] {
  const seed = createHash('sha256').update(name).update(JSON.stringify(messages.map((m) => textOf(m.content)))).digest();
  const deltas = [`[${name}]`];
  const last = echo ? textOf(messages.at(-1)?.content) : '';
  for (let i = 0; i < last.length; i += 3) deltas.push(last.slice(i, i + 3));
  for (let i = 0; i < words; i += 1) deltas.push(` ${VOCABULARY[(seed[i % seed.length] ?? 0) % VOCABULARY.length]}${i}`);
  return deltas;
}

export const wireAnswer = (name: string, messages: readonly { content?: unknown }[], words = 12, echo = false): string =>
  wireAnswerDeltas(name, messages, words, echo).join('');

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startWireServer(options: WireServerOptions): Promise<WireServer> {
  const requests: WireRequestBody[] = [];
  const words = options.words ?? 12;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'not found', type: 'invalid_request_error', code: null } }));
      return;
    }
    if (options.apiKey !== undefined && req.headers.authorization !== `Bearer ${options.apiKey}`) {
      res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'bad key', type: 'invalid_request_error', code: 'invalid_api_key' } }));
      return;
    }
    const parsed = requestSchema.safeParse(JSON.parse(await readBody(req)));
    if (!parsed.success) {
      res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: parsed.error.message, type: 'invalid_request_error', code: null } }));
      return;
    }
    const body = parsed.data;
    requests.push(body);
    const deltas = wireAnswerDeltas(options.name, body.messages, words, options.echo);
    const usage = { prompt_tokens: body.messages.map((m) => textOf(m.content).split(/\s+/).length).reduce((a, b) => a + b, 0), completion_tokens: deltas.length };
    const id = `chatcmpl-${options.name}-${requests.length}`;
    const chunk = (delta: object, finish: string | null): string =>
      `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created: 0, model: body.model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
    if (body.stream !== true) {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({
        id, object: 'chat.completion', created: 0, model: body.model, usage,
        choices: [{ index: 0, message: { role: 'assistant', content: deltas.join('') }, finish_reason: 'stop' }],
      }));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    for (const [index, text] of deltas.entries()) {
      if (res.destroyed) return;
      res.write(chunk(index === 0 ? { role: 'assistant', content: text } : { content: text }, null));
      if (options.chunkDelayMs) await sleep(options.chunkDelayMs);
    }
    res.write(chunk({}, 'stop'));
    res.write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created: 0, model: body.model, choices: [], usage })}\n\n`);
    res.end('data: [DONE]\n\n');
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
