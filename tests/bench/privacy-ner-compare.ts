/**
 * PERSON and STREET_ADDRESS side by side on presidio-research's synthetic sentences (evaluation only, never
 * trained on): (a) the cue/name-list rules, (b) compromise's people() (it has no street addresses: the rules' are
 * used), (c) the learned tagger, (d) tagger + rules (union, overlaps resolved as the scanner does).
 * Run: npx tsx tests/bench/privacy-ner-compare.ts [--model DIR] [--errors TYPE --variant NAME] [--fp-sources [--fp-shapes]] [--fn-shapes [--fn-kinds]] [--fn-before]
 * (--fn-kinds splits missed spans by digits/letters; --fn-before counts the word before each miss, aggregate only)
 * Match rule as in privacy-accuracy.ts: overlap of ≥ 1 character with a gold span of the same type.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { z } from 'zod';
import { scanText } from '../../electron/core/privacy';
import { defaultDetectors, personDetector, streetAddressDetector } from '../../electron/core/privacy/detectors';
import { createLearnedPiiDetector, defaultPiiModelDir } from '../../electron/core/privacy/detectors/learned-pii';
import { loadTaggerModel } from '../../electron/core/privacy/detectors/tagger-model';
import type { Detector, Span } from '../../electron/core/privacy/types';
import { sharedDir } from '../helpers/fixtures';

const folder = join(sharedDir, 'data', 'pii', 'presidio-research');
if (!existsSync(folder)) {
  console.log(`skipped: ${folder} not found (../shared is absent)`);
  process.exit(0);
}
const argAfter = (name: string): string | undefined => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const modelDir = argAfter('--model') ?? defaultPiiModelDir();
const showErrors = argAfter('--errors');
const showVariant = argAfter('--variant') ?? 'tagger+rules';

const model = loadTaggerModel(modelDir);
const tagger = createLearnedPiiDetector(() => model);
const structured = defaultDetectors.filter((d) => d !== personDetector && d !== streetAddressDetector && !d.name.startsWith('learned'));
const rules = [...structured, personDetector, streetAddressDetector];

const compromisePeople: Detector = {
  name: 'compromise',
  detect(text) {
    const found = nlp(text).people().json({ offset: true }) as { offset: { start: number; length: number } }[];
    return found.map((m): Span => ({ type: 'PERSON', start: m.offset.start, end: m.offset.start + m.offset.length, confidence: 0.6 }));
  },
};

const variants: [string, readonly Detector[]][] = [
  ['rules', rules],
  ['compromise', [...structured, compromisePeople, streetAddressDetector]],
  ['tagger', [...structured, tagger]],
  ['tagger+rules', [...rules, tagger]],
];

const nameMap: Record<string, string> = { PERSON: 'PERSON', STREET_ADDRESS: 'STREET_ADDRESS', ADDRESS: 'STREET_ADDRESS' };
const types = ['PERSON', 'STREET_ADDRESS'];
const datasetSchema = z.array(z.object({
  full_text: z.string(),
  spans: z.array(z.object({ entity_type: z.string(), start_position: z.number(), end_position: z.number() })),
}));
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

for (const name of ['synth_dataset_v2.json', 'generated_small.json']) {
  const rows = datasetSchema.parse(JSON.parse(readFileSync(join(folder, name), 'utf8')));
  console.log(`\n${name} (${rows.length} sentences, overlap match)`);
  console.log('variant        PERSON P  PERSON R  ADDRESS P  ADDRESS R   ms/sentence');
  for (const [variant, detectors] of variants) {
    const tally = new Map(types.map((type) => [type, { tp: 0, fp: 0, gold: 0, recalled: 0 }]));
    /** False positives by the gold label they overlap (ORGANIZATION, GPE…, or none): where the errors come from. */
    const fpOn = new Map<string, number>();
    /** Missed gold spans by shape (words, casing, where): which kinds of names are missed, without reading them. */
    const missedShapes = new Map<string, number>();
    const missedBefore = new Map<string, number>();
    const t0 = performance.now();
    for (const row of rows) {
      const gold = row.spans.flatMap((s) => (nameMap[s.entity_type] ? [{ type: nameMap[s.entity_type]!, start: s.start_position, end: s.end_position }] : []));
      const predicted = scanText(row.full_text, { detectors }).spans.filter((s) => types.includes(s.type));
      const log = showErrors !== undefined && variant === showVariant;
      for (const p of predicted) {
        const t = tally.get(p.type)!;
        if (gold.some((g) => g.type === p.type && overlaps(g, p))) t.tp += 1;
        else {
          t.fp += 1;
          const under = row.spans.find((g) => overlaps({ start: g.start_position, end: g.end_position }, p))?.entity_type ?? 'none';
          const value = row.full_text.slice(p.start, p.end);
          const shape = process.argv.includes('--fp-shapes')
            ? `/${value.split(/\s+/).length}w/${value === value.toLowerCase() ? 'lower' : value === value.toUpperCase() ? 'upper' : 'mixed'}/${p.start === 0 ? 'text-start' : /[.!?]\s*$|\n\s*$/.test(row.full_text.slice(0, p.start)) ? 'sentence-start' : 'inside'}`
            : '';
          fpOn.set(`${p.type}/${under}${shape}`, (fpOn.get(`${p.type}/${under}${shape}`) ?? 0) + 1);
          if (log && showErrors === p.type) console.log(`FP ${JSON.stringify(row.full_text.slice(p.start, p.end))}`);
        }
      }
      for (const g of gold) {
        const t = tally.get(g.type)!;
        t.gold += 1;
        if (predicted.some((p) => p.type === g.type && overlaps(g, p))) t.recalled += 1;
        else {
          const value = row.full_text.slice(g.start, g.end);
          const casing = value === value.toLowerCase() ? 'lower' : value === value.toUpperCase() ? 'upper' : 'mixed';
          const where = g.start === 0 ? 'text-start' : /[.!?]\s*$|\n\s*$/.test(row.full_text.slice(0, g.start)) ? 'sentence-start' : 'inside';
          const words = value.split(/\s+/).length;
          const kind = /^\d+$/.test(value) ? 'digits' : /\d/.test(value) ? 'with-digits' : 'letters';
          const key = `${g.type}/${words}w/${casing}/${where}${process.argv.includes('--fn-kinds') ? `/${kind}` : ''}`;
          if (process.argv.includes('--fn-before')) {
            // The word before a miss, counted (never printed with the sentence): which contexts are missed.
            const before = /([\p{L}']+)[^\p{L}]*$/u.exec(row.full_text.slice(Math.max(0, g.start - 30), g.start))?.[1]?.toLowerCase() ?? '^';
            missedBefore.set(`${g.type}/${before}`, (missedBefore.get(`${g.type}/${before}`) ?? 0) + 1);
          }
          missedShapes.set(key, (missedShapes.get(key) ?? 0) + 1);
          if (log && showErrors === g.type) console.log(`FN ${JSON.stringify(value)}`);
        }
      }
    }
    const ms = (performance.now() - t0) / rows.length;
    const pr = (type: string): string[] => {
      const t = tally.get(type)!;
      return [(t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp)).toFixed(3), (t.gold === 0 ? 1 : t.recalled / t.gold).toFixed(3)];
    };
    const [pp, prr] = pr('PERSON');
    const [ap, ar] = pr('STREET_ADDRESS');
    console.log(`${variant.padEnd(14)} ${pp!.padStart(8)}  ${prr!.padStart(8)}  ${ap!.padStart(9)}  ${ar!.padStart(9)}   ${ms.toFixed(3).padStart(11)}`);
    if (process.argv.includes('--fp-sources')) console.log(`  false positives on: ${[...fpOn].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    if (process.argv.includes('--fn-before')) console.log(`  missed after: ${[...missedBefore].filter(([, v]) => v >= 3).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    if (process.argv.includes('--fn-shapes')) console.log(`  missed: ${[...missedShapes].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  }
}
