import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfigFile } from '../../../electron/core/config';
import { repoRoot } from '../../helpers/fixtures';

// The README's full --config example must stay valid against the settings schema.
describe('README config example', () => {
  it('validates', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const json = /A full example[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(json).toBeDefined();
    const file = join(mkdtempSync(join(tmpdir(), 'readme-config-')), 'config.json');
    writeFileSync(file, json ?? '');
    const settings = readConfigFile(file);
    expect(settings.providers.map((p) => p.id)).toEqual(['acme', 'anthropic']);
    expect(settings.rules).toHaveLength(3);
  });

  it('names the bad field of an invalid config', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'bad-config-')), 'config.json');
    writeFileSync(file, JSON.stringify({ providers: [{ id: 'x', kind: 'openai-compatible', models: [] }] }));
    expect(() => readConfigFile(file)).toThrow(/providers\.0\.baseUrl/);
  });
});
