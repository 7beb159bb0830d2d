import type { Op, Token } from './lexer';

/**
 * Pratt parser that evaluates as it parses (no eval, no Function). Binding powers, low to high:
 *   + -  (10, left)   * / of off (20, left)   unary - + (25)   ^ (30, right)   sqrt cbrt (35)   postfix % (40)
 * so -2^2 = -4 and 2^3^2 = 512. A bare "N%" stays a percentage until an operator consumes it:
 *   a + b% = a·(1 + b/100),  a - b% = a·(1 - b/100),  b% of a = a·b/100,  b% off a = a·(1 - b/100).
 * Any doubt (division by zero, a root of a negative, overflow, leftover tokens) is a miss.
 */
interface Val { v: number; pct: boolean }

class Miss extends Error {}
const miss = (): never => { throw new Miss(); };

const INFIX: Partial<Record<Op, number>> = { '+': 10, '-': 10, '*': 20, '/': 20, of: 20, off: 20, '^': 30 };

export interface Evaluation { value: number; percent: boolean; operations: number }

export function evaluate(tokens: Token[]): Evaluation | null {
  const state = { pos: 0, operations: 0 };
  try {
    const result = expression(tokens, state, 0);
    if (state.pos !== tokens.length || !Number.isFinite(result.v)) return null;
    return { value: result.v, percent: result.pct, operations: state.operations };
  } catch (error) {
    if (error instanceof Miss) return null;
    throw error;
  }
}

interface State { pos: number; operations: number }

const plain = (x: Val): number => (x.pct ? x.v / 100 : x.v);
const finite = (v: number): Val => (Number.isFinite(v) ? { v, pct: false } : miss());

function expression(tokens: Token[], s: State, minBp: number): Val {
  let left = prefix(tokens, s);
  for (;;) {
    const t = tokens[s.pos];
    if (t === undefined || t.kind !== 'op') return left;
    if (t.op === '%') {
      if (left.pct) miss();
      s.pos += 1; // "50%" alone is a quantity, not a calculation: not counted as an operation
      left = { v: left.v, pct: true };
      continue;
    }
    const bp = INFIX[t.op];
    if (bp === undefined || bp <= minBp) return left;
    s.pos += 1; s.operations += 1;
    const right = expression(tokens, s, t.op === '^' ? bp - 1 : bp);
    left = infix(t.op, left, right);
  }
}

function infix(op: Op, a: Val, b: Val): Val {
  switch (op) {
    case '+':
    case '-': {
      const sign = op === '+' ? 1 : -1;
      if (a.pct && b.pct) return { v: a.v + sign * b.v, pct: true };
      if (b.pct) return finite(a.v * (1 + (sign * b.v) / 100));
      return finite(plain(a) + sign * b.v);
    }
    case '*': return finite(plain(a) * plain(b));
    case '/': return plain(b) === 0 ? miss() : finite(plain(a) / plain(b));
    case 'of': return a.pct ? finite((a.v / 100) * plain(b)) : miss();
    case 'off': return a.pct ? finite(plain(b) * (1 - a.v / 100)) : miss();
    case '^': {
      if (a.pct || b.pct) miss();
      return finite(Math.pow(a.v, b.v));
    }
    default: return miss();
  }
}

function prefix(tokens: Token[], s: State): Val {
  const t = tokens[s.pos++];
  if (t === undefined) return miss();
  if (t.kind === 'num') return { v: t.value, pct: false };
  switch (t.op) {
    case '(': {
      const inner = expression(tokens, s, 0);
      const close = tokens[s.pos++];
      if (close === undefined || close.kind !== 'op' || close.op !== ')') miss();
      return inner;
    }
    case '-': {
      const x = expression(tokens, s, 25);
      return { v: -x.v, pct: x.pct };
    }
    case '+': return expression(tokens, s, 25);
    case 'sqrt': {
      s.operations += 1;
      const x = plain(expression(tokens, s, 35));
      return x < 0 ? miss() : finite(Math.sqrt(x));
    }
    case 'cbrt': {
      s.operations += 1;
      return finite(Math.cbrt(plain(expression(tokens, s, 35))));
    }
    default: return miss();
  }
}
