import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChatMessage } from '../../../shared/chat';
import { useApi } from '../app/api-context';
import { asError } from '../common/error-banner';
import { newId } from '../common/format';
import type { ChatMessageView, Conversation } from './types';

export interface ChatState {
  conversations: Conversation[];
  active: Conversation | null;
  messages: ChatMessageView[];
  busy: boolean;
  error: Error | null;
  select(id: string): void;
  create(): void;
  rename(id: string, title: string): void;
  remove(id: string): void;
  /** Resolves false when the request failed before any answer (the caller keeps the draft). */
  send(text: string): Promise<boolean>;
  /** 'auto' routes; a model id goes to that model (never-cloud still applies). */
  model: string;
  setModel(model: string): void;
  /** Runs the question behind assistant message `index` again, optionally forced to one side. */
  rerun(index: number, forceTarget?: 'local' | 'cloud'): void;
  stop(): void;
  clearError(): void;
}

const blank = (): Conversation => ({ id: newId('conv'), title: 'New chat', updatedAt: Date.now(), messages: [] });

/** Conversations (persisted by the engine), the active one, and the streaming of answers into it. */
export function useChat(): ChatState {
  const api = useApi();
  const [conversations, setConversations] = useState<Conversation[]>([]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [messages, setMessages] = useState<ChatMessageView[]>([]);
  const [error, setError] = useState<Error | null>(null);
  const running = useRef<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [model, setModel] = useState('auto');

  useEffect(() => {
    api.invoke('conversations.list', {}).then(({ conversations: list }) => {
      const first = list[0] ?? blank();
      setConversations(list.length === 0 ? [first] : list);
      setActiveId(first.id);
      setMessages(first.messages);
    }, (e: unknown) => {
      const first = blank();
      setConversations([first]);
      setActiveId(first.id);
      setError(asError(e));
    });
  }, [api]);

  const active = conversations.find((c) => c.id === activeId) ?? null;

  const persist = useCallback((conversation: Conversation) => {
    setConversations((list) => [conversation, ...list.filter((c) => c.id !== conversation.id)]);
    if (conversation.messages.length > 0) api.invoke('conversations.save', conversation).catch((e: unknown) => setError(asError(e)));
  }, [api]);

  const stream = useCallback(async (base: Conversation, history: ChatMessageView[], forceTarget?: 'local' | 'cloud'): Promise<boolean> => {
    const requestId = newId('req');
    running.current = requestId;
    setBusy(true);
    setError(null);
    let answer: ChatMessageView = { role: 'assistant', content: '', streaming: true, requestId };
    const show = (): void => setMessages([...history, answer]);
    show();
    let started = false;
    const wire: ChatMessage[] = history.filter((m) => m.error === undefined).map((m) => ({ role: m.role, content: m.content }));
    try {
      await api.chat({ requestId, conversationId: base.id, messages: wire, model, ...(forceTarget !== undefined ? { forceTarget } : {}) }, (event) => {
        if ('decision' in event) {
          started = true;
          answer = { ...answer, decision: event.decision };
        } else if (event.part.type === 'text-delta') {
          started = true;
          answer = { ...answer, content: answer.content + event.part.text };
        } else if (event.part.type === 'finish') {
          answer = { ...answer, usage: event.part.usage };
        } else if (event.part.type === 'error') {
          answer = { ...answer, error: event.part.error.code === 'aborted' ? 'Stopped.' : event.part.error.message };
        }
        show();
      });
    } catch (e) {
      answer = { ...answer, error: asError(e).message };
      setError(asError(e));
    }
    const { streaming: _s, requestId: _r, ...stored } = answer;
    const final = [...history, stored];
    setMessages(final);
    running.current = null;
    setBusy(false);
    const title = base.title === 'New chat' ? titleFrom(history) : base.title;
    persist({ ...base, title, updatedAt: Date.now(), messages: final });
    return started;
  }, [api, persist, model]);

  return {
    conversations,
    active,
    messages,
    busy,
    error,
    model,
    setModel,
    select(id) {
      const found = conversations.find((c) => c.id === id);
      if (found === undefined || busy) return;
      setActiveId(id);
      setMessages(found.messages);
    },
    create() {
      if (busy) return;
      const next = blank();
      setConversations((list) => [next, ...list]);
      setActiveId(next.id);
      setMessages([]);
    },
    rename(id, title) {
      const found = conversations.find((c) => c.id === id);
      if (found !== undefined && title.trim() !== '') persist({ ...found, title: title.trim().slice(0, 200), updatedAt: Date.now() });
    },
    remove(id) {
      api.invoke('conversations.delete', { id }).catch((e: unknown) => setError(asError(e)));
      const rest = conversations.filter((c) => c.id !== id);
      const next = rest[0] ?? blank();
      setConversations(rest.length === 0 ? [next] : rest);
      if (id === activeId) {
        setActiveId(next.id);
        setMessages(next.messages);
      }
    },
    async send(text) {
      if (active === null || busy || text.trim() === '') return false;
      return stream(active, [...messages, { role: 'user', content: text }]);
    },
    rerun(index, forceTarget) {
      if (active === null || busy) return;
      const history = messages.slice(0, index);
      if (history[history.length - 1]?.role !== 'user') return;
      // "Run again in the cloud / locally" is an implicit label on the answer it replaces; the engine decides
      // whether it teaches anything (a retry on the same side does not). A failure here must not stop the rerun.
      const replaced = messages[index]?.decision;
      if (forceTarget !== undefined && replaced !== undefined) {
        api.invoke('feedback.send', { decision: replaced.id, signal: forceTarget === 'cloud' ? 'run-again-cloud' : 'run-again-local' }).catch(() => undefined);
      }
      void stream(active, history, forceTarget);
    },
    stop() {
      const requestId = running.current;
      if (requestId !== null) api.invoke('chat.cancel', { requestId }).catch((e: unknown) => setError(asError(e)));
    },
    clearError: () => setError(null),
  };
}

function titleFrom(history: readonly ChatMessageView[]): string {
  const first = history.find((m) => m.role === 'user')?.content ?? 'New chat';
  return first.length > 48 ? `${first.slice(0, 47)}…` : first;
}
