import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { repoRoot } from './fixtures';

export const anthropicFixturesDir = join(repoRoot, 'tests', 'fixtures', 'anthropic');

/**
 * Plays Anthropic's Messages API on 127.0.0.1: `POST /v1/messages` checks `x-api-key` and
 * `anthropic-version`, then answers by the requested `model`:
 * - `<name>`: replays tests/fixtures/anthropic/<name>.sse, one event per write;
 * - `reset:<name>`: replays the first half of <name>.sse, then destroys the connection;
 * - `status:<code>`: Anthropic's error body for that status (429 carries `retry-after: 7`).
 */
export interface AnthropicFixtureServer {
  baseUrl: string;
  requests: { headers: IncomingMessage['headers']; body: Record<string, unknown> }[];
  close(): Promise<void>;
}

const errorBodies: Record<number, { type: string; message: string }> = {
  400: { type: 'invalid_request_error', message: 'Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.' },
  429: { type: 'rate_limit_error', message: 'Number of request tokens has exceeded your per-minute rate limit' },
  500: { type: 'api_error', message: 'Internal server error' },
  529: { type: 'overloaded_error', message: 'Overloaded' },
};

export async function startAnthropicFixtureServer(options: { apiKey: string }): Promise<AnthropicFixtureServer> {
  const requests: AnthropicFixtureServer['requests'] = [];
  const server = createServer((req, res) => {
    void handle(req, res).catch(() => res.destroy());
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = JSON.parse(await readBody(req)) as Record<string, unknown>;
    requests.push({ headers: req.headers, body });
    if (req.headers['x-api-key'] !== options.apiKey) return error(res, 401, 'authentication_error', 'invalid x-api-key');
    if (req.headers['anthropic-version'] !== '2023-06-01') return error(res, 400, 'invalid_request_error', 'anthropic-version header is required');
    if (req.url !== '/v1/messages') return error(res, 404, 'not_found_error', `Not found: ${req.url ?? ''}`);
    const model = String(body.model);
    const status = /^status:(\d+)$/.exec(model);
    if (status) {
      const code = Number(status[1]);
      const known = errorBodies[code] ?? { type: 'api_error', message: 'error' };
      return error(res, code, known.type, known.message, code === 429 ? { 'retry-after': '7' } : {});
    }
    const reset = model.startsWith('reset:');
    const file = join(anthropicFixturesDir, `${reset ? model.slice('reset:'.length) : model}.sse`);
    if (!existsSync(file)) return error(res, 404, 'not_found_error', `model: ${model}`);
    const events = readFileSync(file, 'utf8').split(/(?<=\n\n)/);
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', 'request-id': 'req_fixture' });
    for (const event of reset ? events.slice(0, Math.ceil(events.length / 2)) : events) await write(res, event);
    if (reset) res.socket?.destroy();
    else res.end();
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function error(res: ServerResponse, status: number, type: string, message: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify({ type: 'error', error: { type, message } }));
}

function write(res: ServerResponse, text: string): Promise<void> {
  return new Promise((resolve, reject) => res.write(text, (failure) => (failure ? reject(failure) : resolve())));
}

async function readBody(req: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of req) text += String(chunk);
  return text;
}
