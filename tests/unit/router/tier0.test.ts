import { describe, expect, it } from 'vitest';
import { answerTier0, TIER0_MAX_CHARS } from '../../../electron/core/router/index';

const answer = (q: string): string | null => answerTier0(q)?.answer ?? null;

describe('tier-0 answers arithmetic exactly', () => {
  it.each([
    ['what is 144 / 12', '12'],
    ["what's 12*(3+4)?", '84'],
    ['2 + 3 * 4', '14'],
    ['(2 + 3) * 4', '20'],
    ['10 - 4 - 3', '3'],
    ['2^10', '1024'],
    ['2**10', '1024'],
    ['2^3^2', '512'],
    ['-2^2', '-4'],
    ['(-2)^2', '4'],
    ['5 - -3', '8'],
    ['-5 + 3', '-2'],
    ['7 × 8', '56'],
    ['56 ÷ 8', '7'],
    ['9 − 4', '5'],
    ['3 x 4', '12'],
    ['0.1 + 0.2', '0.3'],
    ['1.5 * 4', '6'],
    ['.5 + .25', '0.75'],
    ['1,234,567 + 1', '1234568'],
    ['10 / 4', '2.5'],
    ['1 / 3', '0.3333333333'],
    ['sqrt(2)', '1.414213562'],
    ['√16 + ∛27', '7'],
    ['what is the square root of 144', '12'],
    ['cube root of -8', '-2'],
    ['5²', '25'],
    ['2³ + 1', '9'],
    ['10 squared', '100'],
    ['3 cubed', '27'],
    ['2 to the power of 10', '1024'],
    ['7 times 8', '56'],
    ['100 divided by 8', '12.5'],
    ['6 multiplied by 7', '42'],
    ['20 plus 22', '42'],
    ['50 minus 8', '42'],
    ['Calculate 17 * 23', '391'],
    ['compute (1+2)*(3+4)', '21'],
    ['what is 48 multiplied by 4 divided by 2', '96'],
    ['How much is 250 * 4?', '1000'],
    ['12345678 * 9', '111111102'],
    ['2 * pi', '6.283185307'],
    ['what does 6*7 equal', '42'],
    ['17 + 25 =', '42'],
    ['what is 10-4', '6'],
    ['1e3', null],
  ])('%s → %s', (q, expected) => {
    expect(answer(q)).toBe(expected);
  });

  it('writes very large and very small results in exponent form, never with float noise', () => {
    expect(answer('123456789 * 987654321')).toBe('1.219326311e+17');
    expect(answer('1 / 3000000000')).toBe('3.333333333e-10');
    expect(answer('0.1 * 3')).toBe('0.3');
  });
});

describe('tier-0 answers percentages', () => {
  it.each([
    ['What is 8% of 150?', '12'],
    ['15% of 240', '36'],
    ['what is 15 percent of 240', '36'],
    ['what is 240 plus 15%', '276'],
    ['240 + 15%', '276'],
    ['240 - 25%', '180'],
    ['what is 20% off 50', '40'],
    ['50 is what percent of 200', '25%'],
    ['30 is what percentage of 120?', '25%'],
    ['what percent of 200 is 50', '25%'],
    ['what percentage is 3 of 4', '75%'],
    ['10% + 5%', '15%'],
    ["what's 15% of 68", '10.2'],
  ])('%s → %s', (q, expected) => {
    expect(answer(q)).toBe(expected);
  });
});

describe('tier-0 refuses what it cannot answer with certainty', () => {
  it.each([
    'what is 2 + 2 in Roman numerals',
    '15% of people think',
    'what is 3 + 4 in binary',
    'If I have 3 apples and eat 1, how many are left?',
    'Tom has 5 apples and gives 2 to Ann. How many does he have?',
    'x = 3 + 4',
    'print(2 + 2)',
    '```python\nprint(2+2)\n```',
    'const total = 2 * 21;',
    'what does 2+2 return in javascript',
    'what is 10/3 rounded to 2 decimals',
    'what is 7 * 6 and explain why',
    'what is 2 + 2? answer in French',
    'is 7 + 5 = 12?',
    '2 + 2 = 5, right?',
    "what's 7% of my salary",
    'what is 1/0',
    '5 / (3 - 3)',
    'sqrt(-4)',
    '2^1024',
    '10 ^ 400',
    '0 ^ -1',
    '(-8) ^ 0.5',
    'what is 5',
    'what is -5',
    '50%',
    '100 percent',
    '42',
    'what is 9/11',
    'what is 24/7',
    '10-4',
    '555-1234',
    '2024-01-05',
    'what is 1,5 + 2',
    '1,2345 + 1',
    '0x10',
    'what is 2(3+4)',
    '2 +',
    '(2 + 3',
    '2 + 3)',
    '* 4',
    'hello',
    'good morning :)',
    'What year did WW2 end, 1945?',
    'I ran 5 km today',
    'python 3.11 release notes',
    'Convert 100 km to miles and explain how',
    'Convert 100 km to miles in Python',
    'Convert 5 apples to oranges',
    'how many calories in 2 eggs',
    '5 k to miles',
    '30 degrees to fahrenheit',
    '100 kg to km',
    '2 cups to celsius',
    '-500 celsius to kelvin',
    'what is $5 + $3',
    'what is 5 + 3 <b>',
    'Summarize: revenue grew 15% of 240 stores',
    `what is ${'1 + '.repeat(60)}1`,
  ])('%s → null', (q) => {
    expect(answerTier0(q)).toBeNull();
  });

  it('ignores inputs longer than its bound', () => {
    const long = `${' '.repeat(TIER0_MAX_CHARS)}2 + 2`;
    expect(answerTier0(long)).toBeNull();
    expect(answerTier0('2 + 2')?.answer).toBe('4');
  });

  it('says what kind of answer it gave and what it understood', () => {
    expect(answerTier0('What is 8% of 150?')).toEqual({ answer: '12', kind: 'percentage', question: '8% of 150' });
    expect(answerTier0('what is 6 * 7')?.kind).toBe('arithmetic');
    expect(answerTier0('5 ft in cm')?.kind).toBe('conversion');
  });
});
