import { randomBytes } from 'node:crypto';
import type { EmbeddingInput } from '../../chat-backend';
import type { ChatRequest, StreamPart } from '../../../../../shared/chat';
import { SwitchyardError, UnavailableError } from '../../../../../shared/errors';
import type { LocalModelSettings } from '../../../../../shared/settings/local-models';
import type { FreeMemory, MemoryNeed } from '../memory-estimate';
import { ModelLoadTimeoutError } from '../model-file';
import { PartChannel } from '../part-channel';
import { RequestQueue } from '../request-queue';
import { abortPart, errorPart } from '../run-generation';
import type { DraftFile } from '../speculation';
import { LocalModelCrashedError } from './crash-error';
import { HostConnection } from './host-connection';
import type { HostLauncher } from './host-launcher';
import { STREAM_WINDOW, type CallResult } from './host-protocol';

/** Crashes in a row after which a model stays down until someone loads it again. */
export const MAX_CRASHES = 3;
/** Requests that may wait behind the generating ones when settings name no queue depth. */
const DEFAULT_QUEUE_DEPTH = 8;

export interface ModelHostOptions {
  settings: LocalModelSettings;
  launcher: HostLauncher;
  threads: number | undefined;
  sequences: number;
  /** A running generation that sends nothing for this long is taken as a hung host: killed, handled as a crash. */
  hangTimeoutMs: number;
  /** Wait before restart after the n-th crash in a row (n ≥ 1). */
  restartDelayMs: (crashes: number) => number;
  log: (message: string) => void;
  /** An idle loaded model unloads after this long (0: never). */
  keepAliveMs: number;
  /** Called after the host started or ended, so the backend can update its view. */
  onChange: () => void;
  /** The draft model's file when settings ask for `{ draft }` speculation. */
  draft: DraftFile | undefined;
  /** A start (host up, estimate, load) that takes longer is killed and reported as ModelLoadTimeoutError. */
  loadTimeoutMs: number;
  /** Frees memory for `need` (unloading other models) or throws InsufficientMemoryError. */
  makeRoom: (need: MemoryNeed, measure: () => Promise<FreeMemory>, reported: FreeMemory) => Promise<void>;
}

export type HostHealth =
  | { state: 'unloaded' | 'loading' | 'ready' }
  | { state: 'crashed' | 'down'; reason: string; crashes: number };

/** One request on this host, from admission until its last part. */
interface HostStream {
  readonly controller: AbortController;
  /** Ends the caller's stream with `part` (once) and lets go of its queue place. */
  finish(part: StreamPart): void;
}

/**
 * The engine's side of one local model: its inference host process (one per model, so a crash takes only
 * that model and its memory is returned to the OS on unload), the request queue in front of it, and the
 * crash policy — every in-flight request ends with one `local_model_crashed` part, the next request restarts
 * the host after a backoff, and after MAX_CRASHES in a row the model stays down until `reset()`.
 */
