export { createCloudBackend, createCloudBackends, type CreateCloudBackendDeps } from './create-cloud-backend';
export { CloudChatBackend, type CloudBackendDeps } from './cloud-chat-backend';
export { loadCloudCatalog, withCatalog, cloudCatalogSchema, type CloudCatalog } from './catalog';
export { apiKeyAccount, apiKeyEnvVar, apiKeyEnvVars, baseUrlOf } from './provider-defaults';
export { createProviderSecrets } from './provider-secrets';
export { findCloudModel } from './model-info';
export { SseDecoder, type SseEvent } from './http/sse-decoder';
export { cacheSystemPromptTokens, defaultMaxTokens } from './anthropic/anthropic-request';
export { testProviderConnection, type ConnectionTestResult, type ConnectionTestDeps } from './connection-test';
