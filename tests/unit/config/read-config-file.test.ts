import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfigFile } from '../../../electron/core/config';

describe('config file: speculative drafts', () => {
  it('resolves a draft path from the config file’s folder and leaves a draft naming a configured model as it is', () => {
    const dir = mkdtempSync(join(tmpdir(), 'draft-config-'));
    mkdirSync(join(dir, 'models'));
    writeFileSync(join(dir, 'models', 'small.gguf'), 'GGUF');
    const file = join(dir, 'config.json');
    writeFileSync(file, JSON.stringify({
      local: [
        { id: 'big', path: 'models/big.gguf', speculative: { draft: 'models/small.gguf' } },
        { id: 'other', path: 'models/other.gguf', speculative: { draft: 'big', minConfidence: 0.3 } },
        { id: 'lookup', path: 'models/other.gguf', speculative: 'input-lookup' },
      ],
    }));
    const local = readConfigFile(file).local;
    expect(local.map((m) => m.speculative)).toEqual([{ draft: join(dir, 'models', 'small.gguf') }, { draft: 'big', minConfidence: 0.3 }, 'input-lookup']);
  });

  it('names the field of a bad speculative setting', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'draft-config-')), 'config.json');
    writeFileSync(file, JSON.stringify({ local: [{ id: 'm', path: 'm.gguf', speculative: 'on' }] }));
    expect(() => readConfigFile(file)).toThrow(/local\.0\.speculative/);
  });
});
