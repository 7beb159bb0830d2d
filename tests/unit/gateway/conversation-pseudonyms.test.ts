import { describe, expect, it } from 'vitest';
import { ConversationPseudonyms } from '../../../electron/core/gateway/conversation-pseudonyms';
import type { PseudonymStore } from '../../../electron/core/privacy';

const failingStore = (): PseudonymStore & { tries: number } => ({
  tries: 0,
  loadPseudonyms: () => undefined,
  savePseudonyms() {
    this.tries += 1;
    throw new Error('ENOSPC: no space left on device');
  },
  onDelete: () => {},
});

describe('ConversationPseudonyms', () => {
  it('has no map for a request without a conversation', () => {
    expect(new ConversationPseudonyms().for({ channel: 'openai-port' })).toBeUndefined();
  });

  it('keeps UI chats, each OpenAI-port key and key-less port clients apart', () => {
    const maps = new ConversationPseudonyms();
    const ui = maps.for({ channel: 'control-api', conversationId: 'c1' });
    expect(maps.for({ channel: 'desktop-chat', conversationId: 'c1' })?.pseudonymizer).toBe(ui?.pseudonymizer);
    const portA = maps.for({ channel: 'openai-port', conversationId: 'c1', apiKey: 'key-a' });
    const portB = maps.for({ channel: 'openai-port', conversationId: 'c1', apiKey: 'key-b' });
    const portNone = maps.for({ channel: 'openai-port', conversationId: 'c1' });
    const all = [ui, portA, portB, portNone].map((m) => m?.pseudonymizer);
    expect(new Set(all).size).toBe(4);
    expect(maps.for({ channel: 'openai-port', conversationId: 'c1', apiKey: 'key-a' })?.pseudonymizer).toBe(portA?.pseudonymizer);
  });

  it('keeps serving when the store cannot write', () => {
    const store = failingStore();
    const map = new ConversationPseudonyms(store).for({ channel: 'control-api', conversationId: 'c1' });
    map?.pseudonymizer.placeholderFor('EMAIL', 'x@example.org');
    expect(() => map?.persist()).not.toThrow();
    expect(store.tries).toBe(1);
    expect(map?.pseudonymizer.valueOf('[EMAIL_1]')).toBe('x@example.org');
  });
});
