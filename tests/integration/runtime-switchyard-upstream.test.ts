import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntime, type ExecutionPlan } from '../../electron/core/runtime';
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy';
import { hasShared } from '../helpers/fixtures';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { ask, cloudAttempt, drain, fastOptions, startCloud, type Cloud } from './runtime-helpers';

// The "cloud" here is another Switchyard: its OpenAI port with a real tiny model, behind the fault proxy.
describe.skipIf(!hasShared)('runtime with a second Switchyard as the cloud provider', () => {
  let yard: TestServer;
  let proxy: FaultProxy;
  let backup: Cloud;
  beforeAll(async () => {
    yard = await startTestServer();
    proxy = await startFaultProxy(yard.baseURL);
    backup = await startCloud('backup');
  });
  afterAll(async () => {
    await proxy?.close();
    await backup?.close();
    await yard?.close();
  });

  const request = ask('Once upon a time there was a little dog.', { temperature: 0, maxTokens: 24 });
  const plan = (): ExecutionPlan => ({ attempts: [cloudAttempt('yard', proxy.url, 'tiny'), backup.attempt], beforeCloudSend: (r) => r });

  it('recovers from a 503 and a reset before the stream with the same, complete answer', async () => {
    const runtime = createRuntime({ options: fastOptions });
    const reference = await drain(await runtime.execute(plan(), request, new AbortController().signal));
    expect(reference.finish).toBeDefined();
    expect(reference.text.length).toBeGreaterThan(0);

    proxy.script([{ kind: 'status', status: 503 }, { kind: 'reset-after', bytes: 0 }]);
    const stream = await runtime.execute(plan(), request, new AbortController().signal);
    const out = await drain(stream);
    expect(out.text).toBe(reference.text);
    const result = await stream.result;
    expect(result.served?.provider).toBe('yard');
    expect(result.retries).toBe(2);
    expect(result.usage?.completionTokens).toBeGreaterThan(0);
    expect(backup.wire.requests).toHaveLength(0);
  });

  it('a reset mid-answer leaves a true prefix of the model output and an error part, and the backup is never asked', async () => {
    const runtime = createRuntime({ options: fastOptions });
    const reference = await drain(await runtime.execute(plan(), request, new AbortController().signal));
    proxy.script([{ kind: 'reset-after', bytes: 1200 }]); // about five of its ~230-byte chunks
    const out = await drain(await runtime.execute(plan(), request, new AbortController().signal));
    expect(out.parts.some((part) => part.type === 'text-delta')).toBe(true);
    expect(reference.text.startsWith(out.text)).toBe(true);
    expect(out.text.length).toBeLessThan(reference.text.length);
    expect(out.error?.message).toContain('was not completed by another model');
    expect(backup.wire.requests).toHaveLength(0);
  });
});
