import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../helpers/fixtures';

// DESIGN.md §2 is enforced by lint; these cases prove the rules fire (and stay quiet where allowed).
const eslint = new ESLint({ cwd: repoRoot });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries', () => {
  it('core never imports electron', async () => {
    const messages = await restrictedImports('electron/core/gateway/probe.ts', "import { app } from 'electron';\nexport const x = app;\n");
    expect(messages.join()).toMatch(/never imports electron/);
  });

  it('core never imports the shell, preload or renderer', async () => {
    const messages = await restrictedImports('electron/core/server/probe.ts', "import { x } from '../../main/main';\nexport const y = x;\n");
    expect(messages).toHaveLength(1);
  });

  it('native packages are imported only by their owning module', async () => {
    const code = "import { getLlama } from 'node-llama-cpp';\nexport const x = getLlama;\n";
    expect(await restrictedImports('electron/core/gateway/probe.ts', code)).toHaveLength(1);
    expect(await restrictedImports('electron/core/backends/local/probe.ts', code)).toHaveLength(0);
    const keyring = "import { Entry } from '@napi-rs/keyring';\nexport const x = Entry;\n";
    expect(await restrictedImports('electron/core/backends/cloud/probe.ts', keyring)).toHaveLength(1);
    expect(await restrictedImports('electron/core/config/secrets/probe.ts', keyring)).toHaveLength(0);
  });

  it('renderer never imports Node built-ins or electron/*', async () => {
    const code = "import { readFileSync } from 'node:fs';\nimport { x } from '../../electron/core/gateway';\nexport const y = [readFileSync, x];\n";
    expect(await restrictedImports('renderer/src/probe.ts', code)).toHaveLength(2);
    expect(await restrictedImports('renderer/src/probe.ts', "import { z } from 'zod';\nimport type { Decision } from '../../shared/decision';\nexport type D = Decision;\nexport const s = z;\n")).toHaveLength(0);
  });

  it('shared stays pure', async () => {
    expect(await restrictedImports('shared/probe.ts', "import { join } from 'path';\nexport const j = join;\n")).toHaveLength(1);
  });
});
