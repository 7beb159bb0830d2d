import type { ChannelOutput } from '../../../shared/ipc';
import { formatBytes, formatCount } from './units';

type Row = ChannelOutput<'models.list'>['models'][number];

/** One model: where it runs, what its file holds, what loading it costs, and its actions. */
export function ModelRow({ model, gpu, pending, onToggle, onRemove }: {
  model: Row;
  gpu: ChannelOutput<'models.list'>['gpu'];
  pending: string | null;
  onToggle: () => void;
  onRemove: () => void;
}): React.JSX.Element {
  const d = model.details;
  const local = model.kind === 'local';
  const memory = d?.memory ?? null;
  return (
    <tr>
      <td>
        {model.id}
        {d !== undefined && <div className="muted model-meta">{[d.architecture, d.parameters !== null ? `${formatCount(d.parameters)} params` : null].filter((x) => x !== null).join(' · ')}</div>}
      </td>
      <td>{local ? `local (${gpu})` : model.provider}</td>
      <td>{d !== undefined ? formatBytes(d.sizeBytes) : '—'}</td>
      <td>{d?.quantization ?? '—'}</td>
      <td>{model.contextLength.toLocaleString()}</td>
      <td title={memory !== null ? `llama.cpp's estimate with a ${memory.contextSize}-token context` : undefined}>
        {memory === null ? '—' : `${formatBytes(memory.ramBytes)} RAM${memory.vramBytes > 0 ? ` + ${formatBytes(memory.vramBytes)} VRAM` : ''}`}
      </td>
      <td>{!local ? 'remote' : model.status !== undefined ? <span style={{ color: "var(--danger)" }} title={model.status.reason}>{model.status.state === 'down' ? 'down' : 'crashed'}: {model.status.reason}</span> : model.loaded ? 'loaded' : 'not loaded'}</td>
      <td className="row-actions">
        {local && <button type="button" className="small" disabled={pending !== null} onClick={onToggle}>{pending === model.id ? '…' : model.loaded ? 'Unload' : 'Load'}</button>}
        {local && <button type="button" className="small danger" disabled={pending !== null} onClick={onRemove} aria-label={`Remove ${model.id}`} title="Remove from the list (the file stays)">Remove</button>}
      </td>
    </tr>
  );
}
