import type { ChatMessage, ContentPart } from '../../../../shared/chat';

export type Hint = 'local' | 'cloud';

const HINT = /^\s*#(local|cloud)\b[\s:,;.-]*/i;

export interface HintResult {
  hint: Hint | null;
  /** Same array when there was no hint; otherwise a copy with the hint removed from the last user message. */
  messages: ChatMessage[];
}

/** A leading `#local` or `#cloud` in the last user message routes it, and is stripped before inference. */
export function stripHint(messages: ChatMessage[]): HintResult {
  let index = -1;
  for (let i = messages.length - 1; i >= 0; i--) {
    if (messages[i]?.role === 'user') { index = i; break; }
  }
  const message = messages[index];
  if (message === undefined || message.role !== 'user') return { hint: null, messages };
  const content = message.content;
  if (typeof content === 'string') {
    const m = HINT.exec(content);
    if (m === null) return { hint: null, messages };
    return { hint: (m[1] as string).toLowerCase() as Hint, messages: replaceAt(messages, index, { ...message, content: content.slice(m[0].length) }) };
  }
  const first = content.findIndex((part) => part.type === 'text');
  const part = content[first];
  if (part === undefined || part.type !== 'text') return { hint: null, messages };
  const m = HINT.exec(part.text);
  if (m === null) return { hint: null, messages };
  const parts: ContentPart[] = content.map((p, i) => (i === first ? { type: 'text', text: part.text.slice(m[0].length) } : p));
  return { hint: (m[1] as string).toLowerCase() as Hint, messages: replaceAt(messages, index, { ...message, content: parts }) };
}

function replaceAt(messages: ChatMessage[], index: number, message: ChatMessage): ChatMessage[] {
  const copy = messages.slice();
  copy[index] = message;
  return copy;
}
