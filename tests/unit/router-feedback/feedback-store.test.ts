import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FeedbackStore, initialFeedbackState, update } from '../../../electron/core/router/feedback';

describe('the feedback store', () => {
  let dir: string;
  let file: string;
  let warnings: string[];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sy-feedback-'));
    file = join(dir, 'feedback.json');
    warnings = [];
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const store = (): FeedbackStore => new FeedbackStore(file, (m) => warnings.push(m));

  it('starts at the identity without a file, and reads back what it saved', () => {
    expect(store().load()).toEqual(initialFeedbackState());
    const start = initialFeedbackState();
    const saved = { ...start, parameters: update(start, { score: 0.4, taskType: 'qa', label: 1 }), labels: 1, updatedAt: 1234, recent: ['dec_abc'] };
    store().save(saved);
    expect(store().load()).toEqual(saved);
    expect(readdirSync(dir)).toEqual(['feedback.json']);
    expect(warnings).toEqual([]);
  });

  it.each([
    ['not JSON', '{"version": 1, "param'],
    ['the wrong shape', JSON.stringify({ version: 1, parameters: { a: 'one' } })],
    ['a future version', JSON.stringify({ ...initialFeedbackState(), version: 99 })],
  ])('sets a file holding %s aside with a warning and starts from the shipped score', (_what, text) => {
    writeFileSync(file, text);
    expect(store().load()).toEqual(initialFeedbackState());
    expect(existsSync(file)).toBe(false);
    const aside = readdirSync(dir).filter((f) => f.startsWith('feedback.json.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dir, aside[0] as string), 'utf8')).toBe(text);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/could not be read .* moved it to .*corrupt-\d+ and routing uses the shipped score/);
  });

  it('reset deletes the file and returns the identity', () => {
    store().save({ ...initialFeedbackState(), labels: 4 });
    expect(store().reset()).toEqual(initialFeedbackState());
    expect(existsSync(file)).toBe(false);
    expect(store().reset()).toEqual(initialFeedbackState());
  });

  it('without a path it keeps nothing on disk', () => {
    const memory = new FeedbackStore(undefined);
    memory.save({ ...initialFeedbackState(), labels: 2 });
    expect(memory.load()).toEqual(initialFeedbackState());
  });
});
