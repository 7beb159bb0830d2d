import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../../electron/core/config/parse-settings';

const base = {
  local: [{ id: 'tiny', path: '/models/tiny.gguf', quality: 1 }],
  providers: [{ id: 'acme', kind: 'openai-compatible', baseUrl: 'https://acme.example/v1', models: [{ id: 'acme-large', contextLength: 8192, quality: 5 }] }],
};

describe('settings that name models', () => {
  it('accept a ladder, a use-model rule and per-task models that name configured models (a family prefix too)', () => {
    const settings = parseSettings({
      ...base,
      router: { ladder: ['tiny', 'acme-large'], taskModels: { code: 'acme' }, rules: [{ name: 'big', action: 'use-model', model: 'acme-large', match: { keywords: ['x'] } }] },
    }, 'test');
    expect(settings.router.ladder).toEqual(['tiny', 'acme-large']);
  });

  it('reject unknown and duplicate ids and a quality out of range, naming the field', () => {
    expect(() => parseSettings({ ...base, router: { ladder: ['tiny', 'nope'] } }, 'f.json')).toThrow(/router\.ladder\.1: model 'nope' is not configured \(configured: tiny, acme-large\)/);
    expect(() => parseSettings({ ...base, router: { ladder: ['tiny', 'tiny'] } }, 'f.json')).toThrow(/router\.ladder\.1: model 'tiny' is on the ladder twice/);
    expect(() => parseSettings({ ...base, router: { rules: [{ name: 'r', action: 'use-model', model: 'gpt-9', match: { keywords: ['x'] } }] } }, 'f.json'))
      .toThrow(/rules\.0\.model: rule 'r' names model 'gpt-9'/);
    expect(() => parseSettings({ ...base, router: { taskModels: { math: 'ghost' } } }, 'f.json')).toThrow(/router\.taskModels\.math/);
    expect(() => parseSettings({ local: [{ id: 'tiny', path: '/m.gguf', quality: 9 }] }, 'f.json')).toThrow(/local\.0\.quality: quality is 1 \(smallest\) … 5 \(frontier\)/);
    expect(() => parseSettings({ ...base, providers: [{ ...base.providers[0], models: [{ id: 'm', contextLength: 10, quality: 0 }] }] }, 'f.json')).toThrow(/providers\.0\.models\.0\.quality/);
  });

  it('count the models the shipped catalog gives a known provider', () => {
    expect(() => parseSettings({ providers: [{ id: 'openai', kind: 'openai' }], router: { ladder: ['gpt-4o-mini'] } }, 'test')).not.toThrow();
  });
});
