import type { ChatHistoryItem, ChatModelFunctions, GbnfJsonSchema, Llama, LlamaGrammar, LlamaText } from 'node-llama-cpp';
import type { ChatRequest, Tool } from '../../../../shared/chat';
import { ContextLengthError, InvalidRequestError } from '../../../../shared/errors';
import { toChatHistory } from './chat-history';
import { normalizeSchema, responseFormatGrammar, toolCallGrammar } from './json-grammar';
import type { LoadedModel } from './loaded-model';
import { relaxBounds } from './schema-bounds';
import { assertSupportedSchema } from './schema-support';

/** How one request will run, worked out before it is queued so bad requests fail before the stream starts. */
export interface GenerationPlan {
  history: ChatHistoryItem[];
  /** The prompt's exact token count, for usage; counted at most once, and only when asked. */
  promptTokens: () => number;
  maxTokens: number;
  grammar: LlamaGrammar | undefined;
  /** Set when the model must call one of these tools: the output is `{name, arguments}` JSON. */
  forcedTools: boolean;
  /** Functions offered through the chat wrapper's native function calling (tool_choice auto). */
  functions: ChatModelFunctions | undefined;
  stop: string[];
  sampling: { temperature?: number; topP?: number; seed?: number };
}

export async function planGeneration(llama: Llama, loaded: LoadedModel, request: ChatRequest): Promise<GenerationPlan> {
  const tools = offeredTools(request);
  for (const tool of tools) if (tool.function.parameters !== undefined) assertSupportedSchema(tool.function.parameters, 'tools');
  const forcedTools = tools.length > 0 && request.toolChoice !== undefined && request.toolChoice !== 'auto';
  let history = toChatHistory(request.messages);
  let grammar: LlamaGrammar | undefined;
  let functions: ChatModelFunctions | undefined;
  if (forcedTools) {
    grammar = await toolCallGrammar(llama, tools);
    // The grammar fixes the shape; the model still needs to read what the tools are for.
    const text = loaded.chatWrapper.generateAvailableFunctionsSystemText(toFunctions(tools), { documentParams: true });
    history = [{ type: 'system', text: text.toString() }, ...history];
  } else {
    grammar = await responseFormatGrammar(llama, request.responseFormat);
    // tool_choice auto: node-llama-cpp's native function calling, rendered by the chat wrapper in the model's
    // own format; the model decides whether to call. It cannot be combined with a grammar, so a requested
    // response_format takes precedence and the tools are then only described, not callable.
    if (tools.length > 0 && grammar === undefined) functions = toFunctions(tools);
  }
  const prompt = loaded.chatWrapper.generateContextState({
    chatHistory: history,
    ...(functions === undefined ? {} : { availableFunctions: functions, documentFunctionParams: true }),
  }).contextText;
  let counted: number | undefined;
  const promptTokens = (): number => (counted ??= prompt.tokenize(loaded.model.tokenizer).length);
  // llama.cpp needs one free cell to sample the first token. When the byte bound already proves that the
  // requested max_tokens fits, tokenizing waits until usage is reported: off the time to first token.
  const surelyFits = request.maxTokens !== undefined && loaded.contextSize - promptTokenBound(prompt) - 1 >= request.maxTokens;
  const room = surelyFits ? Number.POSITIVE_INFINITY : loaded.contextSize - promptTokens() - 1;
  if (room < 1) {
    throw new ContextLengthError(
      `This conversation is ${promptTokens()} tokens but model ${loaded.settings.id} has a context of ${loaded.contextSize} tokens; ` +
        'shorten it or drop earlier messages, or configure a larger contextSize for this model.',
    );
  }
  return {
    history,
    promptTokens,
    maxTokens: Math.min(request.maxTokens ?? room, room),
    grammar,
    forcedTools,
    functions,
    // An empty stop string would match at once; OpenAI ignores it, so do we.
    stop: (request.stop ?? []).filter((stop) => stop !== ''),
    sampling: {
      ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
      ...(request.topP === undefined ? {} : { topP: request.topP }),
      ...(request.seed === undefined ? {} : { seed: request.seed }),
    },
  };
}

/**
 * An upper bound on the tokens of a rendered prompt without running the tokenizer: every token covers at
 * least one byte of text (a special token such as BOS is one token for a name of several bytes), and each
 * run may gain one token from the tokenizer's leading-space handling; plus a margin for tokens it adds.
 */
export function promptTokenBound(prompt: LlamaText): number {
  let bound = 8;
  for (const value of prompt.values) bound += Buffer.byteLength(typeof value === 'string' ? value : value.value, 'utf8') + 1;
  return bound;
}

/** The tools the model may call: none for tool_choice none, the named one for a named choice. */
/** The tools the model may call, their parameter schemas' bounds made enforceable (schema-bounds.ts). */
function offeredTools(request: ChatRequest): Tool[] {
  const tools = (request.tools ?? []).map((tool): Tool => (tool.function.parameters === undefined ? tool
    : { ...tool, function: { ...tool.function, parameters: relaxBounds(tool.function.parameters) as Record<string, unknown> } }));
  const choice = request.toolChoice;
  if (tools.length === 0 || choice === 'none') return [];
  if (choice === undefined || typeof choice === 'string') return tools;
  const named = tools.filter((tool) => tool.function.name === choice.function.name);
  if (named.length === 0) {
    throw new InvalidRequestError(`tool_choice names the function '${choice.function.name}', which is not among the tools.`, 'tool_choice');
  }
  return named;
}

function toFunctions(tools: readonly Tool[]): ChatModelFunctions {
  return Object.fromEntries(
    tools.map((tool) => [
      tool.function.name,
      {
        ...(tool.function.description === undefined ? {} : { description: tool.function.description }),
        ...(tool.function.parameters === undefined ? {} : { params: normalizeSchema(tool.function.parameters) as GbnfJsonSchema }),
      },
    ]),
  );
}
