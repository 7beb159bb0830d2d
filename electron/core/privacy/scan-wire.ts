import type { RequestScan } from './verdict';
import type { Span, SpanType } from './types';

/**
 * A RequestScan as typed arrays, so a worker hands back even a million spans as a few transferable buffers
 * instead of a million cloned objects the engine's thread would have to rebuild one by one.
 */
export interface PackedScan {
  /** Per text: how many spans, whether it failed closed, and which detectors failed. */
  texts: { count: number; failedClosed: boolean; failedDetectors: string[] }[];
  starts: Int32Array;
  ends: Int32Array;
  confidences: Float32Array;
  /** Index into `names`: the span's type, or its rule for CUSTOM spans (`rules`, −1 when none). */
  types: Uint8Array;
  rules: Int32Array;
  names: string[];
  ruleNames: string[];
  allowed: RequestScan['allowed'];
}

export function packScan(scan: RequestScan): PackedScan {
  const total = scan.scans.reduce((sum, s) => sum + s.spans.length, 0);
  const packed: PackedScan = {
    texts: scan.scans.map((s) => ({ count: s.spans.length, failedClosed: s.failedClosed, failedDetectors: s.failedDetectors })),
    starts: new Int32Array(total), ends: new Int32Array(total), confidences: new Float32Array(total),
    types: new Uint8Array(total), rules: new Int32Array(total), names: [], ruleNames: [], allowed: scan.allowed,
  };
  const typeIndex = new Map<string, number>();
  const ruleIndex = new Map<string, number>();
  let at = 0;
  for (const s of scan.scans) {
    for (const span of s.spans) {
      let t = typeIndex.get(span.type);
      if (t === undefined) typeIndex.set(span.type, (t = packed.names.push(span.type) - 1));
      let r = -1;
      if (span.rule !== undefined) {
        r = ruleIndex.get(span.rule) ?? -1;
        if (r === -1) ruleIndex.set(span.rule, (r = packed.ruleNames.push(span.rule) - 1));
      }
      packed.starts[at] = span.start;
      packed.ends[at] = span.end;
      packed.confidences[at] = span.confidence;
      packed.types[at] = t;
      packed.rules[at] = r;
      at += 1;
    }
  }
  return packed;
}

export function unpackScan(packed: PackedScan): RequestScan {
  let at = 0;
  const scans = packed.texts.map((text) => {
    const spans: Span[] = new Array<Span>(text.count);
    for (let i = 0; i < text.count; i += 1, at += 1) {
      const span: Span = { type: packed.names[packed.types[at]!] as SpanType, start: packed.starts[at]!, end: packed.ends[at]!, confidence: packed.confidences[at]! };
      const rule = packed.rules[at]!;
      if (rule !== -1) span.rule = packed.ruleNames[rule]!;
      spans[i] = span;
    }
    return { spans, failedClosed: text.failedClosed, failedDetectors: text.failedDetectors };
  });
  return { scans, allowed: packed.allowed };
}

export const transferables = (packed: PackedScan): ArrayBuffer[] =>
  [packed.starts, packed.ends, packed.confidences, packed.types, packed.rules].map((a) => a.buffer as ArrayBuffer);
