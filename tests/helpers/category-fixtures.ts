import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { privacyCategoryTypes } from '../../shared/settings/privacy';
import { repoRoot } from './fixtures';

export const categorySample = z.object({
  id: z.string(),
  lang: z.enum(['en', 'de', 'fr', 'es']),
  text: z.string().min(1),
  categories: z.array(z.enum(privacyCategoryTypes)),
}).strict();
export type CategorySample = z.infer<typeof categorySample>;

/** The labelled category texts (tests/fixtures/privacy/README.md): `dev` is tuned on, `heldout` only measured. */
export function categorySamples(part: 'dev' | 'heldout'): CategorySample[] {
  const file = join(repoRoot, 'tests', 'fixtures', 'privacy', `categories-${part}.jsonl`);
  return readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => categorySample.parse(JSON.parse(line)));
}
