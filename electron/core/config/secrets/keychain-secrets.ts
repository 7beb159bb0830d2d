import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import type { SecretsPort } from './secrets-port';
import { KeychainTimeoutError, KeychainUnavailableError } from './secrets-errors';
import { keychainWorkerSource } from './keychain-worker-source';

export interface KeychainOptions {
  /** Keychain service name the entries are stored under. */
  service?: string;
  /** Upper bound for every call; a locked keyring can otherwise hang forever. */
  timeoutMs?: number;
}

type Operation = { op: 'get' | 'has' | 'delete'; account: string } | { op: 'set'; account: string; value: string };

const replySchema = z.union([
  z.object({ id: z.number(), ok: z.literal(true), value: z.union([z.string(), z.boolean(), z.null()]) }),
  z.object({ id: z.number(), ok: z.literal(false), message: z.string() }),
]);

interface Pending {
  resolve(value: string | boolean | null): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

/**
 * The OS keychain through @napi-rs/keyring (macOS Keychain, Windows Credential Manager, Secret Service).
 * On Linux it is pinned to the Secret Service: the library's silent fallback to the kernel keyring would
 * lose keys at reboot, and a key must either be stored properly or not at all.
 */
export class KeychainSecrets implements SecretsPort {
  readonly service: string;
  readonly timeoutMs: number;
  #worker: Worker | undefined;
  #nextId = 0;
  readonly #pending = new Map<number, Pending>();

  constructor(options: KeychainOptions = {}) {
    this.service = options.service ?? 'switchyard';
    this.timeoutMs = options.timeoutMs ?? 3000;
  }

  async get(account: string): Promise<string | undefined> {
    const value = await this.#call({ op: 'get', account });
    return typeof value === 'string' ? value : undefined;
  }

  async set(account: string, value: string): Promise<void> {
    if (value.length === 0) throw new KeychainUnavailableError('Refusing to store an empty key.');
    await this.#call({ op: 'set', account, value }, value);
  }

  async delete(account: string): Promise<boolean> {
    return (await this.#call({ op: 'delete', account })) === true;
  }

  async has(account: string): Promise<boolean> {
    return (await this.#call({ op: 'has', account })) === true;
  }

  /** Stops the worker; later calls start a new one. */
  async dispose(): Promise<void> {
    const worker = this.#worker;
    this.#worker = undefined;
    this.#failAll(new KeychainUnavailableError('The keychain was closed.'));
    if (worker) await worker.terminate();
  }

  #call(operation: Operation, secret?: string): Promise<string | boolean | null> {
    const worker = this.#ensureWorker();
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        // A worker stuck in a native call cannot be interrupted: abandon it and start afresh next time.
        this.#abandonWorker(new KeychainTimeoutError(this.timeoutMs));
      }, this.timeoutMs);
      this.#pending.set(id, {
        resolve,
        reject: (error) => reject(secret === undefined ? error : scrub(error, secret)),
        timer,
      });
      worker.postMessage({ id, ...operation });
    });
  }

  #ensureWorker(): Worker {
    if (this.#worker) return this.#worker;
    const modulePath = createRequire(import.meta.url).resolve('@napi-rs/keyring');
    const worker = new Worker(keychainWorkerSource, {
      eval: true,
      workerData: { modulePath, service: this.service, options: { linux: { store: 'secret-service' } } },
    });
    worker.unref();
    worker.on('message', (raw: unknown) => this.#settle(raw));
    worker.on('error', (error) => {
      if (this.#worker === worker) this.#abandonWorker(new KeychainUnavailableError(`The OS keychain library failed to load: ${error.message}`));
    });
    worker.on('exit', () => {
      if (this.#worker === worker) this.#abandonWorker(new KeychainUnavailableError('The keychain worker stopped unexpectedly.'));
    });
    this.#worker = worker;
    return worker;
  }

  #settle(raw: unknown): void {
    const reply = replySchema.safeParse(raw);
    if (!reply.success) return;
    const pending = this.#pending.get(reply.data.id);
    if (!pending) return;
    this.#pending.delete(reply.data.id);
    clearTimeout(pending.timer);
    if (reply.data.ok) pending.resolve(reply.data.value);
    else pending.reject(new KeychainUnavailableError(`The OS keychain cannot be used: ${reply.data.message}`));
  }

  #abandonWorker(error: Error): void {
    const worker = this.#worker;
    this.#worker = undefined;
    this.#failAll(error);
    void worker?.terminate().catch(() => undefined);
  }

  #failAll(error: Error): void {
    for (const pending of this.#pending.values()) {
      clearTimeout(pending.timer);
      pending.reject(error);
    }
    this.#pending.clear();
  }
}

/** Defence in depth: a library message must never echo the secret it was handed. */
function scrub(error: Error, secret: string): Error {
  if (!error.message.includes(secret)) return error;
  return new KeychainUnavailableError(error.message.split(secret).join('[redacted]'));
}
