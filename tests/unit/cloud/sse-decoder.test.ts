import { describe, expect, it } from 'vitest';
import { SseDecoder, type SseEvent } from '../../../electron/core/backends/cloud';

const encode = (text: string) => new TextEncoder().encode(text);
function decodeInPieces(bytes: Uint8Array, size: number): SseEvent[] {
  const decoder = new SseDecoder();
  const events: SseEvent[] = [];
  for (let i = 0; i < bytes.length; i += size) events.push(...decoder.push(bytes.subarray(i, i + size)));
  return events;
}

const stream = '\uFEFF: comment\r\nevent: delta\r\ndata: {"a":\r\ndata: 1}\r\nid: 7\r\n\r\ndata:no-space\rdata:  two spaces\r\rdata: é€😀\n\nretry: 10\nunknown: x\n\ndata: [DONE]\n\ndata: dangling';
const expected: SseEvent[] = [
  { event: 'delta', data: '{"a":\n1}', id: '7' },
  { event: 'message', data: 'no-space\n two spaces', id: '7' },
  { event: 'message', data: 'é€😀', id: '7' },
  { event: 'message', data: '[DONE]', id: '7' },
];

describe('SseDecoder', () => {
  it('parses comments, CRLF/CR/LF, multi-line data, ids and drops an unterminated last event', () => {
    expect(decodeInPieces(encode(stream), 1 << 20)).toEqual(expected);
  });

  it('gives the same events whatever the chunk boundaries, down to single bytes', () => {
    for (const size of [1, 2, 3, 5, 7, 13]) expect(decodeInPieces(encode(stream), size)).toEqual(expected);
  });

  it('treats a CR at the end of one chunk and LF at the start of the next as one line end', () => {
    const decoder = new SseDecoder();
    expect(decoder.push(encode('data: x\r'))).toEqual([]);
    expect(decoder.push(encode('\n\r'))).toEqual([{ event: 'message', data: 'x' }]);
    expect(decoder.push(encode('\ndata: y\n\n'))).toEqual([{ event: 'message', data: 'y' }]);
  });

  it('emits an event as soon as its blank line arrives', () => {
    const decoder = new SseDecoder();
    expect(decoder.push(encode('data: first\n'))).toEqual([]);
    expect(decoder.push(encode('\ndata: sec'))).toEqual([{ event: 'message', data: 'first' }]);
  });

  it('ignores an event with no data lines', () => {
    const decoder = new SseDecoder();
    expect(decoder.push(encode('event: ping\n\ndata: z\n\n'))).toEqual([{ event: 'message', data: 'z' }]);
  });
});
