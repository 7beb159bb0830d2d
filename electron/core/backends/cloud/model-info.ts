import type { ModelInfo } from '../../../../shared/models';
import type { CloudModelSettings, ProviderSettings } from '../../../../shared/settings';

export function toModelInfo(provider: ProviderSettings, model: CloudModelSettings): ModelInfo {
  return {
    id: model.id, provider: provider.id, kind: 'cloud', contextLength: model.contextLength, capabilities: model.capabilities,
    ...(model.quality === undefined ? {} : { quality: model.quality }),
    ...(model.price === undefined ? {} : { outputPrice: model.price.output }),
    ...(isLoopback(provider.baseUrl) ? { onThisMachine: true } : {}),
  };
}

function isLoopback(baseUrl: string | undefined): boolean {
  if (baseUrl === undefined) return false;
  try {
    const host = new URL(baseUrl).hostname.replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127\./.test(host);
  } catch {
    return false;
  }
}

export function findCloudModel(provider: ProviderSettings, modelId: string): CloudModelSettings | undefined {
  return provider.models.find((model) => model.id === modelId);
}
