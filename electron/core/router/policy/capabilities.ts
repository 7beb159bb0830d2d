import type { ChatRequest } from '../../../../shared/chat';
import type { CandidateModel } from '../types';

/** What a request needs from a model; a model lacking any of it cannot serve the request. */
export interface Needs {
  /** Prompt tokens plus the completion budget. */
  contextTokens: number;
  vision: boolean;
  tools: boolean;
  jsonSchema: boolean;
}

/** Completion budget assumed when the request sets no max_tokens. */
const DEFAULT_COMPLETION_TOKENS = 256;

export function needsOf(request: ChatRequest, promptTokens: number): Needs {
  const vision = request.messages.some((m) => Array.isArray(m.content) && m.content.some((p) => p.type === 'image_url'));
  const tools = (request.tools?.length ?? 0) > 0 && request.toolChoice !== 'none';
  return {
    contextTokens: promptTokens + (request.maxTokens ?? DEFAULT_COMPLETION_TOKENS),
    vision,
    tools,
    jsonSchema: request.responseFormat?.type === 'json_schema',
  };
}

/** Null when the model can serve the request, else a short phrase saying why not. */
export function cannotServe(model: CandidateModel, needs: Needs): string | null {
  if (needs.contextTokens > model.contextLength) return `needs ~${needs.contextTokens} tokens of context, ${model.id} has ${model.contextLength}`;
  if (needs.vision && !model.capabilities.vision) return `has images and ${model.id} has no vision`;
  if (needs.tools && !model.capabilities.tools) return `uses tools and ${model.id} has no tool calling`;
  if (needs.jsonSchema && !model.capabilities.jsonSchema) return `asks for a JSON schema and ${model.id} cannot enforce one`;
  return null;
}
