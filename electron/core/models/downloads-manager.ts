import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { stat, unlink } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { InvalidRequestError, SwitchyardError } from '../../../shared/errors';
import type { ModelDownload, ModelDownloadOptions } from '../backends/local';
import { isNetworkFailure, statusError, unreachableError } from './download-errors';
import type { DownloadJob } from './download-job';
import { preflight } from './download-preflight';
import { parseDownloadSource, type DownloadSource } from './download-source';
import { etaSeconds, TransferRate } from './transfer-rate';

export interface DownloadsManagerOptions {
  /** The models folder (`<dataDir>/models`); without one, downloads are refused. */
  dir: string | undefined;
  /** Opens a transfer with node-llama-cpp's downloader (backends/local). */
  open: (options: ModelDownloadOptions) => Promise<ModelDownload>;
  /** Adds the finished file as a local model; returns the model id. */
  install: (filePath: string, fileName: string) => Promise<string>;
  /** Without progress for this long a transfer is stopped (the partial file kept) and reported. */
  stallMs?: number;
  fetch?: typeof fetch;
  logger?: (message: string) => void;
}

interface Entry {
  job: DownloadJob;
  source: DownloadSource;
  rate: TransferRate;
  /** The running transfer's controls; undefined between runs. */
  run: { cancelled: boolean; stalled: boolean; download?: ModelDownload; done: Promise<void> } | undefined;
}

const DEFAULT_STALL_MS = 60_000;

/**
 * Model downloads as background jobs: one per URL, restarted in place (same id) after a cancel or a failure,
 * which continues the partial `<file>.ipull`. A file only gets its final name once complete (ipull renames
 * it), and is then checked and added as a local model.
 */
