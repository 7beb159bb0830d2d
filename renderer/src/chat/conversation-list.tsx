import { useState } from 'react';
import type { Conversation } from './types';

export interface ConversationListProps {
  conversations: Conversation[];
  activeId: string | null;
  onSelect: (id: string) => void;
  onCreate: () => void;
  onRename: (id: string, title: string) => void;
  onDelete: (id: string) => void;
}

export function ConversationList({ conversations, activeId, onSelect, onCreate, onRename, onDelete }: ConversationListProps): React.JSX.Element {
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <aside className="conversations" aria-label="Conversations">
      <button type="button" onClick={onCreate} title="Ctrl+N">New chat</button>
      <ul>
        {conversations.map((c) => (
          <li key={c.id} className={c.id === activeId ? 'active' : undefined}>
            {editing === c.id ? (
              <input aria-label="Conversation title" defaultValue={c.title} autoFocus
                onBlur={(e) => { onRename(c.id, e.target.value); setEditing(null); }}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') e.currentTarget.blur();
                  if (e.key === 'Escape') setEditing(null);
                }} />
            ) : (
              <button type="button" className="conversation-title" aria-current={c.id === activeId ? 'true' : undefined} onClick={() => onSelect(c.id)}>{c.title}</button>
            )}
            <button type="button" className="small" aria-label={`Rename ${c.title}`} onClick={() => setEditing(c.id)}>✎</button>
            <button type="button" className="small" aria-label={`Delete ${c.title}`} onClick={() => { if (confirm(`Delete "${c.title}"?`)) onDelete(c.id); }}>✕</button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
