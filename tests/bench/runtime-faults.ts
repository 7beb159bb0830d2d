/**
 * Runtime under faults (issue 5): 1,000 requests through the runtime, 30 % of them hitting an injected
 * fault on the primary (429, 500/502/503, reset before the response or right after the headers, a stall
 * past the first-part timeout, malformed SSE), with one healthy fallback. Every answer is checked to be
 * exactly one upstream's full output. Then a run of mid-stream resets (which must end in an error part,
 * never a splice), and the runtime's added latency to the first part against calling the backend directly.
 * All traffic is real HTTP on 127.0.0.1 through the real openai-compatible cloud backend.
 *
 *   npx tsx tests/bench/runtime-faults.ts
 */
import type { StreamPart } from '../../shared/chat';
import { createRuntime, type ExecutionPlan, type PlanAttempt } from '../../electron/core/runtime';
import { startFaultProxy, type Fault } from '../helpers/fault-proxy';
import { startWireServer, wireAnswer } from '../helpers/fingerprint-wire-server';
import { ask, cloudAttempt, KEY } from '../integration/runtime-helpers';
import { fmt, percentile } from './bench-utils';

const REQUESTS = 1_000;
const CONCURRENCY = 16;
const FAULT_RATE = 0.3;
const FAULTS: Fault[] = [
  { kind: 'status', status: 429, retryAfterSeconds: 0 },
  { kind: 'status', status: 500 },
  { kind: 'status', status: 502 },
  { kind: 'status', status: 503 },
  { kind: 'reset-before' },
  { kind: 'reset-after', bytes: 0 },
  { kind: 'stall', ms: 5_000 },
  { kind: 'malformed-sse' },
];

async function firstAndRest(parts: AsyncIterable<StreamPart>): Promise<{ text: string; last: StreamPart | undefined }> {
  let text = '';
  let last: StreamPart | undefined;
  for await (const part of parts) {
    if (part.type === 'text-delta') text += part.text;
    last = part;
  }
  return { text, last };
}

