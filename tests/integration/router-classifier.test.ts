import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnnxClassifier } from '../../electron/core/router/classifier';
import { ClassifierLoadError, defaultModelDir, loadClassifier, NO_OPINION } from '../../electron/core/router/classifier';
import { repoRoot } from '../helpers/fixtures';

const shipped = join(repoRoot, 'resources', 'router-model');
const scratch = mkdtempSync(join(tmpdir(), 'router-classifier-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the shipped model with one change applied, for the bad-input and foreign-model cases. */
function variant(name: string, change: (dir: string) => void): string {
  const dir = join(scratch, name);
  cpSync(shipped, dir, { recursive: true });
  change(dir);
  return dir;
}
const editConfig = (dir: string, edit: (c: Record<string, unknown>) => void): void => {
  const path = join(dir, 'config.json');
  const config = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  edit(config);
  writeFileSync(path, JSON.stringify(config));
};

describe('shipped router classifier (offline)', () => {
  let classifier: OnnxClassifier;
  const realFetch = globalThis.fetch;
  let fetchCalls = 0;

  beforeAll(async () => {
    // Any network access would go through fetch; the loader must never need it.
    globalThis.fetch = (() => { fetchCalls++; throw new Error('network access during classifier load'); }) as typeof fetch;
    try {
      classifier = await loadClassifier();
    } finally {
      globalThis.fetch = realFetch;
    }
  });
  afterAll(async () => { await classifier.dispose(); });

  it('loads from resources/router-model without the network', () => {
    expect(fetchCalls).toBe(0);
    expect(defaultModelDir()).toBe(shipped);
    expect(classifier.info).toMatchObject({ dir: shipped, hasTaskHead: true, hasStrongHead: true, maxLength: 128, modelFile: 'onnx/model.onnx' });
  });

  it('sends small talk to chitchat with a low strong probability', async () => {
    for (const text of ['hey, how are you doing today?', 'thanks a lot, bye!', 'good morning :)']) {
      const result = await classifier.classify(text);
      expect(result.taskType, text).toBe('chitchat');
      expect(result.strongProbability, text).toBeLessThan(0.3);
    }
  });

  it('gives hard proofs and system design a high strong probability', async () => {
    const hard = [
      'Design a fault-tolerant consensus protocol for a geo-replicated database, prove its safety under network partitions, and compare it with Raft and Paxos.',
      'Prove that every finite integral domain is a field, then show where the argument breaks for infinite rings and give a counterexample.',
    ];
    const easy = await classifier.classify('what time is it in tokyo');
    for (const text of hard) {
      const result = await classifier.classify(text);
      expect(result.strongProbability, text).toBeGreaterThan(0.6);
      expect(result.strongProbability - easy.strongProbability, text).toBeGreaterThan(0.4);
    }
  });

  it('recognises code, translation and summarization requests', async () => {
    expect((await classifier.classify('Write a Python function that returns the n-th Fibonacci number.')).taskType).toBe('code');
    expect((await classifier.classify("How do I say 'good night' in German?")).taskType).toBe('translation');
    expect((await classifier.classify('Summarize this in one sentence: the meeting moved to Friday because the room was booked.')).taskType)
      .toBe('summarization');
  });

  it('returns probabilities in [0,1] and handles empty and very long input', async () => {
    for (const text of ['', 'x'.repeat(50_000), '😀 '.repeat(500)]) {
      const r = await classifier.classify(text);
      expect(r.strongProbability).toBeGreaterThanOrEqual(0);
      expect(r.strongProbability).toBeLessThanOrEqual(1);
      expect(r.taskConfidence).toBeGreaterThan(0);
    }
  });
});

describe('bad model directories', () => {
  const rejects = async (dir: string, message: RegExp): Promise<void> => {
    const error: unknown = await loadClassifier(dir).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ClassifierLoadError);
    expect((error as ClassifierLoadError).message).toContain(dir);
    expect((error as ClassifierLoadError).message).toMatch(message);
    expect((error as ClassifierLoadError).code).toBe('classifier_unavailable');
  };

  it('names a missing directory', async () => { await rejects(join(scratch, 'nowhere'), /does not exist/); });
  it('names a missing config.json', async () => { await rejects(variant('no-config', (d) => rmSync(join(d, 'config.json'))), /config\.json is missing/); });
  it('names an unparsable config.json', async () => {
    await rejects(variant('bad-json', (d) => writeFileSync(join(d, 'config.json'), '{"model_type": ')), /not valid JSON/);
  });
  it('names the invalid config field', async () => {
    await rejects(variant('bad-field', (d) => editConfig(d, (c) => { c.id2label = 'many'; })), /id2label/);
  });
  it('names a missing model file and a missing tokenizer', async () => {
    await rejects(variant('no-onnx', (d) => rmSync(join(d, 'onnx'), { recursive: true })), /no onnx\/model\.onnx/);
    await rejects(variant('no-tokenizer', (d) => rmSync(join(d, 'tokenizer.json'))), /tokenizer\.json is missing/);
  });
  it('rejects a corrupt ONNX file', async () => {
    await rejects(variant('corrupt-onnx', (d) => writeFileSync(join(d, 'onnx', 'model.onnx'), 'not a protobuf at all')), /could not load/);
  });
  it('rejects a config whose labels do not match the model output', async () => {
    await rejects(variant('label-mismatch', (d) => editConfig(d, (c) => {
      c.id2label = { 0: 'weak', 1: 'strong' };
      delete c.switchyard_router;
    })), /outputs 15 logits but config\.json names 2 labels/);
  });
});

describe('other HF-layout classifiers', () => {
  const prompts = ['hey there!', 'Write a Rust function that parses a CSV line.', 'Prove that sqrt(3) is irrational and generalise the proof.'];

  it('maps a foreign model by its label names alone to the same answers', async () => {
    const own = await loadClassifier(shipped);
    const foreign = await loadClassifier(variant('foreign-labels', (d) => editConfig(d, (c) => {
      delete c.switchyard_router;
      c.model_type = 'bert';
    })));
    try {
      expect(foreign.info).toMatchObject({ hasTaskHead: true, hasStrongHead: true });
      for (const text of prompts) {
        const a = await own.classify(text);
        const b = await foreign.classify(text);
        expect(b.taskType, text).toBe(a.taskType);
        expect(b.strongProbability, text).toBeCloseTo(a.strongProbability, 5);
      }
    } finally {
      await own.dispose();
      await foreign.dispose();
    }
  });

  it('uses only what a model offers: unknown labels give other with no strong opinion', async () => {
    const dir = variant('unknown-labels', (d) => editConfig(d, (c) => {
      delete c.switchyard_router;
      c.id2label = Object.fromEntries(Array.from({ length: 15 }, (_, i) => [String(i), `LABEL_${i}`]));
    }));
    const classifier = await loadClassifier(dir);
    try {
      expect(classifier.info).toMatchObject({ hasTaskHead: false, hasStrongHead: false });
      expect(await classifier.classify(prompts[0] ?? '')).toEqual({ taskType: 'other', taskConfidence: 0, strongProbability: NO_OPINION });
    } finally {
      await classifier.dispose();
    }
  });

  it('loads a directory that ships only onnx/model_quantized.onnx', async () => {
    const dir = variant('quantized-only', (d) => renameSync(join(d, 'onnx', 'model.onnx'), join(d, 'onnx', 'model_quantized.onnx')));
    const classifier = await loadClassifier(dir);
    try {
      expect(classifier.info.modelFile).toBe('onnx/model_quantized.onnx');
      expect((await classifier.classify('hello')).taskType).toBe('chitchat');
    } finally {
      await classifier.dispose();
    }
  });
});
