import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in cloud on 127.0.0.1 for the cloud provider's tests, speaking OpenAI's real chat-completions
 * wire format: `data:` chunks of `chat.completion.chunk`, the usage chunk of
 * `stream_options.include_usage`, `data: [DONE]`, and OpenAI-shaped error bodies. The request's `model`
 * picks the scenario. (The runtime's fingerprinting upstream is tests/helpers/fingerprint-wire-server.ts.)
 */
export interface StreamScript {
  text?: string[];
  toolCalls?: { id: string; name: string; argumentChunks: string[] }[];
  finishReason?: string;
  /** Omit to send no usage chunk (servers that ignore include_usage). */
  usage?: { prompt: number; completion: number; cached?: number };
  /** Resolves when the server may send the rest after the first content chunk. */
  holdAfterFirst?: Promise<void>;
}

export type Scenario =
  | { kind: 'stream'; script: StreamScript }
  | { kind: 'status'; status: number; body: unknown; headers?: Record<string, string> }
  /** Raw bytes as given, then either end the response or destroy the socket mid-stream. */
  | { kind: 'raw'; chunks: string[]; then: 'end' | 'reset' };

export interface RecordedRequest {
  path: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
}

export interface OpenAiWireServer {
  /** `http://127.0.0.1:PORT/v1` */
  baseUrl: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startOpenAiWireServer(options: { apiKey: string; scenarios: Record<string, Scenario> }): Promise<OpenAiWireServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    void handle(req, res).catch(() => res.destroy());
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = JSON.parse(await readBody(req)) as Record<string, unknown>;
    requests.push({ path: req.url ?? '', headers: req.headers, body });
    if (req.headers.authorization !== `Bearer ${options.apiKey}`) {
      // Real servers echo (part of) the key they rejected; the client must not pass that on.
      const sent = (req.headers.authorization ?? '').replace(/^Bearer /, '');
      return json(res, 401, { error: { message: `Incorrect API key provided: ${sent}.`, type: 'invalid_request_error', param: null, code: 'invalid_api_key' } });
    }
    if (req.url === '/v1/embeddings') return embeddings(res, body);
    const scenario = options.scenarios[String(body.model)];
    if (req.url !== '/v1/chat/completions' || !scenario) {
      return json(res, 404, { error: { message: `The model '${String(body.model)}' does not exist`, type: 'invalid_request_error', param: 'model', code: 'model_not_found' } });
    }
    if (scenario.kind === 'status') return json(res, scenario.status, scenario.body, scenario.headers);
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    if (scenario.kind === 'raw') {
      for (const chunk of scenario.chunks) await write(res, chunk);
      if (scenario.then === 'reset') res.socket?.destroy();
      else res.end();
      return;
    }
    await stream(res, String(body.model), scenario.script);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

async function stream(res: ServerResponse, model: string, script: StreamScript): Promise<void> {
  const base = { id: 'chatcmpl-loopback1', object: 'chat.completion.chunk', created: 1763683200, model, system_fingerprint: 'fp_loopback' };
  const chunk = (delta: Record<string, unknown>, finish: string | null = null) =>
    `data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }], usage: null })}\n\n`;
  await write(res, chunk({ role: 'assistant', content: '', refusal: null }));
  for (const [i, text] of (script.text ?? []).entries()) {
    await write(res, chunk({ content: text }));
    if (i === 0 && script.holdAfterFirst) await script.holdAfterFirst;
  }
  for (const [index, call] of (script.toolCalls ?? []).entries()) {
    await write(res, chunk({ tool_calls: [{ index, id: call.id, type: 'function', function: { name: call.name, arguments: '' } }] }));
    for (const piece of call.argumentChunks) await write(res, chunk({ tool_calls: [{ index, function: { arguments: piece } }] }));
  }
  await write(res, chunk({}, script.finishReason ?? 'stop'));
  if (script.usage) {
    const { prompt, completion, cached = 0 } = script.usage;
    const usage = {
      prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion,
      prompt_tokens_details: { cached_tokens: cached, audio_tokens: 0 },
      completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
    };
    await write(res, `data: ${JSON.stringify({ ...base, choices: [], usage })}\n\n`);
  }
  await write(res, 'data: [DONE]\n\n');
  res.end();
}

/** Deterministic vectors derived from each input, returned out of order as the API allows. */
function embeddings(res: ServerResponse, body: Record<string, unknown>): void {
  const inputs = Array.isArray(body.input) ? body.input.map(String) : [String(body.input)];
  const data = inputs.map((text, index) => ({ object: 'embedding', index, embedding: [text.length, index, text.charCodeAt(0) || 0] })).reverse();
  const tokens = inputs.reduce((sum, text) => sum + text.split(/\s+/).filter(Boolean).length, 0);
  json(res, 200, { object: 'list', data, model: body.model, usage: { prompt_tokens: tokens, total_tokens: tokens } });
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function write(res: ServerResponse, text: string): Promise<void> {
  return new Promise((resolve, reject) => res.write(text, (error) => (error ? reject(error) : resolve())));
}

async function readBody(req: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of req) text += String(chunk);
  return text;
}