async function faultRun(label: string, breaker: { failureThreshold?: number; minRequests?: number }): Promise<void> {
  const alpha = await startWireServer({ name: 'alpha', apiKey: KEY });
  const bravo = await startWireServer({ name: 'bravo', apiKey: KEY });
  const proxy = await startFaultProxy(alpha.url);
  proxy.random({ probability: FAULT_RATE, seed: 20261121, faults: FAULTS });
  // The primary gets a short first-part timeout so a stall costs 300 ms, not 5 s; the fallback keeps the default.
  const primary: PlanAttempt = { ...cloudAttempt('alpha', proxy.url), timeouts: { firstPartMs: 300 } };
  const plan: ExecutionPlan = { attempts: [primary, cloudAttempt('bravo', bravo.url)], beforeCloudSend: (request) => request };
  const runtime = createRuntime({ options: { retry: { baseMs: 5, maxMs: 20 }, breaker } });

  let ok = 0;
  let failed = 0;
  let spliced = 0;
  let byFallback = 0;
  let retries = 0;
  let next = 0;
  const started = performance.now();
  async function worker(): Promise<void> {
    while (next < REQUESTS) {
      const request = ask(`request number ${next++}`);
      try {
        const stream = await runtime.execute(plan, request, new AbortController().signal);
        const { text, last } = await firstAndRest(stream);
        const result = await stream.result;
        retries += result.retries;
        if (result.fallback.used) byFallback += 1;
        const exact = text === wireAnswer('alpha', request.messages) || text === wireAnswer('bravo', request.messages);
        if (!exact) spliced += 1;
        if (last?.type === 'finish' && exact) ok += 1;
        else failed += 1;
      } catch {
        failed += 1;
      }
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  const injected = proxy.log.filter((record) => record.fault !== 'pass');
  const kinds = new Map<string, number>();
  for (const record of injected) kinds.set(record.fault, (kinds.get(record.fault) ?? 0) + 1);

  console.log(`fault run, ${label}: ${REQUESTS} requests, ${CONCURRENCY} concurrent, ${fmt(seconds, 1)} s`);
  console.log(`  primary saw ${proxy.log.length} tries, ${injected.length} faulted (${fmt((100 * injected.length) / Math.max(1, proxy.log.length), 1)} %): ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  console.log(`  success ${ok}/${REQUESTS} = ${fmt((100 * ok) / REQUESTS, 1)} %   failed ${failed}   duplicated or spliced ${spliced}`);
  console.log(`  served by fallback ${byFallback}, retries ${retries}, primary breaker now ${runtime.breakerState('alpha')}`);
  await proxy.close();
  await alpha.close();
  await bravo.close();
}

async function midStreamRun(): Promise<void> {
  const alpha = await startWireServer({ name: 'alpha', apiKey: KEY });
  const bravo = await startWireServer({ name: 'bravo', apiKey: KEY });
  const proxy = await startFaultProxy(alpha.url);
  const runs = 50;
  proxy.script(Array.from({ length: runs }, (): Fault => ({ kind: 'reset-after', bytes: 420 })));
  const plan: ExecutionPlan = { attempts: [cloudAttempt('alpha', proxy.url), cloudAttempt('bravo', bravo.url)], beforeCloudSend: (request) => request };
  const runtime = createRuntime({ options: { breaker: { failureThreshold: 1_000, minRequests: 1_000 } } });
  let errorParts = 0;
  let spliced = 0;
  for (let i = 0; i < runs; i += 1) {
    const request = ask(`mid-stream ${i}`);
    const { text, last } = await firstAndRest(await runtime.execute(plan, request, new AbortController().signal));
    if (last?.type === 'error') errorParts += 1;
    if (!wireAnswer('alpha', request.messages).startsWith(text) || text.length === 0) spliced += 1;
  }
  console.log(`mid-stream resets: ${runs} answers broken after the first part → ${errorParts} ended with an error part, ${spliced} spliced, fallback received ${bravo.requests.length} requests`);
  await proxy.close();
  await alpha.close();
  await bravo.close();
}

async function latencyRun(): Promise<void> {
  const upstream = await startWireServer({ name: 'charlie', apiKey: KEY });
  const attempt = cloudAttempt('charlie', upstream.url);
  const plan: ExecutionPlan = { attempts: [attempt], beforeCloudSend: (request) => request };
  const runtime = createRuntime();
  const direct: number[] = [];
  const through: number[] = [];
  const pairs = 400;
  const warmup = 50;
  for (let i = 0; i < pairs + warmup; i += 1) {
    const request = ask(`latency ${i}`);
    const order = i % 2 === 0 ? ['direct', 'runtime'] : ['runtime', 'direct'];
    for (const which of order) {
      const start = performance.now();
      let firstMs = 0;
      const parts = which === 'direct'
        ? await attempt.backend.stream({ ...request, model: attempt.model }, new AbortController().signal)
        : await runtime.execute(plan, request, new AbortController().signal);
      for await (const part of parts) {
        if (firstMs === 0) firstMs = performance.now() - start;
        if (part.type === 'finish' || part.type === 'error') break;
      }
      if (i >= warmup) (which === 'direct' ? direct : through).push(firstMs);
    }
  }
  const deltas = through.map((value, index) => value - (direct[index] ?? value));
  console.log(`time to first part over ${pairs} alternating pairs (ms): direct p50 ${fmt(percentile(direct, 50), 3)}, through the runtime p50 ${fmt(percentile(through, 50), 3)}`);
  console.log(`  runtime added: p50 of paired differences ${fmt(percentile(deltas, 50), 3)} ms, difference of p50s ${fmt(percentile(through, 50) - percentile(direct, 50), 3)} ms, p90 of differences ${fmt(percentile(deltas, 90), 3)} ms`);
  await upstream.close();
}

// First with the breaker out of the way, so every request meets the 30 % fault rate on the primary;
// then with the default breaker, which soon stops sending to a primary that fails this often.
await faultRun('breaker off', { failureThreshold: 1_000_000, minRequests: 1_000_000 });
await faultRun('default breaker', {});
await midStreamRun();
await latencyRun();
