import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultPiiModelDir } from '../../../electron/core/privacy/detectors/learned-pii';
import { repoRoot } from '../../helpers/fixtures';

const proc = process as { resourcesPath?: string };

describe('defaultPiiModelDir', () => {
  const before = proc.resourcesPath;
  let scratch: string | undefined;
  afterEach(() => {
    if (before === undefined) delete proc.resourcesPath;
    else proc.resourcesPath = before;
    if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
    scratch = undefined;
  });

  it('finds the repository model when not packaged', () => {
    delete proc.resourcesPath;
    expect(defaultPiiModelDir()).toBe(join(repoRoot, 'resources', 'pii-model'));
  });

  it('uses the packaged app resources folder when the model is there', () => {
    scratch = mkdtempSync(join(tmpdir(), 'pii-res-'));
    mkdirSync(join(scratch, 'pii-model'));
    writeFileSync(join(scratch, 'pii-model', 'model.json'), '{}');
    proc.resourcesPath = scratch;
    expect(defaultPiiModelDir()).toBe(join(scratch, 'pii-model'));
  });

  it('ignores a resources folder without the model', () => {
    scratch = mkdtempSync(join(tmpdir(), 'pii-res-'));
    proc.resourcesPath = scratch;
    expect(defaultPiiModelDir()).toBe(join(repoRoot, 'resources', 'pii-model'));
  });
});
