import { useEffect, useRef, useState } from 'react';
import { useApi } from '../app/api-context';
import { ErrorBanner } from '../common/error-banner';
import { Composer } from './composer';
import { ConversationList } from './conversation-list';
import { MessageItem } from './message-item';
import { useChat } from './use-chat';

export function ChatScreen(): React.JSX.Element {
  const api = useApi();
  const chat = useChat();
  const [models, setModels] = useState<string[]>([]);
  useEffect(() => {
    api.invoke('models.list', {}).then((list) => setModels(list.models.map((m) => m.id)), () => setModels([]));
  }, [api]);
  const end = useRef<HTMLDivElement>(null);
  const { create } = chat;

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'n') {
        event.preventDefault();
        create();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [create]);
  useEffect(() => {
    // Braces on purpose: newer Chromium returns a promise from scrollIntoView, and an effect may return only a cleanup.
    end.current?.scrollIntoView({ block: 'end' });
  }, [chat.messages]);

  return (
    <div className="chat">
      <ConversationList conversations={chat.conversations} activeId={chat.active?.id ?? null} onSelect={chat.select} onCreate={chat.create} onRename={chat.rename} onDelete={chat.remove} />
      <section className="chat-main" aria-label="Chat">
        <div className="messages" aria-live="polite">
          {chat.messages.length === 0 && <p className="muted empty">Ask something. Routine questions stay on this machine; arithmetic is answered without a model.</p>}
          {chat.messages.map((m, i) => (
            <MessageItem key={i} message={m} busy={chat.busy} onRetry={() => chat.rerun(i)} onRunAgain={(target) => chat.rerun(i, target)} />
          ))}
          <div ref={end} />
        </div>
        <ErrorBanner error={chat.error} onDismiss={chat.clearError} />
        <label className="model-picker">Model{' '}
          <select aria-label="Model" value={chat.model} onChange={(e) => chat.setModel(e.target.value)}>
            <option value="auto">auto (route)</option>
            {models.map((id) => <option key={id} value={id}>{id}</option>)}
          </select>
        </label>
        {chat.active !== null && <Composer conversationId={chat.active.id} busy={chat.busy} onSend={chat.send} onStop={chat.stop} />}
      </section>
    </div>
  );
}
