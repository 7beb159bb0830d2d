import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in OpenAI-compatible provider on 127.0.0.1 for the Providers screen's tests, speaking the real wire
 * format: `GET /v1/models` → `{object: 'list', data: [{id, object: 'model', created, owned_by}]}` and a
 * streamed `POST /v1/chat/completions`. A wrong key gets OpenAI's 401 body, which echoes the key it was sent
 * (as OpenAI does, in part) so tests can prove it never reaches the user. `/stall/v1/...` never answers.
 */
export interface FakeModelsProvider {
  /** `http://127.0.0.1:PORT/v1` */
  baseUrl: string;
  /** Same server, but every request hangs (for timeouts). */
  stallUrl: string;
  /** Answers 500 with a body quoting the presented key. */
  echo500Url: string;
  /** Anthropic's side: `GET {anthropicUrl}/v1/models` with `x-api-key` and `anthropic-version`. */
  anthropicUrl: string;
  requests: { method: string; path: string; authorization: string | undefined; body: string }[];
  close(): Promise<void>;
}

export async function startFakeModelsProvider(options: { apiKey: string; models: string[]; answer: string }): Promise<FakeModelsProvider> {
  const requests: FakeModelsProvider['requests'] = [];
  const server = createServer((req, res) => void handle(req, res).catch(() => res.destroy()));

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const path = req.url ?? '';
    requests.push({ method: req.method ?? '', path, authorization: req.headers.authorization, body });
    if (path.startsWith('/stall/')) return; // never answers; the client's timeout must end it
    if (path === '/anthropic/v1/models') return anthropicModels(req, res);
    const sent = (req.headers.authorization ?? '').replace(/^Bearer /, '');
    if (path.startsWith('/echo500/')) return json(res, 500, { error: { message: `internal failure while checking ${sent}`, type: 'server_error', param: null, code: null } });
    if (sent !== options.apiKey) {
      return json(res, 401, { error: { message: `Incorrect API key provided: ${sent}. You can find your API key at https://example.invalid.`, type: 'invalid_request_error', param: null, code: 'invalid_api_key' } });
    }
    if (req.method === 'GET' && path === '/v1/models') {
      return json(res, 200, { object: 'list', data: options.models.map((id) => ({ id, object: 'model', created: 1_700_000_000, owned_by: 'fake' })) });
    }
    if (req.method === 'POST' && path === '/v1/chat/completions') {
      const model = String((JSON.parse(body) as { model?: unknown }).model);
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      const chunk = (delta: object, finish: string | null): string =>
        `data: ${JSON.stringify({ id: 'chatcmpl-fake', object: 'chat.completion.chunk', created: 1_700_000_000, model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
      res.write(chunk({ role: 'assistant', content: options.answer }, null));
      res.write(chunk({}, 'stop'));
      res.write(`data: ${JSON.stringify({ id: 'chatcmpl-fake', object: 'chat.completion.chunk', created: 1_700_000_000, model, choices: [], usage: { prompt_tokens: 5, completion_tokens: 3, total_tokens: 8 } })}\n\n`);
      res.end('data: [DONE]\n\n');
      return;
    }
    json(res, 404, { error: { message: `Unknown path ${path}`, type: 'invalid_request_error', param: null, code: 'not_found' } });
  }

  function anthropicModels(req: IncomingMessage, res: ServerResponse): void {
    if (req.headers['x-api-key'] !== options.apiKey) {
      return json(res, 401, { type: 'error', error: { type: 'authentication_error', message: 'invalid x-api-key' } });
    }
    if (req.headers['anthropic-version'] === undefined) {
      return json(res, 400, { type: 'error', error: { type: 'invalid_request_error', message: 'anthropic-version: header is required' } });
    }
    const data = options.models.map((id) => ({ type: 'model', id, display_name: id, created_at: '2025-01-01T00:00:00Z' }));
    json(res, 200, { data, has_more: false, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const root = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl: `${root}/v1`,
    stallUrl: `${root}/stall/v1`,
    echo500Url: `${root}/echo500/v1`,
    anthropicUrl: `${root}/anthropic`,
    requests,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}
