/**
 * `switchyard serve` with one tiny model: time from spawning the process to the first accepted request
 * (target ≤ 1.5 s) and idle RSS once the model is loaded (target ≤ 150 MB).
 *   npx tsx tests/bench/serve-startup-memory.ts [--runs N]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { modelPath } from '../helpers/fixtures';
import { fmt, percentile, startServe } from './bench-utils';

const { values } = parseArgs({ options: { runs: { type: 'string' } } });
const runs = Number(values.runs ?? 5);

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

const startup: number[] = [];
const rss: number[] = [];
for (let i = 0; i < runs; i += 1) {
  const serve = await startServe(['--model', modelPath('stories260K-chatml.gguf'), '--threads', '1']);
  const response = await fetch(`${serve.url}/v1/models`);
  if (response.status !== 200) throw new Error(`status ${response.status}`);
  startup.push(performance.now() - serve.startedAt);
  // Loaded and idle: wait until the model reports loaded, then let the process settle.
  for (let tries = 0; tries < 200; tries += 1) {
    const body = (await (await fetch(`${serve.url}/v1/models`)).json()) as { data: Array<{ switchyard?: { loaded?: boolean } }> };
    if (body.data.some((m) => m.switchyard?.loaded === true)) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  await new Promise((r) => setTimeout(r, 2000));
  if (serve.child.pid !== undefined) rss.push(rssMb(serve.child.pid));
  await serve.stop();
}
console.log(`start-up to first accepted request: p50 ${fmt(percentile(startup, 50), 0)} ms, max ${fmt(Math.max(...startup), 0)} ms over ${runs} runs (target ≤ 1500 ms)`);
console.log(`idle RSS with the model loaded: p50 ${fmt(percentile(rss, 50), 1)} MB, max ${fmt(Math.max(...rss), 1)} MB (target ≤ 150 MB)`);
