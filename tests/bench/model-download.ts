/**
 * Model download throughput on loopback: the Models screen's path (DownloadsManager → node-llama-cpp's
 * downloader → ipull, preflight included, until the job is done and the model added) against raw curl for
 * the same file from the same server. Loopback removes the network, so this measures the client's own cost.
 *
 *   npx tsx tests/bench/model-download.ts [sizeMiB=256] [rounds=3]
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openModelDownload } from '../../electron/core/backends/local';
import { DownloadsManager } from '../../electron/core/models';
import { modelPath } from '../helpers/fixtures';
import { startGgufFileServer } from '../helpers/gguf-file-server';
import { fmt, percentile } from './bench-utils';

const MiB = 1024 * 1024;
const sizeMiB = Number(process.argv[2] ?? 256);
const rounds = Number(process.argv[3] ?? 3);
const head = readFileSync(modelPath('stories260K.gguf'));
const file = Buffer.concat([head, Buffer.alloc(sizeMiB * MiB - head.length)]);
const server = await startGgufFileServer({ files: { '/m/bench.gguf': file } });
const url = `${server.url}/m/bench.gguf`;

async function viaManager(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-dl-bench-'));
  // install: the file is complete and checked by then; adding it to an engine is not download time.
  const downloads = new DownloadsManager({ dir, open: openModelDownload, install: async () => 'bench' });
  const started = performance.now();
  const job = downloads.start(url);
  for (;;) {
    const state = downloads.list().find((j) => j.id === job.id)?.state;
    if (state === 'done') break;
    if (state !== 'downloading') throw new Error(`download ${state}: ${downloads.list()[0]?.error ?? ''}`);
    await new Promise((r) => setTimeout(r, 5));
  }
  const seconds = (performance.now() - started) / 1000;
  rmSync(dir, { recursive: true, force: true });
  return seconds;
}

/** curl runs as a child process; async, because the file server lives in this process. */
async function viaCurl(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-curl-bench-'));
  const started = performance.now();
  await promisify(execFile)('curl', ['-sS', '-o', join(dir, 'bench.gguf'), url]);
  const seconds = (performance.now() - started) / 1000;
  rmSync(dir, { recursive: true, force: true });
  return seconds;
}

await viaManager(); // warm-up: node-llama-cpp's module load and the first connection
await viaCurl();
const manager: number[] = [];
const curl: number[] = [];
for (let i = 0; i < rounds; i += 1) {
  manager.push(await viaManager());
  curl.push(await viaCurl());
}
const rate = (seconds: number): string => fmt(sizeMiB / seconds, 0);
console.log(`file ${sizeMiB} MiB on 127.0.0.1, ${rounds} rounds after one warm-up (median, min–max MiB/s)`);
console.log(`switchyard download job  ${rate(percentile(manager, 50))} MiB/s  (${rate(Math.max(...manager))}–${rate(Math.min(...manager))})`);
console.log(`curl -o file             ${rate(percentile(curl, 50))} MiB/s  (${rate(Math.max(...curl))}–${rate(Math.min(...curl))})`);
await server.close();
