// Headless control API overhead: the same contract calls over HTTP (+SSE) against the direct binding the
// desktop IPC uses. Heuristic routing only (no ONNX classifier), no local model: tier-0 and the privacy
// test need none. Run: npx tsx tests/bench/control-api.ts
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultSettings } from '../../shared/settings';
import { createEngine } from '../../electron/core/engine';
import { ConversationsStore, createControlHandler, createEngineHandlers, startOpenAiServer } from '../../electron/core/server';
import { callChannel } from '../../electron/core/server/control';
import { fmt, percentile } from './bench-utils';

const N = 400;
const TOKEN = 'bench-token-0123456789';
const text = 'Hi, I am Ana Ruiz (ana.ruiz@example.com, +1 415 555 0100). Please charge card 4111 1111 1111 1111 and summarise the contract in three bullet points.';

const engine = createEngine({ settings: defaultSettings(), classifier: false });
const handlers = createEngineHandlers({ engine, conversations: new ConversationsStore(join(mkdtempSync(join(tmpdir(), 'sy-bench-')), 'c.json')), server: () => ({ apiBaseUrl: '', apiToken: null }), channel: 'control-api' });
const server = await startOpenAiServer(engine.gateway, { host: '127.0.0.1', port: 0, control: createControlHandler({ handlers, token: TOKEN, staticDir: tmpdir() }) });
const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
const ctx = { emit: () => {}, signal: new AbortController().signal };

async function time(label: string, run: (i: number) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 20; i += 1) await run(i);
  const ms: number[] = [];
  for (let i = 0; i < N; i += 1) {
    const t = performance.now();
    await run(i);
    ms.push(performance.now() - t);
  }
  console.log(`${label.padEnd(44)} p50 ${fmt(percentile(ms, 50))} ms  p99 ${fmt(percentile(ms, 99))} ms`);
}

const http = (channel: string, body: unknown) => fetch(`${server.url}/api/${channel}`, { method: 'POST', headers, body: JSON.stringify(body) }).then((r) => r.text());
const chat = (i: number) => ({ requestId: `r${i}`, conversationId: 'bench', model: 'auto', messages: [{ role: 'user' as const, content: `what is ${i % 90 + 5}% of 240` }] });

console.log(`control API, ${N} sequential calls each, Node ${process.version}`);
await time('settings.get  direct (IPC binding)', () => callChannel(handlers, 'settings.get', {}, ctx));
await time('settings.get  HTTP', () => http('settings.get', {}));
await time('privacy.test  direct (IPC binding)', () => callChannel(handlers, 'privacy.test', { text }, ctx));
await time('privacy.test  HTTP', () => http('privacy.test', { text }));
await time('chat.start tier-0  direct (IPC binding)', (i) => callChannel(handlers, 'chat.start', chat(i), ctx));
await time('chat.start tier-0  HTTP + SSE, to the result', (i) => http('chat.start', chat(i)));
await server.close();
await engine.dispose();
