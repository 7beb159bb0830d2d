import { useEffect, useRef, useState } from 'react';
import { loadDraft, saveDraft } from './drafts';

export interface ComposerProps {
  conversationId: string;
  busy: boolean;
  onSend: (text: string) => Promise<boolean>;
  onStop: () => void;
}

/** Enter sends, Shift+Enter breaks the line; the draft is kept until an answer has started. */
export function Composer({ conversationId, busy, onSend, onStop }: ComposerProps): React.JSX.Element {
  const [text, setText] = useState(() => loadDraft(conversationId));
  const input = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    setText(loadDraft(conversationId));
    input.current?.focus();
  }, [conversationId]);

  const change = (value: string): void => {
    setText(value);
    saveDraft(conversationId, value);
  };
  const send = async (): Promise<void> => {
    const sent = text;
    if (sent.trim() === '' || busy) return;
    setText('');
    const started = await onSend(sent);
    // A send that never got an answer gives the text back (it is still in the saved draft too).
    if (started) saveDraft(conversationId, '');
    else setText((now) => (now === '' ? sent : now));
  };
  return (
    <form className="composer" onSubmit={(e) => { e.preventDefault(); void send(); }}>
      <textarea ref={input} aria-label="Message" placeholder="Ask anything — Enter to send, Shift+Enter for a new line" value={text} rows={3}
        onChange={(e) => change(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
            e.preventDefault();
            void send();
          }
        }} />
      {busy ? <button type="button" onClick={onStop}>Stop</button> : <button type="submit" disabled={text.trim() === ''}>Send</button>}
    </form>
  );
}
