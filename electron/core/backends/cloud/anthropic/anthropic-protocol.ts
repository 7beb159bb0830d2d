import type { ProviderSettings } from '../../../../../shared/settings';
import type { ChatProtocol } from '../protocol';
import { toAnthropicBody } from './anthropic-request';
import { AnthropicStreamTranslator } from './anthropic-stream';

export const anthropicVersion = '2023-06-01';

/** Anthropic's Messages API: POST {baseUrl}/v1/messages with `x-api-key`. */
export function anthropicProtocol(provider: ProviderSettings, baseUrl: string): ChatProtocol {
  return {
    chatRequest: (request, model, apiKey) => ({
      url: `${baseUrl}/v1/messages`,
      headers: { 'anthropic-version': anthropicVersion, ...(apiKey === undefined ? {} : { 'x-api-key': apiKey }) },
      body: toAnthropicBody(request, model),
    }),
    translator: (_request, apiKey) => new AnthropicStreamTranslator(provider.id, apiKey),
  };
}
