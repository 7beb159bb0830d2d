import { describe, expect, it } from 'vitest';
import { ForcedToolStream } from '../../../../electron/core/backends/local/forced-tool-stream';
import type { StreamPart } from '../../../../shared/chat';

function streamInPieces(json: string, size: number): StreamPart[] {
  const parts: StreamPart[] = [];
  const stream = new ForcedToolStream('call_x', (part) => parts.push(part));
  for (let i = 0; i < json.length; i += size) stream.write(json.slice(i, i + size));
  stream.finish();
  return parts;
}

describe('ForcedToolStream', () => {
  const json = '{ "name": "get_weather", "arguments": { "city": "Oslo", "units": { "kind": "metric" } } }\n';

  it.each([1, 3, 7, json.length])('streams the name once and arguments that concatenate to valid JSON (pieces of %i)', (size) => {
    const parts = streamInPieces(json, size);
    expect(parts[0]).toEqual({ type: 'tool-call-delta', index: 0, id: 'call_x', name: 'get_weather', argumentsDelta: '' });
    expect(parts.slice(1).every((part) => part.type === 'tool-call-delta' && part.name === undefined && part.id === undefined)).toBe(true);
    const args = parts.map((part) => (part.type === 'tool-call-delta' ? part.argumentsDelta : '')).join('');
    expect(JSON.parse(args)).toEqual({ city: 'Oslo', units: { kind: 'metric' } });
  });

  it('emits arguments before the generation ends', () => {
    const parts: StreamPart[] = [];
    const stream = new ForcedToolStream('id', (part) => parts.push(part));
    stream.write('{"name":"f","arguments":{"a": "long text');
    expect(parts.map((part) => (part.type === 'tool-call-delta' ? part.argumentsDelta : '')).join('')).toBe('{"a": "long text');
    expect(stream.hasCall).toBe(true);
  });

  it('emits nothing while the header is incomplete', () => {
    const parts: StreamPart[] = [];
    const stream = new ForcedToolStream('id', (part) => parts.push(part));
    stream.write('{"name":"get_wea');
    expect(parts).toEqual([]);
    expect(stream.hasCall).toBe(false);
  });
});
