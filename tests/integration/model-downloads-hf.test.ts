import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openModelDownload } from '../../electron/core/backends/local';
import { DownloadsManager, type DownloadJob } from '../../electron/core/models';
import { hasShared, modelPath } from '../helpers/fixtures';
import { startGgufFileServer, type GgufFileServer } from '../helpers/gguf-file-server';

/**
 * `hf:` URIs through node-llama-cpp's resolver and downloader, against a loopback stand-in for Hugging Face
 * (HF_ENDPOINT, which node-llama-cpp honours for mirrors): the manifest API and the resolve/ file URL.
 */
describe.skipIf(!hasShared)('hf: model URIs', () => {
  let hub: GgufFileServer;
  const model = hasShared ? readFileSync(modelPath('stories260K.gguf')) : Buffer.alloc(0);
  const saved = { HF_ENDPOINT: process.env['HF_ENDPOINT'], MODEL_ENDPOINT: process.env['MODEL_ENDPOINT'] };
  const installed: string[] = [];
  const downloadsIn = (dir: string): DownloadsManager => new DownloadsManager({ dir, open: openModelDownload, install: async (path) => (installed.push(path), 'hf-model') });
  async function settle(downloads: DownloadsManager, id: string): Promise<DownloadJob> {
    for (let i = 0; i < 600; i += 1) {
      const job = downloads.list().find((j) => j.id === id);
      if (job !== undefined && job.state !== 'downloading') return job;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('download did not settle');
  }

  beforeAll(async () => {
    hub = await startGgufFileServer({
      files: {
        // What huggingface.co answers to llama.cpp's manifest request for a quantisation tag.
        '/v2/acme/Tiny-Stories-GGUF/manifests/Q8_0': Buffer.from(JSON.stringify({ ggufFile: { rfilename: 'tiny-stories-Q8_0.gguf' } })),
        '/acme/Tiny-Stories-GGUF/resolve/main/tiny-stories-Q8_0.gguf': model,
      },
    });
    delete process.env['MODEL_ENDPOINT'];
    process.env['HF_ENDPOINT'] = `${hub.url}/`;
  });
  afterAll(async () => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    await hub?.close();
  });

  it('resolves hf:user/repo:QUANT through the manifest and downloads the file it names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchyard-hf-'));
    const downloads = downloadsIn(dir);
    const job = downloads.start('hf:acme/Tiny-Stories-GGUF:Q8_0');
    expect(job).toMatchObject({ state: 'downloading', fileName: null });
    const done = await settle(downloads, job.id);
    expect(done).toMatchObject({ state: 'done', modelId: 'hf-model', error: null, downloadedBytes: model.length });
    expect(done.fileName).toMatch(/\.gguf$/);
    expect(readdirSync(dir)).toEqual([done.fileName]);
    expect(readFileSync(join(dir, done.fileName ?? '')).equals(model)).toBe(true);
    expect(hub.requests.some((r) => r.path === '/v2/acme/Tiny-Stories-GGUF/manifests/Q8_0')).toBe(true);
  });

  it('downloads hf:user/repo/file.gguf straight from resolve/main', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchyard-hf-file-'));
    const downloads = downloadsIn(dir);
    const done = await settle(downloads, downloads.start('hf:acme/Tiny-Stories-GGUF/tiny-stories-Q8_0.gguf').id);
    expect(done.state).toBe('done');
    expect(installed.at(-1)).toBe(join(dir, done.fileName ?? ''));
    expect(readFileSync(installed.at(-1) ?? '').equals(model)).toBe(true);
  });

  it('says an unknown quantisation and an unreachable hub plainly, without a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchyard-hf-bad-'));
    const downloads = downloadsIn(dir);
    const missing = await settle(downloads, downloads.start('hf:acme/Tiny-Stories-GGUF:Q2_K').id);
    expect(missing.state).toBe('failed');
    expect(missing.error).toContain('Q2_K');

    const gone = await startGgufFileServer({ files: {} });
    await gone.close();
    process.env['HF_ENDPOINT'] = `${gone.url}/`;
    try {
      const offline = await settle(downloads, downloads.start('hf:acme/Other-GGUF/other-Q8_0.gguf').id);
      expect(offline.error).toBe('Could not reach 127.0.0.1: the connection was refused — check your connection, or add a GGUF file you already have.');
    } finally {
      process.env['HF_ENDPOINT'] = `${hub.url}/`;
    }
    expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([]);
  });
});
