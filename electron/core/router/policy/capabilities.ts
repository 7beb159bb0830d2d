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

export interface MissingCapability { need: string; lacks: string; fix: string }

/**
 * The capability a request needs that none of `models` has (images, tools, a JSON schema), or null when the
 * models lack only room. It decides between 400 model_not_capable (the client's to fix) and other refusals.
 */
export function missingCapability(models: readonly CandidateModel[], needs: Needs): MissingCapability | null {
  if (needs.vision && !models.some((m) => m.capabilities.vision)) {
    return { need: 'has images', lacks: 'accepts images', fix: 'Add a vision-capable model (a cloud model with `capabilities.vision`), or send the text without images.' };
  }
  if (needs.tools && !models.some((m) => m.capabilities.tools)) {
    return { need: 'uses tools', lacks: 'supports tool calling', fix: 'Add a model with `capabilities.tools`, or send the request without tools.' };
  }
  if (needs.jsonSchema && !models.some((m) => m.capabilities.jsonSchema)) {
    return { need: 'asks for a JSON schema', lacks: 'can enforce one', fix: 'Add a model with `capabilities.jsonSchema`, or ask for `json_object`.' };
  }
  return null;
}
