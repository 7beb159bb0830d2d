import type { ChannelOutput } from '../../../shared/ipc';
import { formatBytes } from './units';

type Hardware = ChannelOutput<'models.hardware'>;

/** What local inference has to work with: compute backend, VRAM, RAM and cores. */
export function HardwareSummary({ hardware }: { hardware: Hardware }): React.JSX.Element {
  const gpu = hardware.gpu === 'cpu' ? 'CPU' : `GPU (${hardware.gpu})`;
  return (
    <div className="hardware" role="group" aria-label="Hardware">
      <p>Local compute: <strong>{gpu}</strong>{hardware.gpuDevices.length > 0 && <span className="muted"> {hardware.gpuDevices.join(', ')}</span>}</p>
      <dl>
        {hardware.vram !== null && <><dt>VRAM</dt><dd>{formatBytes(hardware.vram.freeBytes)} free of {formatBytes(hardware.vram.totalBytes)}</dd></>}
        <dt>RAM</dt><dd>{formatBytes(hardware.ram.freeBytes)} free of {formatBytes(hardware.ram.totalBytes)}</dd>
        <dt>CPU cores</dt><dd>{hardware.cpuCores}</dd>
      </dl>
    </div>
  );
}
