import type { ServerResponse } from 'node:http';
import type { Gateway } from '../../gateway';
import { sendJson } from '../http/respond';

const created = Math.floor(Date.now() / 1000);

/** GET /v1/models: `auto` (routed) plus every local and cloud model. */
export function listModels(res: ServerResponse, gateway: Gateway): void {
  const data = [
    { id: 'auto', object: 'model', created, owned_by: 'switchyard' },
    ...gateway.models().list().map((m) => ({
      id: m.id,
      object: 'model',
      created,
      owned_by: m.kind === 'local' ? 'local' : m.provider,
      switchyard: { kind: m.kind, provider: m.provider, context_length: m.contextLength, capabilities: m.capabilities, loaded: m.loaded ?? null, ...(m.status === undefined ? {} : { status: m.status.state, status_reason: m.status.reason }) },
    })),
  ];
  sendJson(res, 200, { object: 'list', data });
}
