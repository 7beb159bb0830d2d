import type { ChatMessage, ChatRequest } from '../../../shared/chat';
import type { CandidateModel, Candidates, PrivacyVerdict } from '../../../electron/core/router/index';

const caps = { tools: false, vision: false, jsonSchema: false, embeddings: false };

export const localModel = (id = 'local', extra: Partial<CandidateModel> = {}): CandidateModel => ({
  id, provider: 'local', kind: 'local', contextLength: 4096, capabilities: { ...caps }, ...extra,
});
export const cloudModel = (id = 'big-1', extra: Partial<CandidateModel> = {}): CandidateModel => ({
  id, provider: 'acme', kind: 'cloud', contextLength: 128_000, capabilities: { ...caps, tools: true, vision: true, jsonSchema: true }, ...extra,
});
export const both = (): Candidates => ({ local: [localModel()], cloud: [cloudModel()] });

export const user = (content: string): ChatMessage => ({ role: 'user', content });
export const req = (content: string | ChatMessage[], extra: Partial<ChatRequest> = {}): ChatRequest => ({
  model: 'auto', messages: typeof content === 'string' ? [user(content)] : content, ...extra,
});

export const sensitive = (type = 'CREDIT_CARD'): PrivacyVerdict => ({
  findings: [{ type, count: 1 }], neverCloud: true, reasons: ['contains a credit card number → kept local'],
});

export const HARD = 'Design a globally distributed key-value store with tunable consistency, compare Raft and Paxos for replication, and analyze its failure modes in depth.';
export const EASY = 'good morning :)';
