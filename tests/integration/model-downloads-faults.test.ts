import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openModelDownload } from '../../electron/core/backends/local';
import { DownloadsManager, type DownloadJob } from '../../electron/core/models';
import { hasShared, modelPath } from '../helpers/fixtures';
import { startGgufFileServer, type GgufFileServer } from '../helpers/gguf-file-server';

/** The job manager over node-llama-cpp's real downloader when the connection drops or hangs. */
describe.skipIf(!hasShared)('model downloads on a bad connection', () => {
  let files: GgufFileServer;
  const model = hasShared ? readFileSync(modelPath('stories260K.gguf')) : Buffer.alloc(0);
  const installed: string[] = [];
  const manager = (dir: string): DownloadsManager =>
    new DownloadsManager({ dir, open: openModelDownload, install: async (path) => (installed.push(path), 'stories'), stallMs: 1_500 });
  async function settle(downloads: DownloadsManager, id: string): Promise<DownloadJob> {
    for (let i = 0; i < 600; i += 1) {
      const job = downloads.list().find((j) => j.id === id);
      if (job !== undefined && job.state !== 'downloading') return job;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('download did not settle');
  }

  beforeAll(async () => {
    files = await startGgufFileServer({ files: { '/m/stories.gguf': model } });
  });
  afterAll(async () => {
    await files?.close();
  });

  it('survives a dropped connection: the downloader asks again with a Range and the file is whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchyard-drop-'));
    const downloads = manager(dir);
    files.dropNextAfter(300_000);
    const before = files.requests.length;
    const job = downloads.start(`${files.url}/m/stories.gguf`);
    const done = await settle(downloads, job.id);
    expect(done).toMatchObject({ state: 'done', modelId: 'stories', downloadedBytes: model.length, error: null });
    const ranged = files.requests.slice(before).filter((r) => r.range !== undefined && r.range !== 'bytes=0-3');
    expect(ranged.length).toBeGreaterThanOrEqual(2);
    expect(ranged[0]?.bytes).toBeLessThan(model.length);
    expect(readFileSync(join(dir, 'stories.gguf')).equals(model)).toBe(true);
    expect(installed.at(-1)).toBe(join(dir, 'stories.gguf'));
  });

  it('stops a transfer that hangs, says so, leaves no finished-looking file, and starts again on request', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchyard-stall-'));
    const downloads = manager(dir);
    files.setRate(200_000);
    const job = downloads.start(`${files.url}/m/stories.gguf`);
    for (let i = 0; i < 200 && (downloads.list()[0]?.downloadedBytes ?? 0) < 100_000; i += 1) await new Promise((r) => setTimeout(r, 25));
    files.stall(true);
    const failed = await settle(downloads, job.id);
    expect(failed.state).toBe('failed');
    expect(failed.error).toBe('Could not reach 127.0.0.1: no data arrived for 2 s — check your connection, or add a GGUF file you already have.');
    // Nothing carries the finished name; the downloader writes whole 5 MiB chunks, so this 1 MB file has none yet.
    expect(existsSync(join(dir, 'stories.gguf'))).toBe(false);
    expect(readdirSync(dir).every((name) => name.endsWith('.ipull'))).toBe(true);

    files.stall(false);
    files.setRate(0);
    expect(downloads.start(`${files.url}/m/stories.gguf`)).toMatchObject({ id: job.id, state: 'downloading', error: null });
    const done = await settle(downloads, job.id);
    expect(done.state).toBe('done');
    expect(readdirSync(dir)).toEqual(['stories.gguf']);
    expect(readFileSync(join(dir, 'stories.gguf')).equals(model)).toBe(true);
  });

  it('refuses downloads without a models folder', () => {
    const downloads = new DownloadsManager({ dir: undefined, open: openModelDownload, install: async () => 'x' });
    expect(() => downloads.start(`${files.url}/m/stories.gguf`)).toThrow(/data directory/);
  });
});
