import { describe, expect, it } from 'vitest';
import { HostConnection } from '../../../../../electron/core/backends/local/host/host-connection';
import type { HostLauncher } from '../../../../../electron/core/backends/local/host/host-launcher';
import type { StreamPart } from '../../../../../shared/chat';

/** A host process that is only its message channel: `deliver` plays what the host sends. */
function fakeHost(): { launcher: HostLauncher; deliver: (message: unknown) => void; sent: unknown[] } {
  const sent: unknown[] = [];
  let listener: (message: unknown) => void = () => {};
  const launcher: HostLauncher = () => ({
    pid: 1,
    send: (message) => void sent.push(message),
    onMessage: (l) => void (listener = l),
    onExit: () => {},
    onStderr: () => {},
    kill: () => {},
  });
  return { launcher, deliver: (message) => listener(message), sent };
}

const connect = (launcher: HostLauncher): HostConnection => new HostConnection(launcher, 'm', () => {}, () => new Error('gone'));

describe('HostConnection (the engine parses what a host sends, once)', () => {
  it('passes well-formed batches to their stream', () => {
    const host = fakeHost();
    const connection = connect(host.launcher);
    const got: StreamPart[][] = [];
    connection.openStream('s1', (parts) => got.push(parts));
    host.deliver({ kind: 'parts', stream: 's1', parts: [{ type: 'text-delta', text: 'Hi' }] });
    expect(got).toEqual([[{ type: 'text-delta', text: 'Hi' }]]);
  });

  it('a malformed batch is never used: its stream ends with one internal error instead of waiting for the hang timeout', () => {
    const host = fakeHost();
    const connection = connect(host.launcher);
    const got: StreamPart[][] = [];
    connection.openStream('s1', (parts) => got.push(parts));
    host.deliver({ kind: 'parts', stream: 's1', parts: [{ type: 'text-delta', text: 42 }] });
    expect(got).toEqual([[{ type: 'error', error: expect.objectContaining({ code: 'internal_error', type: 'server_error' }) }]]);
    host.deliver('not even an object');
    expect(got).toHaveLength(1);
  });

  it('a malformed reply rejects its call with an internal error', async () => {
    const host = fakeHost();
    const connection = connect(host.launcher);
    const call = connection.call('countTokens', { texts: ['a'] });
    const { id } = host.sent[0] as { id: number };
    host.deliver({ kind: 'reply', id, value: null, error: { name: 'E' } });
    await expect(call).rejects.toMatchObject({ code: 'internal_error', status: 500 });
  });
});
