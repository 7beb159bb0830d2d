import { describe, expect, it } from 'vitest';
import { privacyGroups, privacyTypeLabel, privacyTypeLabels, typesInGroup, type PrivacyType } from '../../../shared/privacy-labels';
import { defaultPrivacySettings } from '../../../shared/settings';
import { findingLabels, scanText } from '../../../electron/core/privacy';

const settingsTypes = (): string[] => {
  const { entities, categories } = defaultPrivacySettings();
  return [...Object.keys(entities), ...Object.keys(categories)].sort();
};

describe('privacy labels', () => {
  it('names every type the settings know, once, in exactly one group', () => {
    expect(Object.keys(privacyTypeLabels).sort()).toEqual(settingsTypes());
    const grouped = privacyGroups.flatMap((g) => typesInGroup(g.id));
    expect([...grouped].sort()).toEqual(settingsTypes());
    for (const group of privacyGroups) expect(typesInGroup(group.id).length, group.id).toBeGreaterThan(0);
  });

  it('gives the engine the same reason phrase the table holds', () => {
    for (const [type, words] of Object.entries(privacyTypeLabels)) expect(findingLabels[type as PrivacyType]).toBe(words.reason);
    expect(findingLabels.CUSTOM).toBe('text matched by a rule');
  });

  it('shows plain words, not type names, and keeps an unknown type readable', () => {
    expect(privacyTypeLabel('EMAIL')).toBe('Email addresses');
    expect(privacyTypeLabel('HEALTH')).toBe('Health information about a person');
    expect(privacyTypeLabel('SOMETHING_NEW')).toBe('SOMETHING_NEW');
    for (const words of Object.values(privacyTypeLabels)) expect(words.label).not.toMatch(/^[A-Z_]+$/);
  });

  // Every type: the panel's example must be one the engine really finds.
  const detectable = Object.keys(privacyTypeLabels) as PrivacyType[];
  it.each(detectable)('the example for %s is one the built-in detectors find as that type', (type) => {
    const example = privacyTypeLabels[type].example;
    expect(scanText(example).spans.map((s) => s.type)).toContain(type);
  });
});
