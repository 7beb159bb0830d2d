import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../../shared/ipc';
import { DownloadItem } from '../../../renderer/src/models/download-item';
import { formatBytes, formatCount, formatEta } from '../../../renderer/src/models/units';

type Job = ChannelOutput<'models.downloads'>['jobs'][number];
const job = (over: Partial<Job> = {}): Job => ({
  id: 'dl_1', url: 'https://huggingface.co/u/r/resolve/main/m-Q4_K_M.gguf', fileName: 'm-Q4_K_M.gguf', state: 'downloading',
  downloadedBytes: 250_000_000, totalBytes: 1_000_000_000, bytesPerSecond: 12_500_000, etaSeconds: 60, error: null, modelId: null, ...over,
});
const render = (j: Job): string => renderToStaticMarkup(<DownloadItem job={j} busy={false} onCancel={() => {}} onResume={() => {}} />);

describe('DownloadItem', () => {
  it('shows a running download as an accessible progress bar with bytes, speed, ETA and Cancel', () => {
    const html = render(job());
    expect(html).toContain('role="progressbar"');
    expect(html).toContain('aria-label="Download progress of m-Q4_K_M.gguf"');
    expect(html).toContain('aria-valuenow="25"');
    expect(html).toContain('width:25%');
    expect(html).toContain('250 MB of 1.0 GB');
    expect(html).toContain('13 MB/s');
    expect(html).toContain('1 min 00 s left');
    expect(html).toContain('aria-label="Cancel download of m-Q4_K_M.gguf"');
    expect(html).not.toContain('Resume');
  });

  it('leaves the bar without a value while the size is unknown', () => {
    const html = render(job({ totalBytes: null, downloadedBytes: 0, bytesPerSecond: 0, etaSeconds: null, fileName: null }));
    expect(html).not.toContain('aria-valuenow');
    expect(html).toContain('connecting…');
    expect(html).toContain('Download progress of https://huggingface.co/');
  });

  it('offers Resume after a cancel or a failure, and shows the failure as an alert', () => {
    expect(render(job({ state: 'cancelled' }))).toContain('aria-label="Resume download of m-Q4_K_M.gguf"');
    const failed = render(job({ state: 'failed', error: 'Could not reach huggingface.co: the host name was not found — check your connection, or add a GGUF file you already have.' }));
    expect(failed).toContain('role="alert"');
    expect(failed).toContain('Could not reach huggingface.co');
    expect(failed).toContain('Resume');
    expect(failed).not.toContain('left<');
  });

  it('says which model a finished download became', () => {
    const html = render(job({ state: 'done', downloadedBytes: 1_000_000_000, modelId: 'm-Q4_K_M' }));
    expect(html).toContain('done — added as m-Q4_K_M');
    expect(html).toContain('aria-valuenow="100"');
    expect(html).not.toContain('Cancel');
  });
});

describe('units', () => {
  it('formats sizes, durations and parameter counts', () => {
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(1_185_376)).toBe('1.2 MB');
    expect(formatBytes(4_920_000_000)).toBe('4.9 GB');
    expect(formatEta(42)).toBe('42 s');
    expect(formatEta(185)).toBe('3 min 05 s');
    expect(formatEta(3720)).toBe('1 h 02 min');
    expect(formatCount(292_800)).toBe('292.8K');
    expect(formatCount(7_241_732_096)).toBe('7.2B');
  });
});
