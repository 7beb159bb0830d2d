import { join } from 'node:path';
import type { BundledEntry } from '../resources/bundled-entry';
import type { ProviderSettingsInput, Settings } from '../../../shared/settings';
import type { ChatBackend } from '../backends/chat-backend';
import { apiKeyEnvVars, createCloudBackend, createCloudBackends, type CloudChatBackend } from '../backends/cloud';
import { createLocalBackend, type HostLauncher, type LocalBackend } from '../backends/local';
import { parseSettings } from '../config';
import { createLayeredSecrets, type SecretsPort } from '../config/secrets';
import { createGateway, type Gateway, type LogStage } from '../gateway';
import { RoutingLog } from '../log';
import { LocalModels } from '../models';
import { createRouter, type Classifier, type Router } from '../router';
import { FeedbackStore } from '../router/feedback';
import { ScanPool, type PseudonymStore } from '../privacy';
import { createRuntime, type Runtime, type RuntimeOptionsInput } from '../runtime';
import { backgroundClassifier } from './lazy-classifier';
import { systemDeviceState, type DeviceStateReader } from './device-state-reader';
import { syncCloudBackends } from './sync-cloud-backends';
import { toLogEntry } from './log-entry';
import { priceBook } from './prices';
import { RoutingFeedback } from './routing-feedback';

export interface EngineOptions {
  settings: Settings;
  /** CPU threads for local generation (0 or absent: llama.cpp decides). */
  threads?: number;
  logger?: (message: string) => void;
  /** Where the routing log is kept (the data directory); without it the log lives in memory only. */
  dataDir?: string;
  /** Where cloud API keys come from; defaults to environment variables only. */
  secrets?: SecretsPort;
  /** For cloud providers; tests and proxies inject their own. */
  fetch?: typeof fetch;
  /**
   * false: route with the heuristic only; a Classifier: use that one (the route CLI loads it before the first
   * line). By default the ONNX classifier loads in the background when a cloud provider is configured; with
   * local models only, scores cannot change the target, so it would only cost memory.
   */
  classifier?: boolean | Classifier;
  /** Where the shipped classifier is when not found beside the code (the packaged app's resources); settings win. */
  classifierDir?: string;
  runtime?: RuntimeOptionsInput;
  /**
   * Starts the inference host processes local models run in (one per loaded model). Default: fork Node; the
   * desktop shell passes Electron's utilityProcess.
   */
  inferenceHosts?: HostLauncher;
  /**
   * Where the privacy scan worker thread starts from (privacy/scan-pool.ts): the bundled file beside the code by
   * default; the desktop shell passes its own build; false scans every request on the engine's thread.
   */
  scanWorker?: BundledEntry | false;
  /** Backends after the configured ones (`switchyard route`'s stand-ins for a side with no model). */
  extraBackends?: readonly ChatBackend[];
  /** The device state routing reads (power, heat, free memory, network); default: what the OS offers. */
  deviceState?: DeviceStateReader;
  /** Called once per finished request, besides the routing log. */
  onRequestComplete?: LogStage;
  /** Keeps each UI conversation's pseudonym map with the conversation (the conversation store); absent: memory only. */
  pseudonymStore?: PseudonymStore;
}

/**
 * The composition root shared by `switchyard serve` and the desktop shell: builds the backends, the router,
 * the runtime and the routing log, and wires them into the gateway. Nothing else constructs engine parts.
 */
export interface Engine {
  readonly gateway: Gateway;
  readonly local: LocalBackend;
  readonly cloud: ReadonlyMap<string, CloudChatBackend>;
  readonly runtime: Runtime;
  readonly log: RoutingLog;
  /** The user's 👍/👎 and "Run again …" labels, learned on the device (feedback.json in the data directory). */
  readonly feedback: RoutingFeedback;
  /** Local models at run time: add a GGUF file, remove one, download one (electron/core/models). */
  readonly models: LocalModels;
  /** The settings in force now. */
  settings(): Settings;
  /**
   * Applies new mode, router, privacy or log settings to the next request (the mode toggle, the privacy
   * panel). Local models change through `models`, providers through setProviders.
   */
  updateSettings(patch: Partial<Pick<Settings, 'mode' | 'router' | 'privacy' | 'rules' | 'log' | 'server'>>): Settings;
  /**
   * Replaces the cloud providers for the next request (the Providers screen): backends are rebuilt for
   * changed providers, removed ones disposed, and the classifier starts if this is the first provider.
   */
  setProviders(providers: readonly ProviderSettingsInput[]): Settings;
  dispose(): Promise<void>;
}

