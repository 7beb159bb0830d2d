import type { ChatRequest } from '../../../shared/chat';

/** Keys whose strings are structure, not content a person wrote; image data is not text we can scan. */
const structuralKeys = new Set(['model', 'role', 'type', 'id', 'tool_call_id', 'image_url', 'detail', 'strict']);

/**
 * Visits every content string of a request (message text and parts, names, tool-call arguments, tool
 * descriptions and schemas, stop sequences, response-format schemas) in a fixed order and rebuilds the request
 * with what `visit` returns. The same walk serves scanning and redaction, so offsets always line up.
 */
export function mapRequestTexts(request: ChatRequest, visit: (text: string, index: number) => string): ChatRequest {
  let index = 0;
  const walk = (value: unknown, key: string | undefined, parent?: string): unknown => {
    // A function's name is an identifier the provider must get back unchanged.
    if (key !== undefined && (structuralKeys.has(key) || (key === 'name' && parent === 'function'))) return value;
    if (typeof value === 'string') return visit(value, index++);
    if (Array.isArray(value)) return value.map((item) => walk(item, undefined));
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k, key)]));
    }
    return value;
  };
  // The walk keeps every key and shape, so the result is a ChatRequest again.
  return walk(request, undefined) as ChatRequest;
}

/** Every content string of a request, in the order mapRequestTexts visits them. */
export function requestTexts(request: ChatRequest): string[] {
  const texts: string[] = [];
  mapRequestTexts(request, (text) => {
    texts.push(text);
    return text;
  });
  return texts;
}

/** UTF-8 bytes of all texts: the figure the scan limit and the worker threshold compare with. */
export function textBytes(texts: readonly string[]): number {
  return texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0);
}