export class DownloadsManager {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly options: DownloadsManagerOptions) {}

  list(): DownloadJob[] {
    return [...this.entries.values()].map((entry) => this.snapshot(entry));
  }

  /** Starts (or continues) the download of `url`; invalid URLs throw, everything later shows on the job. */
  start(url: string): DownloadJob {
    const source = parseDownloadSource(url);
    const dir = this.options.dir;
    if (dir === undefined) throw new InvalidRequestError('Downloads need a data directory; start Switchyard with one (SWITCHYARD_HOME).', 'url', 'no_models_dir');
    let entry = [...this.entries.values()].find((e) => e.source.uri === source.uri);
    if (entry !== undefined && (entry.job.state === 'downloading' || entry.job.state === 'done')) return this.snapshot(entry);
    if (entry === undefined) {
      const fileName = source.fileName === undefined ? null : this.freeFileName(dir, source.fileName);
      entry = {
        job: { id: `dl_${randomUUID().slice(0, 8)}`, url: source.uri, fileName, state: 'downloading', downloadedBytes: 0, totalBytes: null, bytesPerSecond: 0, etaSeconds: null, error: null, modelId: null },
        source,
        rate: new TransferRate(),
        run: undefined,
      };
      this.entries.set(entry.job.id, entry);
    }
    entry.job.state = 'downloading';
    entry.job.error = null;
    entry.rate.reset();
    const previous = entry.run?.done ?? Promise.resolve();
    const run: NonNullable<Entry['run']> = { cancelled: false, stalled: false, done: Promise.resolve() };
    entry.run = run;
    const target = entry;
    run.done = previous.then(() => this.transfer(target, run, dir)).catch((error: unknown) => {
      if (run.cancelled) return;
      target.job.state = 'failed';
      target.job.error = this.describe(target.source, error);
      this.options.logger?.(`download ${target.job.id} failed: ${target.job.error}`);
    });
    return this.snapshot(entry);
  }

  /** Stops a running download and keeps what arrived; starting the same URL again continues it. */
  async cancel(id: string): Promise<DownloadJob> {
    const entry = this.entries.get(id);
    if (entry === undefined) throw new InvalidRequestError(`There is no download '${id}'.`, 'id', 'download_not_found');
    if (entry.job.state !== 'downloading' || entry.run === undefined) return this.snapshot(entry);
    entry.run.cancelled = true;
    entry.job.state = 'cancelled';
    await entry.run.download?.cancel();
    return this.snapshot(entry);
  }

  /** Shutdown: stops every transfer, keeping partial files for next time. */
  async dispose(): Promise<void> {
    await Promise.all([...this.entries.values()].filter((e) => e.job.state === 'downloading').map((e) => this.cancel(e.job.id)));
  }

  private async transfer(entry: Entry, run: NonNullable<Entry['run']>, dir: string): Promise<void> {
    const { job, source } = entry;
    await preflight(source, this.options.fetch);
    if (run.cancelled) return;
    let lastChange = Date.now();
    const download = await this.options.open({
      uri: source.uri,
      dirPath: dir,
      ...(job.fileName !== null ? { fileName: job.fileName } : {}),
      onProgress: ({ downloadedBytes, totalBytes }) => {
        if (run.cancelled) return;
        if (downloadedBytes !== job.downloadedBytes) lastChange = Date.now();
        job.downloadedBytes = downloadedBytes;
        job.totalBytes = totalBytes > 0 ? totalBytes : null;
        entry.rate.sample(downloadedBytes, Date.now());
      },
    });
    run.download = download;
    if (run.cancelled) {
      await download.cancel();
      return;
    }
    // Hugging Face names hf: files; whatever it says, the file must land in the models folder itself.
    if (dirname(resolve(download.filePath)) !== resolve(dir)) {
      await download.cancel();
      throw new SwitchyardError(`The download's file name '${download.fileName}' would leave the models folder; refused.`, { status: 502, type: 'upstream_error', code: 'unsafe_file_name' });
    }
    job.fileName = download.fileName;
    if (download.totalBytes > 0) job.totalBytes = download.totalBytes;
    const stallMs = this.options.stallMs ?? DEFAULT_STALL_MS;
    const watchdog = setInterval(() => {
      if (Date.now() - lastChange < stallMs) return;
      run.stalled = true;
      void download.cancel();
    }, Math.min(1_000, stallMs));
    try {
      await download.run();
    } finally {
      clearInterval(watchdog);
    }
    if (run.cancelled) return;
    if (run.stalled) throw unreachableError(source.host, new Error(`no data arrived for ${Math.round(stallMs / 1000)} s`));
    await this.assertComplete(download);
    job.downloadedBytes = download.totalBytes;
    try {
      job.modelId = await this.options.install(download.filePath, download.fileName);
    } catch (error) {
      // A complete file that is not a model (a server that sent something else) is removed, not kept as one.
      if (error instanceof SwitchyardError && error.code === 'not_gguf') await unlink(download.filePath).catch(() => undefined);
      throw error;
    }
    job.state = 'done';
  }

  /** The finished name exists only once ipull renamed the partial; anything else is not a finished model. */
  private async assertComplete(download: ModelDownload): Promise<void> {
    const size = await stat(download.filePath).then((s) => s.size, () => -1);
    if (size < 0 || existsSync(`${download.filePath}.ipull`) || (download.totalBytes > 0 && size !== download.totalBytes)) {
      throw new SwitchyardError('The download ended before the whole file arrived; press Resume to continue it.', { status: 502, type: 'upstream_error', code: 'download_incomplete' });
    }
  }

  /** A name not taken by a finished file or by another job, so a download never replaces a model in use. */
  private freeFileName(dir: string, fileName: string): string {
    const taken = new Set([...this.entries.values()].map((e) => e.job.fileName));
    const dot = fileName.toLowerCase().lastIndexOf('.gguf');
    for (let n = 1; ; n += 1) {
      const candidate = n === 1 ? fileName : `${fileName.slice(0, dot)}-${n}${fileName.slice(dot)}`;
      if (!taken.has(candidate) && !existsSync(join(dir, candidate))) return candidate;
    }
  }

  private describe(source: DownloadSource, error: unknown): string {
    if (error instanceof SwitchyardError) return error.message;
    if (isNetworkFailure(error)) return unreachableError(source.host, error).message;
    const status = statusOf(error);
    if (status !== undefined) return statusError(source.host, status.code, status.text).message;
    return `The download failed: ${error instanceof Error ? error.message : String(error)}`;
  }

  private snapshot(entry: Entry): DownloadJob {
    const { job } = entry;
    const speed = job.state === 'downloading' ? entry.rate.bytesPerSecond(Date.now()) : 0;
    return { ...job, bytesPerSecond: speed, etaSeconds: job.state === 'downloading' ? etaSeconds(job.downloadedBytes, job.totalBytes, speed) : null };
  }
}

/** ipull's StatusCodeError carries the HTTP status; read it structurally rather than import ipull. */
function statusOf(error: unknown): { code: number; text: string } | undefined {
  if (typeof error !== 'object' || error === null || !('statusCode' in error)) return undefined;
  const code = Number(error.statusCode);
  const text = 'statusText' in error && typeof error.statusText === 'string' ? error.statusText : '';
  return Number.isInteger(code) ? { code, text } : undefined;
}
