import type { Settings } from '../../../shared/settings';
import type { ChatBackend } from '../backends/chat-backend';
import { createLocalBackend, type LocalBackend } from '../backends/local';
import { createGateway, type Gateway, type LogStage } from '../gateway';

export interface EngineOptions {
  settings: Settings;
  /** CPU threads for local generation (0 or absent: llama.cpp decides). */
  threads?: number;
  logger?: (message: string) => void;
  /** Called once per finished request (the routing log subscribes here). */
  onRequestComplete?: LogStage;
}

/**
 * The composition root shared by `switchyard serve` and the desktop shell: builds the backends and wires
 * them into the gateway's stages. Nothing else constructs engine parts.
 */
export interface Engine {
  readonly gateway: Gateway;
  readonly local: LocalBackend;
  readonly settings: Settings;
  dispose(): Promise<void>;
}

export function createEngine(options: EngineOptions): Engine {
  const { settings } = options;
  const local = createLocalBackend({
    models: settings.local,
    ...(options.threads !== undefined ? { threads: options.threads } : {}),
    ...(options.logger !== undefined ? { logger: options.logger } : {}),
  });
  const backends: ChatBackend[] = [local];
  const gateway = createGateway({
    backends: () => backends,
    mode: () => settings.mode,
    ...(options.onRequestComplete !== undefined ? { log: options.onRequestComplete } : {}),
  });
  return {
    gateway,
    local,
    settings,
    async dispose() {
      await Promise.allSettled(backends.map((b) => b.dispose()));
    },
  };
}
