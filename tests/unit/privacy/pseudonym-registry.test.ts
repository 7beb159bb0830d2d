import { describe, expect, it } from 'vitest';
import { PseudonymRegistry, type PseudonymSnapshot, type PseudonymStore } from '../../../electron/core/privacy';

/** A real in-memory store with the same contract as the conversation store; it counts its writes. */
function memoryStore(): PseudonymStore & { maps: Map<string, string>; writes: number; delete(id: string): void } {
  const maps = new Map<string, string>();
  const listeners: ((id: string) => void)[] = [];
  return {
    maps,
    writes: 0,
    loadPseudonyms: (id) => {
      const raw = maps.get(id);
      return raw === undefined ? undefined : (JSON.parse(raw) as PseudonymSnapshot);
    },
    savePseudonyms(id, snapshot) {
      this.writes += 1;
      maps.set(id, JSON.stringify(snapshot));
    },
    onDelete: (listener) => void listeners.push(listener),
    delete(id) {
      maps.delete(id);
      for (const listener of listeners) listener(id);
    },
  };
}

describe('PseudonymRegistry', () => {
  it('gives each conversation its own map, the same one on every turn', () => {
    const registry = new PseudonymRegistry();
    const a = registry.get('conv-a');
    expect(registry.get('conv-a')).toBe(a);
    expect(a.placeholderFor('EMAIL', 'x@example.org')).toBe('[EMAIL_1]');
    const b = registry.get('conv-b');
    expect(b).not.toBe(a);
    expect(b.placeholderFor('EMAIL', 'y@example.org')).toBe('[EMAIL_1]');
    expect(a.placeholderFor('EMAIL', 'y@example.org')).toBe('[EMAIL_2]');
  });

  it('keeps at most `capacity` maps in memory and reloads an evicted one from the store', () => {
    const store = memoryStore();
    const registry = new PseudonymRegistry({ store, capacity: 2 });
    const a = registry.get('a');
    a.placeholderFor('PERSON', 'Ines Duarte');
    registry.persist('a', a);
    registry.get('b');
    registry.get('a'); // a is now the most recent: c evicts b
    registry.get('c');
    expect(registry.size).toBe(2);
    expect(registry.get('a')).toBe(a);
    registry.get('d'); // evicts c, then e evicts a
    registry.get('e');
    const reloaded = registry.get('a');
    expect(reloaded).not.toBe(a);
    expect(reloaded.placeholderFor('PERSON', 'Ines Duarte')).toBe('[PERSON_1]');
  });

  it('writes only when the map gained placeholders, and only the copy in use', () => {
    const store = memoryStore();
    const registry = new PseudonymRegistry({ store });
    const a = registry.get('a');
    registry.persist('a', a);
    expect(store.writes).toBe(0);
    a.placeholderFor('EMAIL', 'x@example.org');
    registry.persist('a', a);
    registry.persist('a', a);
    expect(store.writes).toBe(1);
    a.placeholderFor('EMAIL', 'x@example.org');
    registry.persist('a', a);
    expect(store.writes).toBe(1);
  });

  it('forgets a deleted conversation in memory, and an answer still in flight does not write it back', () => {
    const store = memoryStore();
    const registry = new PseudonymRegistry({ store });
    const a = registry.get('a');
    a.placeholderFor('EMAIL', 'x@example.org');
    registry.persist('a', a);
    store.delete('a');
    a.placeholderFor('EMAIL', 'late@example.org');
    registry.persist('a', a);
    expect(store.maps.has('a')).toBe(false);
    const fresh = registry.get('a');
    expect(fresh).not.toBe(a);
    expect(fresh.size).toBe(0);
  });

  it('starts afresh when the stored map is damaged', () => {
    const store = memoryStore();
    store.maps.set('a', JSON.stringify({ version: 1, entries: [{ type: 'EMAIL', value: 'x@example.org' }] }));
    const registry = new PseudonymRegistry({ store });
    expect(registry.get('a').size).toBe(0);
  });
});
