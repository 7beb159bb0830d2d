import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './fixtures';

export interface CliRun {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** Runs `switchyard …` as a real child process with a throwaway data directory. */
export function runCli(args: string[], env: Record<string, string> = {}): CliRun {
  const home = mkdtempSync(join(tmpdir(), 'switchyard-home-'));
  const child = spawn(process.execPath, [join(repoRoot, 'bin', 'switchyard.js'), ...args], {
    cwd: repoRoot,
    env: { ...process.env, SWITCHYARD_HOME: home, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString('utf8')));
  child.stderr?.on('data', (d: Buffer) => (err += d.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** Waits for `Switchyard listening on URL` and returns the URL (without /v1). */
export async function waitForUrl(run: CliRun, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = /listening on (http:\/\/\S+?)\/v1/.exec(run.stdout());
    if (match?.[1] !== undefined) return match[1];
    if (run.child.exitCode !== null) throw new Error(`switchyard exited: ${run.stderr()}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`switchyard did not start: ${run.stderr()}`);
}
