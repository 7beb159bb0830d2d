import { useState } from 'react';
import type { RoutingLogEntry } from '../../../shared/routing-log';
import { useApi } from '../app/api-context';
import { CopyButton } from '../common/copy-button';
import { canRate, FeedbackButtons } from './feedback-buttons';
import { Markdown } from './markdown';
import { RoutingBadge } from './routing-badge';
import type { ChatMessageView } from './types';

export interface MessageItemProps {
  message: ChatMessageView;
  busy: boolean;
  onRetry: () => void;
  onRunAgain: (target: 'local' | 'cloud') => void;
}

export function MessageItem({ message, busy, onRetry, onRunAgain }: MessageItemProps): React.JSX.Element {
  const api = useApi();
  const [entry, setEntry] = useState<RoutingLogEntry | undefined>(undefined);
  const lookUp = (): void => {
    const id = message.decision?.id;
    if (id === undefined || entry !== undefined) return;
    api.invoke('log.query', { search: id, limit: 1 }).then(({ entries }) => setEntry(entries[0]), () => undefined);
  };
  if (message.role === 'user') {
    return <article className="message user" aria-label="You"><p className="plain">{message.content}</p></article>;
  }
  return (
    <article className="message assistant" aria-label="Assistant" aria-busy={message.streaming === true}>
      {message.decision !== undefined && <RoutingBadge decision={message.decision} usage={message.usage} entry={entry} onOpen={lookUp} />}
      {message.content !== '' && <Markdown text={message.content} />}
      {message.streaming === true && message.content === '' && <p className="muted">Thinking…</p>}
      {message.error !== undefined && <p className="message-error" role="alert">{message.error}</p>}
      {message.streaming !== true && (
        <div className="message-actions">
          <CopyButton text={message.content} label="Copy answer" />
          <button type="button" className="small" disabled={busy} onClick={onRetry}>Retry</button>
          <button type="button" className="small" disabled={busy} onClick={() => onRunAgain('local')}>Run again locally</button>
          <button type="button" className="small" disabled={busy} onClick={() => onRunAgain('cloud')}>Run again in the cloud</button>
          {canRate(message.decision, message.error) && <FeedbackButtons key={message.decision.id} decision={message.decision} />}
        </div>
      )}
    </article>
  );
}