export function createEngine(options: EngineOptions): Engine {
  let settings = options.settings;
  const logger = options.logger ?? (() => {});
  const local = createLocalBackend({
    models: settings.local,
    ...(options.threads !== undefined ? { threads: options.threads } : {}),
    ...(options.inferenceHosts !== undefined ? { launcher: options.inferenceHosts } : {}),
    logger,
  });
  const secrets = options.secrets ?? createLayeredSecrets({ keychain: null, envVars: () => apiKeyEnvVars(settings.providers) });
  const cloudDeps = { secrets, ...(options.fetch !== undefined ? { fetch: options.fetch } : {}) };
  const cloud = createCloudBackends(settings.providers, cloudDeps);
  const extra = options.extraBackends ?? [];
  let backends: ChatBackend[] = [local, ...cloud.values(), ...extra];
  const device = options.deviceState ?? systemDeviceState();
  const runtime = createRuntime(options.runtime !== undefined ? { options: options.runtime } : {});
  const wantClassifier = options.classifier ?? settings.providers.length > 0;
  let classifier = typeof wantClassifier === 'object' ? wantClassifier
    : wantClassifier ? backgroundClassifier(settings.router.classifierDir ?? options.classifierDir, logger) : undefined;
  const log = new RoutingLog(options.dataDir === undefined ? undefined : join(options.dataDir, 'routing-log'), () => settings.log);
  // Without a data directory (tests, `switchyard route`) the feedback lives in memory and starts at the identity.
  const feedback = new RoutingFeedback({
    store: new FeedbackStore(options.dataDir === undefined ? undefined : join(options.dataDir, 'feedback.json'), logger),
    decisions: log,
  });
  const makeRouter = (): Router => createRouter({ settings: settings.router, rules: settings.rules, defaultMode: settings.mode, classifier, feedback });
  let router = makeRouter();
  let prices = priceBook(settings);
  const models = new LocalModels({
    local,
    dataDir: options.dataDir,
    settings: () => settings,
    setLocal: (list) => (settings = parseSettings({ ...settings, local: list }, 'the local model list')),
    logger,
  });

  const worker = options.scanWorker;
  const scanPool = worker === false ? undefined : new ScanPool(worker === undefined ? undefined : () => worker);
  const gateway = createGateway({
    ...(scanPool === undefined ? {} : { scanPool }),
    backends: () => backends,
    settings: () => settings,
    router: async () => router,
    runtime,
    device: () => device.read(),
    ...(options.pseudonymStore !== undefined ? { pseudonymStore: options.pseudonymStore } : {}),
    log: (record) => {
      try {
        log.record(toLogEntry(record, prices));
      } catch (error) {
        logger(`routing log write failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      options.onRequestComplete?.(record);
    },
  });
  return {
    gateway,
    local,
    cloud,
    runtime,
    log,
    feedback,
    models,
    settings: () => settings,
    updateSettings(patch) {
      const next = parseSettings({ ...settings, ...patch }, 'the settings update');
      const routerChanged = JSON.stringify(next.router) !== JSON.stringify(settings.router) || next.rules !== settings.rules;
      settings = next;
      prices = priceBook(settings);
      if (routerChanged) router = makeRouter();
      return settings;
    },
    setProviders(providers) {
      const next = parseSettings({ ...settings, providers }, 'the providers update');
      const gone = syncCloudBackends(cloud, settings.providers, next.providers, (p) => createCloudBackend(p, cloudDeps));
      settings = next;
      prices = priceBook(settings);
      backends = [local, ...cloud.values(), ...extra];
      if (classifier === undefined && options.classifier !== false && next.providers.length > 0) {
        classifier = backgroundClassifier(settings.router.classifierDir ?? options.classifierDir, logger);
        router = makeRouter();
      }
      void Promise.allSettled(gone.map((b) => b.dispose()));
      return settings;
    },
    async dispose() {
      await scanPool?.dispose();
      await models.dispose();
      await Promise.allSettled(backends.map((b) => b.dispose()));
      log.close();
    },
  };
}
