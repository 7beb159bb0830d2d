/**
 * Trains the PII tagger: an averaged structured perceptron (Collins 2002) over hashed features, BIO tags, Viterbi
 * decoding, on text from generate.ts only. Seeded and reproducible.
 * Run: npx tsx tools/train-pii/train.ts [--examples N] [--epochs E] [--bits B] [--seed S] [--runs R] [--out resources/pii-model]
 * --runs R trains R models on R generated sets (seeds S, S+100, …) and ships the mean of their weights: one run's
 * figures move by 0.01–0.03 with the seed, the mean of a few moves less and is better on average (bagging).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { featurize, FEATURES_PER_TOKEN, TAG_COUNT, TAGS, tokenize, type GazetteerName, type Tokens } from '../../electron/core/privacy/detectors/tagger-features';
import { buildGazetteer, emissions, viterbi, type ModelHeader } from '../../electron/core/privacy/detectors/tagger-model';
import { fakerNameLists, mulberry32 } from './entities';
import { generateExamples, useBackground, type Example } from './generate';
import { calendarWords, streetWords, titleWords, unitWords } from './lists';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : process.argv[i + 1]!;
};
const EXAMPLES = Number(arg('--examples', '120000'));
const EPOCHS = Number(arg('--epochs', '6'));
const BITS = Number(arg('--bits', '18'));
const SEED = Number(arg('--seed', '7'));
const RUNS = Number(arg('--runs', '1'));
const OUT = arg('--out', 'resources/pii-model');
const MASK = (1 << BITS) - 1;

const started = Date.now();
const lists = fakerNameLists();
const gazetteerLists: Record<GazetteerName, string[]> = {
  first: [...lists.first].sort(),
  last: [...lists.last].sort(),
  city: [...lists.city].sort(),
  region: [...lists.region].sort(),
  street: [...new Set(streetWords)].sort(),
  unit: [...new Set(unitWords)].sort(),
  title: [...new Set(titleWords)].sort(),
  calendar: [...new Set(calendarWords)].sort(),
};
interface Prepared {
  text: string;
  tokens: Tokens;
  gold: Uint8Array;
}

function goldTags(example: Example, tokens: Tokens): Uint8Array {
  const tags = new Uint8Array(tokens.count);
  for (const span of example.spans) {
    const b = span.type === 'PERSON' ? 1 : 3;
    let first = true;
    for (let t = 0; t < tokens.count; t += 1) {
      if (tokens.start[t]! >= span.start && tokens.start[t]! < span.end) {
        tags[t] = first ? b : b + 1;
        first = false;
      }
    }
  }
  return tags;
}

const prepare = (examples: Example[]): Prepared[] => examples.map((example) => {
  const tokens = tokenize(example.text);
  return { text: example.text, tokens, gold: goldTags(example, tokens) };
});

console.log(`background: ${useBackground(process.cwd(), new Set([...lists.first, ...lists.last]))} real texts`);
const dev = prepare(generateExamples(3000, SEED + 1000));

function trainRun(seed: number): { avg: Float32Array; avgTrans: number[] } {
  // Training sees the name lists with 15% of their entries hidden, so the model also learns names from context and
  // shape (real users' names are often in no list); the shipped model looks names up in the full lists.
  const hide = mulberry32(seed + 1);
  const trainingGazetteer = buildGazetteer(Object.fromEntries(
    Object.entries(gazetteerLists).map(([name, words]) => [name, name === 'first' || name === 'last' || name === 'city' ? words.filter(() => hide() >= 0.15) : words]),
  ));
  const train = prepare(generateExamples(EXAMPLES, seed));
  console.log(`run ${seed}: generated ${train.length} training examples in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const size = (MASK + 1) * TAG_COUNT;
  const w = new Float32Array(size);
  const u = new Float32Array(size); // sum of c × update, for averaging
  const trans = new Float32Array((TAG_COUNT + 1) * TAG_COUNT);
  const transU = new Float32Array(trans.length);
  let c = 1;

  const update = (features: Uint32Array, t: number, tag: number, delta: number): void => {
    for (let f = 0; f < FEATURES_PER_TOKEN; f += 1) {
      const i = features[t * FEATURES_PER_TOKEN + f]! * TAG_COUNT + tag;
      w[i] = w[i]! + delta;
      u[i] = u[i]! + c * delta;
    }
  };
  const updateTrans = (from: number, to: number, delta: number): void => {
    const i = from * TAG_COUNT + to;
    trans[i] = trans[i]! + delta;
    transU[i] = transU[i]! + c * delta;
  };

  const order = train.map((_, i) => i);
  const shuffle = mulberry32(seed + 2);
  for (let epoch = 0; epoch < EPOCHS; epoch += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(shuffle() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let wrong = 0;
    let tokens = 0;
    for (const index of order) {
      const { text, tokens: toks, gold } = train[index]!;
      if (toks.count === 0) continue;
      const features = featurize(text, toks, trainingGazetteer, MASK);
      const predicted = viterbi(emissions(w, features, toks.count), trans, toks.count);
      tokens += toks.count;
      for (let t = 0; t < toks.count; t += 1) {
        const g = gold[t]!;
        const p = predicted[t]!;
        const gPrev = t === 0 ? TAG_COUNT : gold[t - 1]!;
        const pPrev = t === 0 ? TAG_COUNT : predicted[t - 1]!;
        if (g !== p) {
          wrong += 1;
          update(features, t, g, 1);
          update(features, t, p, -1);
        }
        if (g !== p || gPrev !== pPrev) {
          updateTrans(gPrev, g, 1);
          updateTrans(pPrev, p, -1);
        }
      }
      c += 1;
    }
    console.log(`epoch ${epoch + 1}: ${(wrong / tokens * 100).toFixed(2)}% tokens wrong while training (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }

  // Averaged weights: w − u / c.
  const avg = new Float32Array(size);
  for (let i = 0; i < size; i += 1) avg[i] = w[i]! - u[i]! / c;
  const avgTrans = Array.from(trans, (v, i) => v - transU[i]! / c);
  return { avg, avgTrans };
}

const size = (MASK + 1) * TAG_COUNT;
const avg = new Float32Array(size);
const avgTrans = new Array<number>((TAG_COUNT + 1) * TAG_COUNT).fill(0);
for (let r = 0; r < RUNS; r += 1) {
  const run = trainRun(SEED + 100 * r);
  for (let i = 0; i < size; i += 1) avg[i] = avg[i]! + run.avg[i]! / RUNS;
  for (let i = 0; i < avgTrans.length; i += 1) avgTrans[i] = avgTrans[i]! + run.avgTrans[i]! / RUNS;
}
let max = 0;
for (let i = 0; i < size; i += 1) max = Math.max(max, Math.abs(avg[i]!));

const scale = max / 32767;
const stored = new Int16Array(size);
for (let i = 0; i < size; i += 1) stored[i] = Math.round(avg[i]! / scale);
const dequantised = Float32Array.from(stored, (v) => v * scale);

// Dev figures (generated text, another seed, full gazetteer): entity-level exact-span P/R.
const fullGazetteer = buildGazetteer(gazetteerLists);
const transArr = Float32Array.from(avgTrans);
const tally = { PERSON: { tp: 0, fp: 0, fn: 0 }, STREET_ADDRESS: { tp: 0, fp: 0, fn: 0 } };
const runs = (tags: Uint8Array): string[] => {
  const out: string[] = [];
  for (let t = 0; t < tags.length; t += 1) {
    const tag = tags[t]!;
    if (tag === 1 || tag === 3 || ((tag === 2 || tag === 4) && tags[t - 1] !== tag && tags[t - 1] !== tag - 1)) {
      let end = t;
      const inside = tag === 1 || tag === 2 ? 2 : 4;
      while (tags[end + 1] === inside) end += 1;
      out.push(`${inside === 2 ? 'PERSON' : 'STREET_ADDRESS'}:${t}:${end}`);
    }
  }
  return out;
};
for (const { text, tokens: toks, gold } of dev) {
  if (toks.count === 0) continue;
  const predicted = viterbi(emissions(dequantised, featurize(text, toks, fullGazetteer, MASK), toks.count), transArr, toks.count);
  const g = new Set(runs(gold));
  const p = new Set(runs(predicted));
  for (const span of p) tally[span.split(':')[0] as keyof typeof tally][g.has(span) ? 'tp' : 'fp'] += 1;
  for (const span of g) if (!p.has(span)) tally[span.split(':')[0] as keyof typeof tally].fn += 1;
}
for (const [type, t] of Object.entries(tally)) {
  console.log(`dev ${type}: precision ${(t.tp / (t.tp + t.fp)).toFixed(3)} recall ${(t.tp / (t.tp + t.fn)).toFixed(3)} (exact spans, generated text)`);
}

mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'weights.bin'), Buffer.from(stored.buffer));
const header: ModelHeader = {
  format: 'switchyard-pii-tagger/1',
  tags: [...TAGS],
  featuresPerToken: FEATURES_PER_TOKEN,
  bucketBits: BITS,
  scale,
  transitions: Array.from({ length: TAG_COUNT + 1 }, (_, i) => avgTrans.slice(i * TAG_COUNT, (i + 1) * TAG_COUNT)),
  gazetteers: gazetteerLists,
  weightsFile: 'weights.bin',
  trainedOn: `tools/train-pii generate.ts: ${EXAMPLES} examples, seed ${SEED}, ${RUNS} run(s) averaged, ${EPOCHS} epochs, ${BITS}-bit feature hashing`,
};
writeFileSync(join(OUT, 'model.json'), `${JSON.stringify(header)}\n`);
console.log(`wrote ${OUT} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
