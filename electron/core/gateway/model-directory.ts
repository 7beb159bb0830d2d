import type { ModelInfo } from '../../../shared/models';
import { ModelNotFoundError } from '../../../shared/errors';
import type { ChatBackend } from '../backends/chat-backend';

export interface ResolvedModel {
  backend: ChatBackend;
  info: ModelInfo;
}

/** Every model every backend serves, by id; the first backend to claim an id wins. */
export class ModelDirectory {
  private readonly byId = new Map<string, ResolvedModel>();

  constructor(readonly backends: readonly ChatBackend[]) {
    for (const backend of backends) {
      for (const info of backend.models()) {
        if (!this.byId.has(info.id)) this.byId.set(info.id, { backend, info });
      }
    }
  }

  list(): ModelInfo[] {
    return [...this.byId.values()].map((m) => m.info);
  }

  local(): ModelInfo[] {
    return this.list().filter((m) => m.kind === 'local');
  }

  cloud(): ModelInfo[] {
    return this.list().filter((m) => m.kind === 'cloud');
  }

  find(id: string): ResolvedModel | undefined {
    return this.byId.get(id);
  }

  resolve(id: string): ResolvedModel {
    const found = this.byId.get(id);
    if (found === undefined) throw new ModelNotFoundError(id);
    return found;
  }
}
