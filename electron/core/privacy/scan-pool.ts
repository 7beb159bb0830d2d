import { Worker } from 'node:worker_threads';
import type { ChatRequest } from '../../../shared/chat';
import { bundledEntry, type BundledEntry } from '../resources/bundled-entry';
import { unpackScan, type PackedScan } from './scan-wire';
import { requestTexts, textBytes } from './request-texts';
import { assertScanSize } from './scanner';
import { inspectRequest, verdictOf, type PrivacyContext, type PrivacyPolicy, type PrivacyVerdict, type RequestScan } from './verdict';

/**
 * Requests at least this large (UTF-8 bytes of all their texts) are scanned on a worker thread: a scan runs at
 * ~5 MB/s, so 256 KB is ~50 ms — the longest any other request should wait behind one.
 */
export const OFFLOAD_BYTES = 256 * 1024;

interface Pending {
  resolve: (scan: RequestScan) => void;
  texts: number;
}

/**
 * One worker thread that scans large requests, so the engine's event loop keeps serving streams, the UI and small
 * requests meanwhile. A job that fails for any reason (worker crash, bad answer) comes back as a scan that failed
 * closed: the request is treated as sensitive, as when a detector throws. The worker starts on first use and is
 * unref'd while idle.
 */
export class ScanPool {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private next = 0;

  constructor(private readonly entry: () => BundledEntry = scanWorkerEntry) {}

  /** `cheapOnly`: without the learned tagger, as the cloud guard's first check runs. */
  scan(request: ChatRequest, ctx: PrivacyContext, policy: PrivacyPolicy, cheapOnly = false): Promise<RequestScan> {
    const texts = requestTexts(request).length;
    return new Promise((resolve) => {
      let worker: Worker;
      try {
        worker = this.start();
      } catch {
        resolve(failedClosed(texts));
        return;
      }
      const id = this.next++;
      this.pending.set(id, { resolve, texts });
      worker.ref();
      const { mode, client, conversationId } = ctx;
      worker.postMessage({ id, request, ctx: { mode, client, conversationId }, policy: { privacy: policy.privacy, rules: policy.rules }, cheapOnly });
    });
  }

  async dispose(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.failAll();
    await worker?.terminate();
  }

  private start(): Worker {
    if (this.worker !== undefined) return this.worker;
    const { path, execArgv } = this.entry();
    const worker = new Worker(path, { execArgv });
    worker.on('message', (message: { id?: unknown; packed?: PackedScan; error?: unknown }) => {
      const job = typeof message.id === 'number' ? this.pending.get(message.id) : undefined;
      if (job === undefined) return;
      this.pending.delete(message.id as number);
      if (this.pending.size === 0) worker.unref();
      let scan: RequestScan;
      try {
        scan = message.packed === undefined ? failedClosed(job.texts) : unpackScan(message.packed);
        if (scan.scans.length !== job.texts) scan = failedClosed(job.texts);
      } catch {
        scan = failedClosed(job.texts);
      }
      job.resolve(scan);
    });
    const gone = (): void => {
      if (this.worker === worker) this.worker = undefined;
      this.failAll();
    };
    worker.on('error', gone);
    worker.on('exit', gone);
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private failAll(): void {
    for (const [id, job] of this.pending) {
      this.pending.delete(id);
      job.resolve(failedClosed(job.texts));
    }
  }
}

/** Every text failed: the verdict keeps the request local and says a privacy check failed. */
function failedClosed(texts: number): RequestScan {
  return { scans: Array.from({ length: texts }, () => ({ spans: [], failedClosed: true, failedDetectors: ['scan-worker'] })), allowed: [] };
}

let entry: BundledEntry | undefined;
function scanWorkerEntry(): BundledEntry {
  return (entry ??= bundledEntry('scan-worker', 'electron/core/privacy', 'privacy', import.meta.url));
}

/**
 * inspectRequest, with the scan on the pool's worker when the request is large; small ones (nearly all) are
 * scanned here, as before, without a thread hop.
 */
export async function inspectRequestAsync(request: ChatRequest, ctx: PrivacyContext, policy: PrivacyPolicy, pool: ScanPool | undefined): Promise<PrivacyVerdict> {
  if (pool === undefined || !offloaded(request, policy)) return inspectRequest(request, ctx, policy);
  return verdictOf(request, ctx, policy, await pool.scan(request, ctx, policy));
}

/**
 * Whether a request is large enough for the worker (its size checked against the scan limit then). Text shorter
 * than a third of the threshold in UTF-16 units cannot reach it in UTF-8 bytes: no byte count on the common path.
 */
export function offloaded(request: ChatRequest, policy: PrivacyPolicy): boolean {
  const texts = requestTexts(request);
  if (texts.reduce((sum, text) => sum + text.length, 0) * 3 < OFFLOAD_BYTES) return false;
  const bytes = textBytes(texts);
  if (bytes < OFFLOAD_BYTES) return false;
  assertScanSize(bytes, policy.privacy.maxScanBytes);
  return true;
}
