import type { ChatHistoryItem, ChatModelFunctionCall, ChatModelResponse } from 'node-llama-cpp';
import { messageText, type ChatMessage } from '../../../../shared/chat';
import { InvalidRequestError } from '../../../../shared/errors';

/**
 * Maps OpenAI-style messages onto node-llama-cpp's chat history. System and developer messages become system
 * items; an assistant's tool calls become function-call items of its model response, and each later `tool`
 * message fills in the result of the call it answers, so the chat wrapper renders calls and results in the
 * model's own template. The history always ends with a model response for the generation to complete.
 */
export function toChatHistory(messages: readonly ChatMessage[]): ChatHistoryItem[] {
  const history: ChatHistoryItem[] = [];
  const pendingCalls = new Map<string, ChatModelFunctionCall>();
  for (const message of messages) {
    switch (message.role) {
      case 'system':
      case 'developer':
        history.push({ type: 'system', text: messageText(message) });
        break;
      case 'user':
        history.push({ type: 'user', text: messageText(message) });
        break;
      case 'assistant': {
        const response: ChatModelResponse['response'] = [];
        const text = messageText(message);
        if (text !== '') response.push(text);
        for (const call of message.tool_calls ?? []) {
          const item: ChatModelFunctionCall = { type: 'functionCall', name: call.function.name, params: parseArguments(call.function.arguments), result: '' };
          pendingCalls.set(call.id, item);
          response.push(item);
        }
        history.push({ type: 'model', response });
        break;
      }
      case 'tool': {
        const call = pendingCalls.get(message.tool_call_id);
        if (call === undefined) {
          throw new InvalidRequestError(
            `A 'tool' message answers tool_call_id '${message.tool_call_id}', but no earlier assistant message made that call.`,
            'messages',
          );
        }
        call.result = messageText(message);
        pendingCalls.delete(message.tool_call_id);
        break;
      }
    }
  }
  const unanswered = [...pendingCalls.keys()];
  if (unanswered.length > 0 && history.at(-1)?.type === 'model') {
    throw new InvalidRequestError(
      `The assistant's tool_calls must be followed by 'tool' messages answering each call; missing: ${unanswered.join(', ')}.`,
      'messages',
    );
  }
  const last = history.at(-1);
  // After tool results the model continues its own response (its template expects that); otherwise it starts one.
  const continuesToolTurn = last?.type === 'model' && last.response.some((item) => typeof item !== 'string' && item.type === 'functionCall');
  if (!continuesToolTurn) history.push({ type: 'model', response: [] });
  return history;
}

function parseArguments(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
