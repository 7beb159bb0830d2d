import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../../shared/chat';
import { scoreHeuristic } from '../../../electron/core/router/index';
import { user } from './helpers';

const h = (text: string, history: ChatMessage[] = []) => scoreHeuristic([...history, user(text)], text);

const SMALL_TALK = ['hi', 'good morning :)', 'ok thanks bye', 'how are you?', 'lol nice', 'thank you so much!'];
const SIMPLE = [
  "Translate 'where is the train station' into French.",
  'What is the boiling point of water at sea level?',
  'Fix the typo: "Teh report is attached."',
  'Give me two ideas for a team lunch.',
];
const HARD = [
  'Prove that the square root of 2 is irrational, then generalize the proof to any non-square integer.',
  'Design a rate limiter for a multi-tenant API gateway serving 50k requests per second across 3 regions, comparing token bucket and sliding window, with failure behaviour when the store is partitioned.',
  'Write a complete Python asyncio web crawler with politeness delays, robots.txt support, retries with exponential backoff and pytest tests.',
  'Write a 2000-word essay on the causes of the French Revolution.',
  'Compare the long-term macroeconomic effects of quantitative easing in Japan and the eurozone and evaluate the evidence on inequality.',
];

describe('heuristic scorer', () => {
  it('keeps scores in [0,1]', () => {
    for (const text of [...SMALL_TALK, ...SIMPLE, ...HARD, '', 'x'.repeat(50_000)]) {
      const { score } = h(text);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
  });

  it('scores every hard prompt above every simple prompt and small talk', () => {
    const easyMax = Math.max(...[...SMALL_TALK, ...SIMPLE].map((t) => h(t).score));
    const hardMin = Math.min(...HARD.map((t) => h(t).score));
    expect(hardMin).toBeGreaterThan(easyMax);
  });

  it('scores small talk below simple tasks on average', () => {
    const mean = (xs: string[]) => xs.reduce((a, t) => a + h(t).score, 0) / xs.length;
    expect(mean(SMALL_TALK)).toBeLessThan(mean(SIMPLE));
  });

  it.each([
    ['hello there', 'chitchat'],
    ['ok thanks bye', 'chitchat'],
    ["Translate 'good night' into German", 'translation'],
    ['Summarize this paragraph: the board met and approved the budget.', 'summarization'],
    ['TL;DR in one line: the east entrance is closed all weekend.', 'summarization'],
    ["Positive or negative: 'Absolutely loved the new update!'", 'classification'],
    ['Extract the phone numbers from this text: call 555 0100.', 'extraction'],
    ['Pull out the city names: We flew from Lisbon to Oslo via Paris.', 'extraction'],
    ['Rephrase this to sound more formal: gimme the report', 'rewriting'],
    ['Write a haiku about the sea', 'creative'],
    ['Write a Python function that merges two sorted lists', 'code'],
    ['Why does this fail?\n```js\nconst x = null; x.foo();\n```', 'code'],
    ['Solve the equation 3x + 5 = 20 for x', 'math'],
    ['Compare Raft and Paxos', 'reasoning'],
    ['What is the capital of Peru?', 'qa'],
  ])('guesses the task of %j as %s', (text, task) => {
    expect(h(text).taskType).toBe(task);
  });

  it('raises the score for a requested long answer, lowers it for a one-line answer', () => {
    const base = h('Write about the history of Rome.').score;
    expect(h('Write a 3000-word essay about the history of Rome.').score).toBeGreaterThan(base);
    expect(h('Write one sentence about the history of Rome.').score).toBeLessThan(base);
    expect(h('Write about the history of Rome.').features.requestedWords).toBe(0);
    expect(h('Write a 1,500-word story.').features.requestedWords).toBe(1500);
  });

  it('counts code blocks, sub-questions, turns and system prompt size', () => {
    const f = h('Fix this:\n```py\nprint(1)\n```\nAnd this?\n```py\nprint(2)\n```').features;
    expect(f.codeBlocks).toBe(2);
    expect(f.questions).toBe(1);
    const history: ChatMessage[] = [
      { role: 'system', content: 'You are a careful assistant. '.repeat(40) },
      user('first'), { role: 'assistant', content: 'ok' }, user('second'), { role: 'assistant', content: 'ok' },
    ];
    const deep = h('and now?', history);
    expect(deep.features.turns).toBe(3);
    expect(deep.features.systemTokens).toBeGreaterThan(200);
    expect(deep.score).toBeGreaterThan(h('and now?').score);
  });

  it('names the features that drove a high score', () => {
    const r = h(HARD[1] as string);
    expect(r.drivers.length).toBeGreaterThan(0);
    expect(r.drivers.join(' ')).toMatch(/reasoning verbs|technical vocabulary/);
  });

  it('is pure: the same input gives the same result', () => {
    expect(h(HARD[0] as string)).toEqual(h(HARD[0] as string));
  });
});
