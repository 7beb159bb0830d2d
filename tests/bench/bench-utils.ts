import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers/fixtures';

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

export const fmt = (n: number, digits = 2): string => n.toFixed(digits);

export interface ServeProcess {
  child: ChildProcess;
  url: string;
  startedAt: number;
  stop(): Promise<void>;
}

let built = false;

/**
 * Starts `switchyard serve` as a child process (the real product) and resolves once it prints its URL. The CLI
 * bundle is rebuilt first: with sources newer than it, bin/switchyard.js would run them through tsx, whose
 * loader costs ~50 MB and a second of start-up that users of `npm install` never pay.
 */
export async function startServe(args: string[]): Promise<ServeProcess> {
  if (!built) {
    execFileSync(process.execPath, [join(repoRoot, 'scripts', 'build-cli.js')], { cwd: repoRoot, stdio: 'inherit' });
    built = true;
  }
  const startedAt = performance.now();
  const child = spawn(process.execPath, [join(repoRoot, 'bin', 'switchyard.js'), 'serve', '--port', '0', ...args], {
    env: { ...process.env, SWITCHYARD_HOME: mkdtempSync(join(tmpdir(), 'switchyard-bench-')) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const match = /listening on (http:\/\/\S+?)\/v1/.exec(out);
      if (match?.[1] !== undefined) resolve(match[1]);
    });
    child.on('exit', () => reject(new Error(`serve exited: ${err}`)));
  });
  return {
    child,
    url,
    startedAt,
    async stop() {
      const exited = new Promise((r) => child.on('exit', r));
      child.kill('SIGINT');
      await exited;
    },
  };
}

const agent = new Agent({ keepAlive: true, maxSockets: 4 });

/**
 * Reads one SSE chat stream over node:http (keep-alive), timing the first content delta. node:http rather
 * than fetch, whose web-stream plumbing would add its own milliseconds to what is measured.
 */
export function timedStream(url: string, body: Record<string, unknown>): Promise<{ ttftMs: number; totalMs: number; completionTokens: number }> {
  const payload = JSON.stringify({ ...body, stream: true, stream_options: { include_usage: true } });
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let buffer = '';
    let ttftMs = Number.NaN;
    let completionTokens = 0;
    const req = request(`${url}/v1/chat/completions`, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } }, (res) => {
      res.setEncoding('utf8');
      res.on('data', (text: string) => {
        buffer += text;
        let cut;
        while ((cut = buffer.indexOf('\n\n')) !== -1) {
          const event = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          if (!event.startsWith('data: ') || event === 'data: [DONE]') continue;
          const chunk = JSON.parse(event.slice(6)) as { choices: Array<{ delta: { content?: string } }>; usage?: { completion_tokens: number } | null };
          if (Number.isNaN(ttftMs) && (chunk.choices[0]?.delta.content ?? '') !== '') ttftMs = performance.now() - started;
          if (chunk.usage) completionTokens = chunk.usage.completion_tokens;
        }
      });
      res.on('end', () => resolve({ ttftMs, totalMs: performance.now() - started, completionTokens }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
}
