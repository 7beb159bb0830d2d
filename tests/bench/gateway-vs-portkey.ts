/**
 * Switchyard's added latency on the streaming path against the Portkey AI gateway, side by side in one run
 * on the same upstream (a loopback server speaking OpenAI's SSE wire format): time to the first content
 * chunk and to the end of the stream, direct vs through `switchyard serve` vs through Portkey
 * (`@portkey-ai/gateway`, started on this machine; only 127.0.0.1 is ever contacted). Rounds alternate the
 * three paths so machine load weighs on each alike.
 *   npx tsx tests/bench/gateway-vs-portkey.ts [--rounds N]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../helpers/fixtures';
import { startOpenAiWireServer } from '../helpers/openai-wire-server';
import { fmt, percentile, startServe } from './bench-utils';

const { values } = parseArgs({ options: { rounds: { type: 'string' } } });
const rounds = Number(values.rounds ?? 300);
const KEY = 'bench-key';

const upstream = await startOpenAiWireServer({
  apiKey: KEY,
  scenarios: { 'big-1': { kind: 'stream', script: { text: Array.from({ length: 32 }, (_, i) => `word${i} `), usage: { prompt: 12, completion: 32 } } } },
});

const dir = mkdtempSync(join(tmpdir(), 'portkey-bench-'));
const config = join(dir, 'switchyard.json');
writeFileSync(config, JSON.stringify({ providers: [{ id: 'acme', kind: 'openai-compatible', baseUrl: upstream.baseUrl, apiKeyEnv: 'ACME_KEY', models: [{ id: 'big-1', contextLength: 128000 }] }] }));
process.env['ACME_KEY'] = KEY;
const switchyard = await startServe(['--config', config]);

const portkeyPort = await freePort();
const portkey = spawn(process.execPath, [join(repoRoot, 'node_modules/@portkey-ai/gateway/build/start-server.js'), `--port=${portkeyPort}`, '--headless'], {
  env: { ...process.env, NODE_ENV: 'production', TRUSTED_CUSTOM_HOSTS: '127.0.0.1,localhost' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
await waitFor(`http://127.0.0.1:${portkeyPort}/`);

const body = JSON.stringify({ model: 'big-1', messages: [{ role: 'user', content: 'Say something.' }], stream: true, stream_options: { include_usage: true } });
const paths = {
  direct: { url: `${upstream.baseUrl}/chat/completions`, headers: { authorization: `Bearer ${KEY}` } },
  switchyard: { url: `${switchyard.url}/v1/chat/completions`, headers: {} },
  portkey: {
    url: `http://127.0.0.1:${portkeyPort}/v1/chat/completions`,
    headers: { authorization: `Bearer ${KEY}`, 'x-portkey-provider': 'openai', 'x-portkey-custom-host': upstream.baseUrl },
  },
} as const;

type Path = keyof typeof paths;
const ttfb: Record<Path, number[]> = { direct: [], switchyard: [], portkey: [] };
const total: Record<Path, number[]> = { direct: [], switchyard: [], portkey: [] };

for (let i = 0; i < rounds + 20; i += 1) {
  for (const name of Object.keys(paths) as Path[]) {
    const r = await timed(paths[name]);
    if (i >= 20) {
      ttfb[name].push(r.ttfb);
      total[name].push(r.total);
    }
  }
}

const added = (name: Path, series: Record<Path, number[]>): number => percentile(series[name], 50) - percentile(series.direct, 50);
console.log(`${rounds} alternating rounds, 32-chunk streams, upstream on 127.0.0.1`);
for (const name of Object.keys(paths) as Path[]) {
  console.log(`${name.padEnd(10)} first chunk p50 ${fmt(percentile(ttfb[name], 50))} ms p90 ${fmt(percentile(ttfb[name], 90))} ms; whole stream p50 ${fmt(percentile(total[name], 50))} ms`);
}
console.log(`added to first chunk, p50: Switchyard ${fmt(added('switchyard', ttfb))} ms, Portkey ${fmt(added('portkey', ttfb))} ms, ratio ${fmt(added('switchyard', ttfb) / added('portkey', ttfb))}`);
console.log(`added to whole stream, p50: Switchyard ${fmt(added('switchyard', total))} ms, Portkey ${fmt(added('portkey', total))} ms, ratio ${fmt(added('switchyard', total) / added('portkey', total))}`);

portkey.kill('SIGTERM');
await switchyard.stop();
await upstream.close();

async function timed(path: { url: string; headers: Record<string, string> }): Promise<{ ttfb: number; total: number }> {
  const started = performance.now();
  const response = await fetch(path.url, { method: 'POST', headers: { 'content-type': 'application/json', ...path.headers }, body });
  if (response.status !== 200) throw new Error(`${path.url}: ${response.status} ${await response.text()}`);
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  let first = Number.NaN;
  let text = '';
  for (;;) {
    const { value, done } = await reader!.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
    if (Number.isNaN(first) && text.includes('word0')) first = performance.now() - started;
  }
  if (!text.includes('word31')) throw new Error(`${path.url}: incomplete stream`);
  return { ttfb: first, total: performance.now() - started };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`${url} did not come up`);
}
