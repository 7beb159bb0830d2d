import type { ChannelOutput } from '../../../../shared/ipc';
import type { Engine } from '../../engine';
import type { ContractHandlers } from './handlers';

/** Opens the OS file dialog for a .gguf file; null when cancelled. Injected by desktop; headless has none. */
export type PickModelFile = () => Promise<string | null>;

type ModelChannels = 'models.list' | 'models.hardware' | 'models.add' | 'models.pickFile' | 'models.remove' | 'models.download.start' | 'models.download.cancel' | 'models.downloads';

/**
 * The Models screen's channels. Persisting is the engine's change listener (see createEngineHandlers), so a
 * download that finishes after its call returned is saved too.
 */
export function createModelHandlers(engine: Engine, pickFile?: PickModelFile): Pick<ContractHandlers, ModelChannels> {
  return {
    'models.list': async () => {
      // Reads the GGUF headers once, so unloaded models show their real context length.
      await engine.local.listModels();
      const rows = engine.gateway.models().list();
      const models = await Promise.all(rows.map(async (m) => {
        const row = { id: m.id, provider: m.provider, kind: m.kind, contextLength: m.contextLength, loaded: m.loaded ?? m.kind === 'cloud', ...(m.status === undefined ? {} : { status: m.status }) };
        if (m.kind !== 'local') return row;
        // A file that vanished or cannot be parsed still lists (its load will say why), just without details.
        const details = await engine.local.modelDetails(m.id).catch(() => undefined);
        return details === undefined ? row : { ...row, details };
      }));
      return { models, gpu: await engine.local.gpu() } satisfies ChannelOutput<'models.list'>;
    },
    'models.hardware': async () => engine.local.hardware(),
    'models.add': async ({ path, id }) => {
      const added = await engine.models.add(path, id);
      return { id: added.id, path: added.path };
    },
    'models.pickFile': async ({ probe }) => {
      if (pickFile === undefined) return { supported: false, path: null };
      return { supported: true, path: probe === true ? null : await pickFile() };
    },
    'models.remove': async ({ id }) => {
      await engine.models.remove(id);
      return { ok: true };
    },
    'models.download.start': async ({ url }) => engine.models.downloads.start(url),
    'models.download.cancel': async ({ id }) => engine.models.downloads.cancel(id),
    'models.downloads': async () => ({ jobs: engine.models.downloads.list() }),
  };
}
