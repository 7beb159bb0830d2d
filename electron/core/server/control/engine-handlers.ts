import { InvalidRequestError } from '../../../../shared/errors';
import type { ChannelOutput } from '../../../../shared/ipc';
import type { Settings } from '../../../../shared/settings';
import { apiKeyAccount } from '../../backends/cloud';
import type { LayeredSecrets } from '../../config/secrets';
import type { Engine } from '../../engine';
import type { RequestOrigin } from '../../gateway';
import { defaultDetectors, privacyRuleMatches, scanText, spanAction } from '../../privacy';
import { requestFacts } from '../../rules';
import { clientOf } from '../../gateway/origin';
import { ChatRunner } from './chat-runner';
import type { ConversationsStore } from './conversations-store';
import type { ContractHandlers } from './handlers';
import { createLocalApiHandlers, type LocalApiDeps } from './local-api-handlers';
import { logCsv } from './log-csv';
import { createModelHandlers, type PickModelFile } from './model-handlers';
import { createProviderHandlers } from './provider-handlers';

export interface EngineHandlerDeps {
  engine: Engine;
  conversations: ConversationsStore;
  /** Where provider keys are written and looked up; absent: keys.set refuses with a hint. */
  secrets?: LayeredSecrets;
  /** The OpenAI port as the Local API screen shows it. */
  server: () => ChannelOutput<'server.info'>;
  /** Persists a settings change (desktop: electron-store); headless keeps changes for the run. */
  persist?: (settings: Settings) => void;
  channel: RequestOrigin['channel'];
  /** Turns the OpenAI port on/off or moves it (server.configure). */
  configureServer?: NonNullable<LocalApiDeps['configureServer']>;
  /** The OS file dialog for models.pickFile (desktop); absent: the channel answers unsupported. */
  pickModelFile?: PickModelFile;
}

export interface EngineHandlers extends ContractHandlers {
  /** Ends every running chat stream (shutdown). */
  abortAll(): void;
}

/** The contract implemented on the engine; the same object serves the HTTP control API and desktop IPC. */
export function createEngineHandlers(deps: EngineHandlerDeps): EngineHandlers {
  const { engine } = deps;
  const chats = new ChatRunner(engine.gateway, deps.channel);
  const view = (): ChannelOutput<'settings.get'> => {
    const s = engine.settings();
    return { mode: s.mode, privacy: { entities: s.privacy.entities, categories: s.privacy.categories, rules: s.rules } };
  };
  const update = (patch: Parameters<Engine['updateSettings']>[0]): ChannelOutput<'settings.get'> => {
    // Not `persist?.(updateSettings(…))`: an optional call would skip evaluating its argument.
    const next = engine.updateSettings(patch);
    deps.persist?.(next);
    return view();
  };
  const ok = { ok: true } as const;
  // Local models added, removed or downloaded are saved like any other settings change.
  engine.models.onChange((next) => deps.persist?.(next));

  return {
    abortAll: () => chats.abortAll(),
    ...createModelHandlers(engine, deps.pickModelFile),
    'chat.start': (input, ctx) => chats.start(input, ctx),
    'chat.cancel': async ({ requestId }) => ({ cancelled: chats.cancel(requestId) }),
    'settings.get': async () => view(),
    'settings.setMode': async ({ mode }) => update({ mode }),
    'privacy.setRules': async ({ entities, categories, rules }) => update({ privacy: { ...engine.settings().privacy, entities, categories }, rules }),
    'privacy.test': async ({ text, mode }) => {
      // The same detectors a request meets: the built-in ones and the user's rules, as they apply to this screen.
      const settings = engine.settings();
      const chosenMode = mode ?? settings.mode;
      const user = privacyRuleMatches(settings.rules, {
        mode: chosenMode, client: clientOf({ channel: deps.channel }), conversationId: undefined,
        request: () => requestFacts([{ role: 'user', content: text }]),
      });
      const { spans } = scanText(text, { detectors: [...defaultDetectors, ...user.detectors], maxBytes: settings.privacy.maxScanBytes });
      const allowed = user.allow.flatMap((detector) => detector.detect(text));
      const { decision } = await engine.gateway.decide({ model: 'auto', messages: [{ role: 'user', content: text }] }, { channel: deps.channel }, chosenMode);
      const entities = spans.map((s) => {
        const { action } = spanAction(s, settings.privacy, user);
        const allow = s.type === 'CUSTOM' || action === 'never-cloud' ? undefined : allowed.find((a) => a.start <= s.start && s.end <= a.end);
        const rule = allow?.rule ?? s.rule;
        return { type: s.type, start: s.start, end: s.end, action: allow === undefined ? action : 'allow' as const, ...(rule === undefined ? {} : { rule }) };
      });
      return { entities, decision };
    },
    'log.query': async (q) => ({ entries: engine.log.query(definedOnly(q)) }),
    'log.stats': async () => engine.log.stats(),
    'log.exportCsv': async (q) => ({ csv: logCsv(engine.log.query({ limit: 5000, ...definedOnly(q) })) }),
    'feedback.send': async ({ decision, signal }) => engine.feedback.record(decision, signal),
    'feedback.status': async () => engine.feedback.status(),
    'feedback.reset': async () => engine.feedback.reset(),
    'models.load': async ({ id }) => {
      await engine.local.load(id);
      return ok;
    },
    'models.unload': async ({ id }) => {
      await engine.local.unload(id);
      return ok;
    },
    'keys.set': async ({ provider, key }) => {
      const found = engine.settings().providers.find((p) => p.id === provider);
      if (found === undefined) throw new InvalidRequestError(`There is no provider '${provider}'; add it in settings first.`, 'provider', 'unknown_provider');
      if (deps.secrets === undefined) throw new InvalidRequestError('Keys cannot be stored here; set the provider\'s environment variable instead.', 'key', 'no_keychain');
      await deps.secrets.set(apiKeyAccount(found), key.trim());
      return ok;
    },
    'conversations.list': async () => ({ conversations: deps.conversations.list() }),
    'conversations.save': async (conversation) => {
      deps.conversations.save(conversation);
      return ok;
    },
    'conversations.delete': async ({ id }) => {
      deps.conversations.delete(id);
      return ok;
    },
    ...createLocalApiHandlers(deps),
    ...createProviderHandlers(deps),
  };
}

/** exactOptionalPropertyTypes: the log's query wants absent keys, not keys holding undefined. */
function definedOnly<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}
