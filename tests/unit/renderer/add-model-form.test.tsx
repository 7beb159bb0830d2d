import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ChannelInput, ChannelOutput, EngineApi } from '../../../shared/ipc';
import { ApiContext } from '../../../renderer/src/app/api-context';
import { AddModelForm } from '../../../renderer/src/models/add-model-form';
import { canPickFiles } from '../../../renderer/src/models/use-file-picking';

/** An engine that answers only models.pickFile, as desktop (a dialog) or headless (none) would. */
const engineAnswering = (answer: (input: ChannelInput<'models.pickFile'>) => Promise<ChannelOutput<'models.pickFile'>>, calls: unknown[] = []): EngineApi => ({
  invoke: ((channel: string, input: ChannelInput<'models.pickFile'>) => {
    calls.push([channel, input]);
    return channel === 'models.pickFile' ? answer(input) : Promise.reject(new Error(`not expected: ${channel}`));
  }) as EngineApi['invoke'],
  chat: () => Promise.reject(new Error('not expected')),
});
const render = (canBrowse: boolean): string => renderToStaticMarkup(
  <ApiContext.Provider value={engineAnswering(() => Promise.reject(new Error('not expected')))}><AddModelForm onAdded={() => {}} canBrowse={canBrowse} /></ApiContext.Provider>,
);

describe('AddModelForm Browse…', () => {
  it('shows an accessible Browse button beside the path when the engine can open a file dialog', () => {
    const html = render(true);
    expect(html).toMatch(/<button type="button" aria-label="Browse for a \.gguf file">Browse…<\/button>/);
    expect(html.indexOf('Path to the .gguf file')).toBeLessThan(html.indexOf('Browse…'));
    expect(html).toContain('>Add model<');
  });

  it('shows no Browse button where it could not work (headless, in a browser), and the typed path still does', () => {
    const html = render(false);
    expect(html).not.toContain('Browse');
    expect(html).toContain('Path to the .gguf file');
    expect(html).toContain('>Add model<');
  });

  it('probes without opening a dialog, and takes a refusal or a failure as unsupported', async () => {
    const calls: unknown[] = [];
    expect(await canPickFiles(engineAnswering(async () => ({ supported: true, path: null }), calls))).toBe(true);
    expect(calls).toEqual([['models.pickFile', { probe: true }]]);
    expect(await canPickFiles(engineAnswering(async () => ({ supported: false, path: null })))).toBe(false);
    expect(await canPickFiles(engineAnswering(() => Promise.reject(new Error('404 unknown channel'))))).toBe(false);
  });
});
