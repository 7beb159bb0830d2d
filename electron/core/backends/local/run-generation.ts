import { randomBytes } from 'node:crypto';
import type { LlamaChat, LLamaChatGenerateResponseOptions, ChatModelFunctions } from 'node-llama-cpp';
import { nodeLlamaCpp } from './llama-module';
import type { FinishReason, StreamPart, TokenPredictions } from '../../../../shared/chat';
import { SwitchyardError, toSwitchyardError } from '../../../../shared/errors';
import { ForcedToolStream } from './forced-tool-stream';
import type { GenerationPlan } from './generation-plan';
import type { LoadedModel } from './loaded-model';

export const abortedPart = (): StreamPart => ({
  type: 'error',
  error: { message: 'The request was cancelled before the model finished.', type: 'cancelled', code: 'aborted' },
});

export function errorPart(error: unknown): StreamPart {
  const failure = toSwitchyardError(error);
  return { type: 'error', error: { message: failure.message, type: failure.type, code: failure.code, status: failure.status } };
}

/** What ends a stream when `signal` was aborted: the engine's own reason (e.g. unload), else `aborted`. */
export function abortPart(signal: AbortSignal): StreamPart {
  const reason: unknown = signal.reason;
  return reason instanceof SwitchyardError ? errorPart(reason) : abortedPart();
}

type Sequence = ReturnType<LoadedModel['takeSequence']>;

/**
 * Completion tokens and, with speculative decoding, the predictions this generation had checked. The token
 * meter counts every token the model evaluated, and a refuted or unused prediction was evaluated without being
 * generated, so those are taken off; the sequence's prediction counts add up over its life, hence the diff.
 */
function generatedTokens(
  sequence: Sequence,
  meterBefore: ReturnType<Sequence['tokenMeter']['getState']>,
  before: Sequence['tokenPredictions'],
): { completionTokens: number; predictions?: TokenPredictions } {
  const evaluated = sequence.tokenMeter.diff(meterBefore).usedOutputTokens;
  if (sequence.tokenPredictor === undefined) return { completionTokens: evaluated };
  const after = sequence.tokenPredictions;
  const validated = after.validated - before.validated;
  const refuted = after.refuted - before.refuted;
  const unused = after.unused - before.unused;
  return { completionTokens: Math.max(0, evaluated - refuted - unused), predictions: { validated, refuted } };
}

export const newToolCallId = (): string => `call_${randomBytes(12).toString('hex')}`;

/**
 * Runs one planned generation on a free sequence of `loaded`, pushing text (or tool-call) parts through `push`
 * as tokens arrive and ending with exactly one `finish` or `error` part.
 */
export async function runGeneration(loaded: LoadedModel, plan: GenerationPlan, signal: AbortSignal, push: (part: StreamPart) => void): Promise<void> {
  const { LlamaChat } = await nodeLlamaCpp();
  const sequence = loaded.takeSequence();
  const meterBefore = sequence.tokenMeter.getState();
  const predictionsBefore = sequence.tokenPredictions;
  const toolCalls = new Map<number, string>();
  const forced = plan.forcedTools ? new ForcedToolStream(newToolCallId(), push) : undefined;
  let chat: LlamaChat | undefined;
  try {
    chat = new LlamaChat({ contextSequence: sequence, chatWrapper: loaded.chatWrapper });
    const common = {
      signal,
      stopOnAbortSignal: true,
      maxTokens: plan.maxTokens,
      // OpenAI's defaults: no repetition penalty unless asked for.
      repeatPenalty: false,
      ...plan.sampling,
      // Stop sequences apply to text, never inside a forced tool call's JSON.
      ...(plan.stop.length === 0 || forced !== undefined ? {} : { customStopTriggers: plan.stop }),
      onTextChunk: (text: string) => {
        if (forced !== undefined) forced.write(text);
        else if (text !== '') push({ type: 'text-delta', text });
      },
    } satisfies LLamaChatGenerateResponseOptions;
    const options: LLamaChatGenerateResponseOptions<ChatModelFunctions> =
      plan.functions !== undefined
        ? {
            ...common,
            functions: plan.functions,
            documentFunctionParams: true,
            onFunctionCallParamsChunk: (chunk) => {
              // The first chunk of each call carries its id and name, as OpenAI's deltas do.
              const known = toolCalls.get(chunk.callIndex);
              const id = known ?? newToolCallId();
              toolCalls.set(chunk.callIndex, id);
              push({
                type: 'tool-call-delta',
                index: chunk.callIndex,
                ...(known === undefined ? { id, name: chunk.functionName } : {}),
                argumentsDelta: chunk.paramsChunk,
              });
            },
          }
        : { ...common, ...(plan.grammar === undefined ? {} : { grammar: plan.grammar }) };
    const result = await chat.generateResponse(plan.history, options);
    if (result.metadata.stopReason === 'abort' || signal.aborted) {
      push(abortPart(signal));
      return;
    }
    let reason: FinishReason = result.metadata.stopReason === 'maxTokens' ? 'length' : 'stop';
    if (result.metadata.stopReason === 'functionCalls' || toolCalls.size > 0) reason = 'tool_calls';
    if (forced?.hasCall === true && reason !== 'length') {
      forced.finish();
      reason = 'tool_calls';
    }
    push({ type: 'finish', reason, usage: { promptTokens: plan.promptTokens(), ...generatedTokens(sequence, meterBefore, predictionsBefore) } });
  } catch (error) {
    if (signal.aborted) {
      push(abortPart(signal));
      return;
    }
    push(errorPart(error));
  } finally {
    chat?.dispose();
    loaded.returnSequence(sequence);
  }
}
