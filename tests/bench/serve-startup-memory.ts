/**
 * `switchyard serve` with one tiny model: time from spawning the process to the first accepted request
 * (target ≤ 1.5 s), to the first answered chat request (the model loads in its inference host process meanwhile),
 * and idle RSS once the model is loaded: the main process (target ≤ 120 MB) and its inference host apart.
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

/** The inference hosts: the serve process's direct children. */
function childPids(pid: number): number[] {
  const text = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
  return text === '' ? [] : text.split(/\s+/).map(Number);
}

const startup: number[] = [];
const answered: number[] = [];
const rss: number[] = [];
const hostRss: number[] = [];
for (let i = 0; i < runs; i += 1) {
  const serve = await startServe(['--model', modelPath('stories260K-chatml.gguf'), '--threads', '1']);
  const response = await fetch(`${serve.url}/v1/models`);
  if (response.status !== 200) throw new Error(`status ${response.status}`);
  startup.push(performance.now() - serve.startedAt);
  const chat = await fetch(`${serve.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'auto', messages: [{ role: 'user', content: 'Hi' }], max_tokens: 1 }),
  });
  if (chat.status !== 200) throw new Error(`chat status ${chat.status}`);
  await chat.text();
  answered.push(performance.now() - serve.startedAt);
  // Loaded and idle: wait until the model reports loaded, then let the process settle.
  for (let tries = 0; tries < 200; tries += 1) {
    const body = (await (await fetch(`${serve.url}/v1/models`)).json()) as { data: Array<{ switchyard?: { loaded?: boolean } }> };
    if (body.data.some((m) => m.switchyard?.loaded === true)) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  await new Promise((r) => setTimeout(r, 2000));
  if (serve.child.pid !== undefined) {
    rss.push(rssMb(serve.child.pid));
    hostRss.push(childPids(serve.child.pid).reduce((sum, pid) => sum + rssMb(pid), 0));
  }
  await serve.stop();
}
console.log(`start-up to first accepted request: p50 ${fmt(percentile(startup, 50), 0)} ms, max ${fmt(Math.max(...startup), 0)} ms over ${runs} runs (target ≤ 1500 ms)`);
console.log(`start-up to first answered chat request: p50 ${fmt(percentile(answered, 50), 0)} ms, max ${fmt(Math.max(...answered), 0)} ms (target ≤ 1500 ms)`);
console.log(`idle RSS of the main process with the model loaded: p50 ${fmt(percentile(rss, 50), 1)} MB, max ${fmt(Math.max(...rss), 1)} MB (target ≤ 120 MB)`);
console.log(`idle RSS of its inference host processes: p50 ${fmt(percentile(hostRss, 50), 1)} MB, max ${fmt(Math.max(...hostRss), 1)} MB`);
