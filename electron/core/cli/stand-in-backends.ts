import type { ChatRequest, StreamPart } from '../../../shared/chat';
import { UnavailableError } from '../../../shared/errors';
import type { ModelInfo } from '../../../shared/models';
import type { Settings } from '../../../shared/settings';
import type { ChatBackend } from '../backends/chat-backend';

/**
 * `switchyard route` decides offline, so a settings file without a local model or without a cloud provider
 * would make every decision trivially one-sided. For such a side it routes against a stand-in named `local`
 * or `cloud` (metadata only; it cannot answer), and says so on stderr. Only the route CLI adds them.
 */
export function standInBackends(settings: Pick<Settings, 'local' | 'providers'>): ChatBackend[] {
  const out: ChatBackend[] = [];
  if (settings.local.length === 0) {
    out.push(standIn('local', { id: 'local', provider: 'local', kind: 'local', contextLength: 4096, capabilities: { tools: true, vision: false, jsonSchema: true, embeddings: false } }));
  }
  if (settings.providers.length === 0) {
    out.push(standIn('cloud', { id: 'cloud', provider: 'cloud', kind: 'cloud', contextLength: 128_000, capabilities: { tools: true, vision: true, jsonSchema: true, embeddings: false } }));
  }
  return out;
}

function standIn(kind: 'local' | 'cloud', info: ModelInfo): ChatBackend {
  return {
    id: `stand-in-${kind}`,
    kind,
    models: () => [info],
    stream(_request: ChatRequest): Promise<AsyncIterable<StreamPart>> {
      return Promise.reject(new UnavailableError(`'${info.id}' is a stand-in for routing decisions only; configure a ${kind} model to get answers.`));
    },
    dispose: () => Promise.resolve(),
  };
}
