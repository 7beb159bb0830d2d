import { createRequire } from 'node:module';
import { z } from 'zod';
import type { SecretsPort } from './secrets-port';
import type { KeychainChannel, KeychainLauncher } from './keychain-launcher';
import { nodeKeychainLauncher } from './keychain-launcher';
import { KeychainTimeoutError, KeychainUnavailableError } from './secrets-errors';

export interface KeychainOptions {
  /** Keychain service name the entries are stored under. */
  service?: string;
  /** Upper bound for every call; a locked keyring can otherwise hang forever. */
  timeoutMs?: number;
  /** Starts the helper process; see KeychainLauncher. */
  launcher?: KeychainLauncher;
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
 * The OS keychain through @napi-rs/keyring (macOS Keychain, Windows Credential Manager, Secret Service),
 * called in a helper process so every call can time out. On Linux it is pinned to the Secret Service:
 * the library's silent fallback to the kernel keyring would lose keys at reboot, and a key must either
 * be stored properly or not at all.
 */
export class KeychainSecrets implements SecretsPort {
  readonly service: string;
  readonly timeoutMs: number;
  readonly #launcher: KeychainLauncher;
  #helper: KeychainChannel | undefined;
  #nextId = 0;
  readonly #pending = new Map<number, Pending>();

  constructor(options: KeychainOptions = {}) {
    this.service = options.service ?? 'switchyard';
    this.timeoutMs = options.timeoutMs ?? 3000;
    this.#launcher = options.launcher ?? nodeKeychainLauncher;
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

  /** Stops the helper; later calls start a new one. */
  async dispose(): Promise<void> {
    this.#abandon(new KeychainUnavailableError('The keychain was closed.'));
  }

  #call(operation: Operation, secret?: string): Promise<string | boolean | null> {
    const helper = this.#ensureHelper();
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      // A helper stuck in a native call cannot be interrupted: kill it and start afresh next time.
      const timer = setTimeout(() => this.#abandon(new KeychainTimeoutError(this.timeoutMs)), this.timeoutMs);
      this.#pending.set(id, { resolve, reject: (error) => reject(secret === undefined ? error : scrub(error, secret)), timer });
      helper.send({ id, ...operation });
    });
  }

  #ensureHelper(): KeychainChannel {
    if (this.#helper) return this.#helper;
    const helper = this.#launcher({
      SWITCHYARD_KEYRING_MODULE: createRequire(import.meta.url).resolve('@napi-rs/keyring'),
      SWITCHYARD_KEYRING_SERVICE: this.service,
    });
    helper.onMessage((raw) => this.#settle(raw));
    helper.onExit(() => {
      if (this.#helper === helper) this.#abandon(new KeychainUnavailableError('The keychain helper process stopped unexpectedly.'));
    });
    this.#helper = helper;
    return helper;
  }

  #settle(raw: unknown): void {
    const reply = replySchema.safeParse(raw);
    if (!reply.success) return;
    const pending = this.#pending.get(reply.data.id);
    if (!pending) return;
    this.#pending.delete(reply.data.id);
    clearTimeout(pending.timer);
    if (reply.data.ok) pending.resolve(reply.data.value);
    else pending.reject(new KeychainUnavailableError(`The OS keychain cannot be used (${reply.data.message.replace(/\.$/, '')}).`));
  }

  #abandon(error: Error): void {
    const helper = this.#helper;
    this.#helper = undefined;
    for (const pending of this.#pending.values()) {
      clearTimeout(pending.timer);
      pending.reject(error);
    }
    this.#pending.clear();
    helper?.kill();
  }
}

/** Defence in depth: a library message must never echo the secret it was handed. */
function scrub(error: Error, secret: string): Error {
  if (!error.message.includes(secret)) return error;
  return new KeychainUnavailableError(error.message.split(secret).join('[redacted]'));
}
