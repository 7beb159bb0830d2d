import type { ChatBackend } from '../../electron/core/backends/chat-backend';
import type { ChatRequest, StreamPart } from '../../shared/chat';
import { modelPath } from '../helpers/fixtures';
import type { LocalModelSettings } from '../../shared/settings/local-models';

/** The three fixture models, with small contexts to keep the shared CPU free. */
export const fixtureModels: LocalModelSettings[] = [
  { id: 'stories-chatml', path: modelPath('stories260K-chatml.gguf'), contextSize: 512 },
  { id: 'stories-plain', path: modelPath('stories260K.gguf'), contextSize: 512 },
  { id: 'tiny-llama2-chat', path: modelPath('llama-2-tiny-random-chat.gguf'), contextSize: 512 },
];

export interface Collected {
  parts: StreamPart[];
  text: string;
  finish: Extract<StreamPart, { type: 'finish' }> | undefined;
  error: Extract<StreamPart, { type: 'error' }> | undefined;
}

export function summarize(parts: StreamPart[]): Collected {
  let text = '';
  let finish: Collected['finish'];
  let error: Collected['error'];
  for (const part of parts) {
    if (part.type === 'text-delta') text += part.text;
    if (part.type === 'finish') finish = part;
    if (part.type === 'error') error = part;
  }
  return { parts, text, finish, error };
}

/** Reads a stream to its end; `onPart` may abort mid-way. */
export async function collect(
  backend: ChatBackend,
  request: ChatRequest,
  signal: AbortSignal = new AbortController().signal,
  onPart?: (part: StreamPart, index: number) => void,
): Promise<Collected> {
  const parts: StreamPart[] = [];
  for await (const part of await backend.stream(request, signal)) {
    parts.push(part);
    onPart?.(part, parts.length - 1);
  }
  return summarize(parts);
}

/** Exactly one terminal part, and it is the last one. */
export function terminalParts(parts: StreamPart[]): StreamPart[] {
  return parts.filter((part) => part.type === 'finish' || part.type === 'error');
}

export const userRequest = (model: string, content: string, extra: Partial<ChatRequest> = {}): ChatRequest => ({
  model,
  messages: [{ role: 'user', content }],
  ...extra,
});
