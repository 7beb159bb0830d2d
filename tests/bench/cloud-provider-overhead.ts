/**
 * What the cloud provider adds on the streaming path: time to the first text part and to the end of a
 * 64-chunk stream through `createCloudBackend` (fetch + SSE decoding + chunk translation), minus the
 * same measured with a bare fetch reading the same loopback server's bytes; plus raw SSE decoder speed.
 *   npx tsx tests/bench/cloud-provider-overhead.ts
 */
import { providerSchema } from '../../shared/settings';
import { createCloudBackend, createProviderSecrets, SseDecoder } from '../../electron/core/backends/cloud';
import { startOpenAiWireServer } from '../helpers/openai-wire-server';
import { fmt, percentile } from './bench-utils';

const key = 'sk-bench';
const words = Array.from({ length: 64 }, (_, i) => ` w${i}`);
const server = await startOpenAiWireServer({ apiKey: key, scenarios: { bench: { kind: 'stream', script: { text: words, usage: { prompt: 20, completion: 64 } } } } });
const provider = providerSchema.parse({ id: 'bench', kind: 'openai-compatible', baseUrl: server.baseUrl, models: [{ id: 'bench', contextLength: 4096 }] });
const backend = createCloudBackend(provider, { secrets: createProviderSecrets([provider], null, { BENCH_API_KEY: key }), catalog: null });
const body = JSON.stringify({ model: 'bench', messages: [{ role: 'user', content: 'hi' }], stream: true, stream_options: { include_usage: true } });

async function direct(): Promise<[number, number]> {
  const started = performance.now();
  const response = await fetch(`${server.baseUrl}/chat/completions`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body });
  const reader = response.body?.getReader();
  if (!reader) throw new Error('no body');
  const decoder = new TextDecoder();
  let text = '';
  let first = Number.NaN;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    text += decoder.decode(chunk.value, { stream: true });
    if (Number.isNaN(first) && text.includes('"content":" w0"')) first = performance.now() - started;
  }
  return [first, performance.now() - started];
}

async function viaProvider(): Promise<[number, number]> {
  const started = performance.now();
  let first = Number.NaN;
  for await (const part of await backend.stream({ model: 'bench', messages: [{ role: 'user', content: 'hi' }] }, new AbortController().signal)) {
    if (Number.isNaN(first) && part.type === 'text-delta') first = performance.now() - started;
  }
  return [first, performance.now() - started];
}

const rounds = 400;
for (let i = 0; i < 50; i++) {
  await direct();
  await viaProvider();
}
const firstDiff: number[] = [];
const totalDiff: number[] = [];
const directFirst: number[] = [];
for (let i = 0; i < rounds; i++) {
  // Interleaved so machine load hits both sides alike.
  const [d1, d2] = await direct();
  const [p1, p2] = await viaProvider();
  directFirst.push(d1);
  firstDiff.push(p1 - d1);
  totalDiff.push(p2 - d2);
}
await server.close();

const events = 200_000;
const stream = new TextEncoder().encode(`data: ${JSON.stringify({ choices: [{ index: 0, delta: { content: ' token' }, finish_reason: null }] })}\n\n`.repeat(events));
const decoder = new SseDecoder();
const decodeStarted = performance.now();
let decoded = 0;
for (let i = 0; i < stream.length; i += 1024) decoded += decoder.push(stream.subarray(i, i + 1024)).length;
const decodeMs = performance.now() - decodeStarted;

console.log(`rounds: ${rounds} (after 50 warm-up), 64 text chunks per stream, loopback`);
console.log(`direct fetch, first content: p50 ${fmt(percentile(directFirst, 50))} ms`);
console.log(`provider minus direct, first text part: p50 ${fmt(percentile(firstDiff, 50), 3)} ms, p90 ${fmt(percentile(firstDiff, 90), 3)} ms`);
console.log(`provider minus direct, whole stream: p50 ${fmt(percentile(totalDiff, 50), 3)} ms, p90 ${fmt(percentile(totalDiff, 90), 3)} ms`);
console.log(`SSE decoder: ${decoded} events, ${fmt(stream.length / 1e6 / (decodeMs / 1000), 1)} MB/s, ${fmt((decodeMs * 1000) / decoded, 2)} µs/event`);