export class ModelHost {
  readonly queue: RequestQueue;
  /** Embedding requests run one at a time on their own context, behind the same bounded wait. */
  readonly embedQueue: RequestQueue;
  private connection: HostConnection | undefined;
  private starting: Promise<HostConnection> | undefined;
  private loadedInfo: CallResult<'load'> | undefined;
  private readonly streams = new Set<HostStream>();
  private crashes = 0;
  private lastCrash: { reason: string; at: number } | undefined;
  /** When the model last served or was asked for something (keep-alive). */
  lastUsed = Date.now();
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: ModelHostOptions) {
    const depth = options.settings.queueDepth ?? DEFAULT_QUEUE_DEPTH;
    this.queue = new RequestQueue(`Local model '${options.settings.id}'`, options.sequences, depth);
    this.embedQueue = new RequestQueue(`Embeddings on local model '${options.settings.id}'`, 1, depth, 200);
  }

  get id(): string {
    return this.options.settings.id;
  }

  get info(): CallResult<'load'> | undefined {
    return this.connection?.alive === true ? this.loadedInfo : undefined;
  }

  get busy(): boolean {
    return this.streams.size > 0 || this.queue.running + this.queue.queued + this.embedQueue.running + this.embedQueue.queued > 0;
  }

  get pid(): number | undefined {
    return this.connection?.pid;
  }

  health(): HostHealth {
    if (this.lastCrash !== undefined && this.connection === undefined) {
      return { state: this.crashes >= MAX_CRASHES ? 'down' : 'crashed', reason: this.lastCrash.reason, crashes: this.crashes };
    }
    if (this.info !== undefined) return { state: 'ready' };
    return { state: this.starting !== undefined ? 'loading' : 'unloaded' };
  }

  /** The user loads the model again: a model that was down gets a fresh start. */
  reset(): void {
    if (this.connection !== undefined) return;
    this.crashes = 0;
    this.lastCrash = undefined;
  }

  /** The running host, started (after the crash backoff) if there is none. `signal` gives up the wait only. */
  async ensure(signal?: AbortSignal): Promise<HostConnection> {
    if (this.connection?.alive === true && this.loadedInfo !== undefined) {
      // Restarts the keep-alive countdown, so a request admitted now is not unloaded under its feet.
      this.touch();
      return this.connection;
    }
    this.lastUsed = Date.now();
    if (this.starting === undefined) {
      if (this.crashes >= MAX_CRASHES) throw this.crashError(this.lastCrash?.reason ?? 'unknown');
      this.starting = this.start();
      const starting = this.starting;
      starting.then(() => undefined, () => undefined).finally(() => {
        if (this.starting === starting) this.starting = undefined;
      });
    }
    return signal === undefined ? this.starting : raceAbort(this.starting, signal);
  }

  private async start(): Promise<HostConnection> {
    const wait = this.lastCrash === undefined ? 0 : this.lastCrash.at + this.options.restartDelayMs(this.crashes) - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const { settings } = this.options;
    const connection = new HostConnection(this.options.launcher, settings.id, this.options.log, (reason, expected) =>
      expected
        ? new UnavailableError(`Local model '${settings.id}' was unloaded.`)
        : this.crashError(reason, this.crashes + 1));
    this.connection = connection;
    void connection.exited.then(({ reason }) => this.onExit(connection, reason));
    let timedOut = false;
    const loadTimer = setTimeout(() => {
      timedOut = true;
      // A failed load, not a crash: it does not count towards MAX_CRASHES.
      connection.expectedExit = true;
      connection.kill(`load timed out after ${this.options.loadTimeoutMs} ms`);
    }, this.options.loadTimeoutMs);
    const draft = this.options.draft === undefined ? {} : { draft: this.options.draft };
    try {
      await connection.ready;
      const estimate = await connection.call('estimate', { settings, sequences: this.options.sequences, ...draft });
      if (estimate.need === null) this.options.log(`local model '${settings.id}': llama.cpp has no memory estimate for its architecture; loading without a fit check`);
      else await this.options.makeRoom(estimate.need, () => connection.call('freeMemory', {}), estimate.free);
      const info = await connection.call('load', {
        settings,
        sequences: this.options.sequences,
        ...draft,
        ...(this.options.threads === undefined ? {} : { threads: this.options.threads }),
      });
      if (this.connection !== connection) throw new UnavailableError(`Local model '${settings.id}' was unloaded while it was loading.`);
      this.loadedInfo = info;
      this.options.log(`local model '${settings.id}' loaded (context ${info.contextSize} tokens, inference host pid ${connection.pid ?? '?'})`);
      this.touch();
      this.options.onChange();
      return connection;
    } catch (error) {
      // A file llama.cpp refuses (or one that does not fit) is not a crash: end this host quietly and report why.
      if (connection.alive) await connection.shutdown();
      if (this.connection === connection) this.connection = undefined;
      if (timedOut) {
        this.options.log(`local model '${settings.id}': load timed out after ${this.options.loadTimeoutMs} ms; its inference host was killed`);
        throw new ModelLoadTimeoutError(settings.id, settings.path, this.options.loadTimeoutMs);
      }
      throw error;
    } finally {
      clearTimeout(loadTimer);
    }
  }

  private onExit(connection: HostConnection, reason: string): void {
    if (this.connection === connection) {
      this.connection = undefined;
      this.loadedInfo = undefined;
    }
    if (!connection.expectedExit) {
      this.crashes += 1;
      this.lastCrash = { reason, at: Date.now() };
      this.options.log(`local model '${this.id}': inference host crashed (${reason}); crash ${this.crashes} in a row`);
      const error = this.crashError(reason);
      const part: StreamPart = { type: 'error', error: { message: error.message, type: error.type, code: error.code, status: error.status } };
      for (const stream of [...this.streams]) stream.finish(part);
    }
    this.options.onChange();
  }

  private crashError(reason: string, crashes = this.crashes): LocalModelCrashedError {
    const down = crashes >= MAX_CRASHES;
    return new LocalModelCrashedError(this.id, reason, {
      crashes, down, retryAfterSeconds: Math.max(1, Math.ceil(this.options.restartDelayMs(Math.max(1, crashes)) / 1000)),
    });
  }

  /**
   * Plans the request in the host (bad requests throw here, before any part), takes a queue place (429 when
   * full) and streams the answer. With a sequence free the place is taken first and the host plans and starts
   * in one message; otherwise the plan comes first and `start` follows once the queue grants a place. Parts arrive in batches; each batch is acknowledged once the reader has
   * taken it, which is what lets the host send more (backpressure).
   */
  async stream(request: ChatRequest, signal: AbortSignal): Promise<AsyncIterable<StreamPart>> {
    const connection = await this.ensure(signal);
    const id = randomBytes(9).toString('base64url');
    const batchEnds: number[] = [];
    let received = 0;
    let taken = 0;
    let unsentAcks = 0;
    const sendAcks = (): void => {
      const batches = unsentAcks;
      unsentAcks = 0;
      if (batches === 0 || ended) return;
      connection.send({ kind: 'ack', stream: id, batches });
      // The host may send again, so silence from now on counts towards the hang timeout again.
      if (started && !hostDone) armHangTimer();
    };
    const onTake = (): void => {
      taken += 1;
      let acked = 0;
      while (batchEnds.length > 0 && (batchEnds[0] ?? Infinity) <= taken) {
        batchEnds.shift();
        acked += 1;
      }
      if (acked === 0 || ended) return;
      // Sent after the reader's turn (its SSE write of the part it took): the IPC write stays off the time to
      // first token, and what the reader took in one turn is acknowledged in one message.
      if (unsentAcks === 0) setImmediate(sendAcks);
      unsentAcks += acked;
    };
    const controller = new AbortController();
    let ended = false;
    let started = false;
    let hostDone = false;
    let hangTimer: NodeJS.Timeout | undefined;
    const channel = new PartChannel<StreamPart>(() => controller.abort(), onTake);
    let lease: ReturnType<RequestQueue['reserve']> | undefined;
    let settled = false;
    const settle = (): void => {
      if (settled) return;
      settled = true;
      if (hangTimer !== undefined) clearTimeout(hangTimer);
      hangTimer = undefined;
      connection.closeStream(id);
      signal.removeEventListener('abort', onAbort);
      lease?.release();
      this.streams.delete(entry);
      this.touch();
      this.options.onChange();
    };
    const entry: HostStream = {
      controller,
      finish: (part) => {
        if (!ended) {
          ended = true;
          channel.push(part);
          channel.end();
        }
        hostDone = true;
        settle();
      },
    };
    const armHangTimer = (): void => {
      if (hangTimer !== undefined) clearTimeout(hangTimer);
      const ms = this.options.hangTimeoutMs;
      hangTimer = setTimeout(() => connection.kill(`hung: no output for ${ms} ms`), ms);
    };
    connection.openStream(id, (parts) => {
      if (hostDone) return;
      armHangTimer();
      for (const part of parts) {
        received += 1;
        const terminal = part.type === 'finish' || part.type === 'error';
        if (terminal) {
          if (part.type === 'finish') this.crashes = 0;
          entry.finish(part.type === 'error' && part.error.code === 'aborted' && controller.signal.aborted ? abortPart(controller.signal) : part);
          return;
        }
        if (!ended) channel.push(part);
      }
      batchEnds.push(received);
      // A full window means the host waits for this reader (a slow client), which is no hang.
      if (batchEnds.length >= STREAM_WINDOW && hangTimer !== undefined) {
        clearTimeout(hangTimer);
        hangTimer = undefined;
      }
      // Nobody reads any more: the host must not wait for acks that will never come.
      if (ended) onTake();
    });
    const onAbort = (): void => controller.abort(signal.reason);
    controller.signal.addEventListener('abort', () => {
      if (started && !hostDone) {
        connection.send({ kind: 'abort', stream: id });
        // The caller's stream ends now; the queue place is kept until the host has stopped generating.
        if (!ended) {
          ended = true;
          channel.finishNow(abortPart(controller.signal));
        }
      }
    }, { once: true });
    const listen = (): void => {
      if (signal.aborted) onAbort();
      else signal.addEventListener('abort', onAbort, { once: true });
    };
    // A request cancelled already takes the path below, which never starts it.
    lease = signal.aborted ? undefined : this.queue.tryReserve(controller.signal);
    if (lease !== undefined) {
      // A sequence is free: the host plans and starts in one step (no `start` round trip before the first token).
      started = true;
      this.streams.add(entry);
      listen();
      armHangTimer();
      try {
        await connection.call('plan', { stream: id, request, start: true });
      } catch (error) {
        // The host died holding the request (its reply may follow the generation's start): like any crash
        // mid-stream, the stream ends with one error part, and the runtime may still retry or fall back.
        if (!connection.alive) {
          entry.finish(errorPart(error));
          return channel;
        }
        // Refused (a bad request): nothing ran, the queue place goes back.
        connection.send({ kind: 'abort', stream: id });
        hostDone = true;
        ended = true;
        settle();
        throw error;
      }
      return channel;
    }
    try {
      await connection.call('plan', { stream: id, request });
      lease = this.queue.reserve(controller.signal);
    } catch (error) {
      connection.send({ kind: 'abort', stream: id });
      connection.closeStream(id);
      throw error;
    }
    listen();
    this.streams.add(entry);
    const granted = lease.granted;
    void granted.then(
      () => {
        if (hostDone) return;
        if (controller.signal.aborted || !connection.alive) {
          // Cancelled (or the host died) before it could start: it is never sent.
          connection.send({ kind: 'abort', stream: id });
          entry.finish(abortPart(controller.signal));
          return;
        }
        started = true;
        connection.send({ kind: 'start', stream: id });
        armHangTimer();
      },
      () => {
        connection.send({ kind: 'abort', stream: id });
        entry.finish(abortPart(controller.signal));
      },
    );
    return channel;
  }

  async embed(inputs: readonly EmbeddingInput[], signal: AbortSignal): Promise<{ vectors: number[][]; promptTokens: number }> {
    const connection = await this.ensure(signal);
    const lease = this.embedQueue.reserve(signal);
    try {
      await lease.granted;
      return await raceAbort(connection.call('embed', { inputs: inputs.map((input) => (typeof input === 'string' ? input : [...input])) }), signal);
    } catch (error) {
      if (signal.aborted) throw new SwitchyardError('The embedding request was cancelled.', { status: 499, type: 'cancelled', code: 'aborted' });
      throw error;
    } finally {
      lease.release();
      this.touch();
    }
  }

  /** Marks a use and (re)starts the keep-alive countdown; it unloads only once nothing runs or waits. */
  private touch(): void {
    this.lastUsed = Date.now();
    if (this.idleTimer !== undefined) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    const ms = this.options.keepAliveMs;
    if (ms <= 0) return;
    this.idleTimer = setTimeout(() => {
      this.idleTimer = undefined;
      if (this.busy || this.connection === undefined) return;
      this.options.log(`local model '${this.id}' unloaded after ${Math.round(ms / 1000)} s idle (keep-alive)`);
      void this.unload(new UnavailableError(`Local model '${this.id}' was unloaded (idle).`));
    }, ms);
    this.idleTimer.unref();
  }

  async countTokens(texts: string[]): Promise<number[]> {
    return (await (await this.ensure()).call('countTokens', { texts })).counts;
  }

  /** Stops every request with `reason` (an error part each) and ends the host; its memory goes back to the OS. */
  async unload(reason: Error): Promise<void> {
    if (this.idleTimer !== undefined) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    const starting = this.starting;
    const connection = this.connection;
    this.connection = undefined;
    this.loadedInfo = undefined;
    for (const stream of [...this.streams]) stream.controller.abort(reason);
    for (const stream of [...this.streams]) stream.finish(abortPart(stream.controller.signal));
    if (connection !== undefined) await connection.shutdown();
    await starting?.catch(() => undefined);
    this.options.onChange();
  }
}

function raceAbort<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason instanceof Error ? signal.reason : new UnavailableError('The request was cancelled.'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason instanceof Error ? signal.reason : new UnavailableError('The request was cancelled.'));
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
