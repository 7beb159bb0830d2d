import type { ProviderSettings } from '../../../../../shared/settings';
import type { ChatProtocol } from '../protocol';
import { promptCharacters } from '../usage-estimate';
import { toOpenAiBody } from './openai-request';
import { OpenAiStreamTranslator } from './openai-stream';

export function openAiHeaders(apiKey: string | undefined): Record<string, string> {
  return apiKey === undefined ? {} : { authorization: `Bearer ${apiKey}` };
}

/** OpenAI's chat completions protocol, spoken by OpenAI and every OpenAI-compatible server. */
export function openAiProtocol(provider: ProviderSettings, baseUrl: string): ChatProtocol {
  return {
    chatRequest: (request, model, apiKey) => ({
      url: `${baseUrl}/chat/completions`,
      headers: openAiHeaders(apiKey),
      body: toOpenAiBody(request, model.id, provider.kind),
    }),
    translator: (request, apiKey) => new OpenAiStreamTranslator(provider.id, promptCharacters(request), apiKey),
  };
}
