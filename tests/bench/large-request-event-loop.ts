/**
 * How long one large chat request holds up everyone else: while a 3.5 MB request (IP-like text, e-mail
 * addresses, prose) is scanned for private data, a second client asks GET /v1/models every 5 ms and the event
 * loop's delay is sampled. With the scan worker (the default) against `scanWorker: false` (every scan on the
 * engine's thread, as before). The engine has no models, so the big request ends with 503 right after the scan.
 * Run: npx tsx tests/bench/large-request-event-loop.ts
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { defaultSettings } from '../../shared/settings';
import { createEngine } from '../../electron/core/engine';
import { startOpenAiServer } from '../../electron/core/server';

const inputs = {
  'IP-like text': '10.0.0.1 '.repeat(Math.floor(3.5e6 / 9)),
  'e-mail addresses': 'a.b@example.com '.repeat(Math.floor(3.5e6 / 16)),
  prose: 'The quick brown fox jumps over the lazy dog. '.repeat(Math.floor(3.5e6 / 45)),
};

console.log(`load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
for (const worker of [false, true]) {
  const engine = createEngine({ settings: defaultSettings(), classifier: false, ...(worker ? {} : { scanWorker: false }) });
  const server = await startOpenAiServer(engine.gateway, { host: '127.0.0.1', port: 0 });
  // One warm-up: the worker starts (and the bundle is built) before anything is timed.
  await fetch(`${server.url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ model: 'auto', messages: [{ role: 'user', content: 'x'.repeat(300_000) }] }) });
  for (const [label, text] of Object.entries(inputs)) {
    const body = JSON.stringify({ model: 'auto', messages: [{ role: 'user', content: text }] });
    const delay = monitorEventLoopDelay({ resolution: 5 });
    const latencies: number[] = [];
    let done = false;
    const prober = (async () => {
      while (!done) {
        const t0 = performance.now();
        await fetch(`${server.url}/v1/models`).then((r) => r.arrayBuffer());
        latencies.push(performance.now() - t0);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    delay.enable();
    const t0 = performance.now();
    const response = await fetch(`${server.url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    await response.arrayBuffer();
    const total = performance.now() - t0;
    done = true;
    await prober;
    delay.disable();
    latencies.sort((a, b) => a - b);
    console.log(`${worker ? 'scan worker ' : 'this thread '} ${label.padEnd(17)} request ${total.toFixed(0).padStart(5)} ms (${response.status})   /v1/models max ${latencies.at(-1)?.toFixed(0).padStart(5)} ms, p50 ${latencies[Math.floor(latencies.length / 2)]?.toFixed(1)} ms over ${latencies.length}   event-loop delay max ${(delay.max / 1e6).toFixed(0)} ms`);
  }
  await server.close();
  await engine.dispose();
}
