import type { ChannelOutput } from '../../../shared/ipc';
import { formatBytes, formatEta, formatSpeed } from './units';

type Job = ChannelOutput<'models.downloads'>['jobs'][number];

/** One download: progress bar, bytes, speed, ETA, and cancel or resume. */
export function DownloadItem({ job, busy, onCancel, onResume }: { job: Job; busy: boolean; onCancel: () => void; onResume: () => void }): React.JSX.Element {
  const name = job.fileName ?? job.url;
  const percent = job.totalBytes !== null && job.totalBytes > 0 ? Math.min(100, Math.floor((job.downloadedBytes / job.totalBytes) * 100)) : null;
  return (
    <li className={`download download-${job.state}`} data-state={job.state}>
      <div className="download-head">
        <strong className="download-name">{name}</strong>
        <span className="muted">{stateLabel(job)}</span>
        <span className="download-actions">
          {job.state === 'downloading' && <button type="button" className="small" disabled={busy} onClick={onCancel} aria-label={`Cancel download of ${name}`}>Cancel</button>}
          {(job.state === 'cancelled' || job.state === 'failed') && <button type="button" className="small" disabled={busy} onClick={onResume} aria-label={`Resume download of ${name}`}>Resume</button>}
        </span>
      </div>
      <div
        className="progress"
        role="progressbar"
        aria-label={`Download progress of ${name}`}
        aria-valuemin={0}
        aria-valuemax={100}
        {...(percent !== null ? { 'aria-valuenow': percent, 'aria-valuetext': `${percent}%` } : {})}
      >
        <span className="progress-fill" style={{ width: `${percent ?? 0}%` }} />
      </div>
      <div className="download-figures muted">
        {formatBytes(job.downloadedBytes)}{job.totalBytes !== null && ` of ${formatBytes(job.totalBytes)}`}
        {job.state === 'downloading' && job.bytesPerSecond > 0 && <> · <span className="download-speed">{formatSpeed(job.bytesPerSecond)}</span></>}
        {job.state === 'downloading' && job.etaSeconds !== null && <> · <span className="download-eta">{formatEta(job.etaSeconds)} left</span></>}
      </div>
      {job.error !== null && <p className="fail download-error" role="alert">{job.error}</p>}
    </li>
  );
}

function stateLabel(job: Job): string {
  switch (job.state) {
    case 'downloading': return job.totalBytes === null ? 'connecting…' : 'downloading';
    case 'done': return job.modelId !== null ? `done — added as ${job.modelId}` : 'done';
    case 'failed': return 'failed';
    case 'cancelled': return 'cancelled — Resume continues it';
  }
}
