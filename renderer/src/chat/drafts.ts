/** Composer drafts per conversation in localStorage: they survive a failed send and a reload. */
const key = (conversationId: string): string => `switchyard.draft.${conversationId}`;

export function loadDraft(conversationId: string): string {
  return localStorage.getItem(key(conversationId)) ?? '';
}

export function saveDraft(conversationId: string, text: string): void {
  if (text === '') localStorage.removeItem(key(conversationId));
  else localStorage.setItem(key(conversationId), text);
}
