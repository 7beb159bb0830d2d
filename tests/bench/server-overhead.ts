/**
 * Server overhead without generation: requests/s and p50/p99 latency of GET /v1/models and of a chat
 * request with max_tokens 1, over a bounded loop on 127.0.0.1 with keep-alive connections.
 *   npx tsx tests/bench/server-overhead.ts [--requests N] [--concurrency N]
 */
import { Agent, request } from 'node:http';
import { parseArgs } from 'node:util';
import { modelPath } from '../helpers/fixtures';
import { fmt, percentile, startServe } from './bench-utils';

const { values } = parseArgs({ options: { requests: { type: 'string' }, concurrency: { type: 'string' } } });
const total = Number(values.requests ?? 5000);
const concurrency = Number(values.concurrency ?? 8);
const agent = new Agent({ keepAlive: true, maxSockets: concurrency });

function once(url: string, method: string, path: string, body?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request(`${url}${path}`, { method, agent, headers: body === undefined ? {} : { 'content-type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error(`status ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function loop(label: string, count: number, send: () => Promise<number>, workers = concurrency): Promise<void> {
  const latencies: number[] = [];
  let issued = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (issued < count) {
        issued += 1;
        latencies.push(await send());
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(`${label}: ${count} requests, concurrency ${workers}: ${fmt(count / seconds, 0)} req/s, p50 ${fmt(percentile(latencies, 50))} ms, p99 ${fmt(percentile(latencies, 99))} ms`);
}

const serve = await startServe(['--model', modelPath('stories260K-chatml.gguf'), '--threads', '1']);
const chat = JSON.stringify({ model: 'auto', messages: [{ role: 'user', content: 'Hi' }], max_tokens: 1 });
await loop('warm-up', 200, () => once(serve.url, 'GET', '/v1/models'));
await loop('GET /v1/models', total, () => once(serve.url, 'GET', '/v1/models'));
// One local model generates one answer at a time, so chat requests are sent one after another: the figure
// is the full path's latency (parse, privacy, routing, runtime, one token, response), not queueing.
await loop('POST /v1/chat/completions max_tokens 1', Math.max(100, Math.floor(total / 10)), () => once(serve.url, 'POST', '/v1/chat/completions', chat), 1);
agent.destroy();
await serve.stop();
