import type { Llama, Token } from 'node-llama-cpp';
import { ContextLengthError, InvalidRequestError } from '../../../../../shared/errors';
import type { StreamPart } from '../../../../../shared/chat';
import { planGeneration, type GenerationPlan } from '../generation-plan';
import { gpuOf, readHardware } from '../hardware';
import { nodeLlamaCpp } from '../llama-module';
import { LoadedModel } from '../loaded-model';
import { readModelDetails, readWholeModelDetails } from '../model-details';
import { estimateFile, readFreeMemory, type MemoryNeed } from '../memory-estimate';
import { assertModelFile, readGgufHeader } from '../model-file';
import { abortedPart, runGeneration } from '../run-generation';
import { hostCalls, type CallArgs, type CallResult, type FromHost, type HostCall, type ToHost } from './host-protocol';
import { PartSender } from './part-sender';
import { toWireError } from './wire-error';

interface Generation {
  controller: AbortController;
  sender: PartSender;
  /** runGeneration has returned; its last parts may still wait in the sender for the reader's acks. */
  finished: boolean;
}

/**
 * Everything an inference host does, apart from how its messages travel (inference-host.ts): at most one
 * model, its planned and running generations, and the file inspections the model list needs.
 */
export class HostSession {
  private llama: Promise<Llama> | undefined;
  private loaded: LoadedModel | undefined;
  private readonly plans = new Map<string, GenerationPlan>();
  private readonly running = new Map<string, Generation>();
  /** Streams being planned, and those of them the engine aborted meanwhile (their plan is dropped once made). */
  private readonly planning = new Set<string>();
  private readonly cancelled = new Set<string>();

  constructor(private readonly post: (message: FromHost) => void) {}

  handle(message: ToHost): void {
    switch (message.kind) {
      case 'call':
        if (message.op === 'plan') void this.planCall(message.id, message.args);
        else void this.call(message.id, message.op, message.args);
        break;
      case 'start':
        this.start(message.stream);
        break;
      case 'abort': {
        this.plans.delete(message.stream);
        if (this.planning.has(message.stream)) this.cancelled.add(message.stream);
        const generation = this.running.get(message.stream);
        generation?.sender.release();
        generation?.controller.abort();
        if (generation?.finished === true) this.running.delete(message.stream);
        break;
      }
      case 'ack': {
        const generation = this.running.get(message.stream);
        generation?.sender.ack(message.batches);
        if (generation?.finished === true && generation.sender.done) this.running.delete(message.stream);
        break;
      }
      case 'shutdown':
        void this.shutdown();
        break;
    }
  }

  private async call(id: number, op: HostCall, rawArgs: unknown): Promise<void> {
    try {
      const value = await this.dispatch(op, rawArgs);
      this.post({ kind: 'reply', id, value });
    } catch (error) {
      this.post({ kind: 'reply', id, value: null, error: toWireError(error) });
    }
  }

  /**
   * `plan`, replied to like any call; with `start` the generation begins right after the reply (so the reply
   * still precedes its parts). A stream aborted while it was planned never runs: with `start` it ends with
   * one `aborted` part, since the engine holds its queue place until the stream's last part.
   */
  private async planCall(id: number, rawArgs: unknown): Promise<void> {
    let args: CallArgs<'plan'>;
    try {
      args = hostCalls.plan.args.parse(rawArgs);
    } catch (error) {
      this.post({ kind: 'reply', id, value: null, error: toWireError(error) });
      return;
    }
    const { stream } = args;
    this.planning.add(stream);
    try {
      await this.plan(args);
    } catch (error) {
      this.post({ kind: 'reply', id, value: null, error: toWireError(error) });
      return;
    } finally {
      this.planning.delete(stream);
    }
    const cancelled = this.cancelled.delete(stream);
    if (cancelled) this.plans.delete(stream);
    const reply = (): void => this.post({ kind: 'reply', id, value: { planned: true } satisfies CallResult<'plan'> });
    if (args.start !== true || cancelled) {
      reply();
      if (args.start === true) new PartSender((parts) => this.post({ kind: 'parts', stream, parts })).push(abortedPart());
      return;
    }
    this.start(stream);
    // The engine opened the stream before it asked, so parts may even precede this reply; sent once the
    // generation waits on llama.cpp, its IPC write is off the time to first token.
    setImmediate(reply);
  }

  private dispatch(op: HostCall, rawArgs: unknown): Promise<CallResult<HostCall>> {
    switch (op) {
      case 'load': return this.load(hostCalls.load.args.parse(rawArgs));
      case 'estimate': return this.estimate(hostCalls.estimate.args.parse(rawArgs));
      case 'freeMemory': return this.getLlama().then((llama) => readFreeMemory(llama));
      case 'plan': return this.plan(hostCalls.plan.args.parse(rawArgs)).then(() => ({ planned: true as const }));
      case 'embed': return this.embed(hostCalls.embed.args.parse(rawArgs));
      case 'countTokens': return this.countTokens(hostCalls.countTokens.args.parse(rawArgs));
      case 'header': {
        const { modelId, path } = hostCalls.header.args.parse(rawArgs);
        return readGgufHeader(modelId, path).then((header) => ({
          hasChatTemplate: header.hasChatTemplate,
          ...(header.trainContextSize === undefined ? {} : { trainContextSize: header.trainContextSize }),
          ...(header.parameters === undefined ? {} : { parameters: header.parameters }),
        }));
      }
      case 'details': {
        const args = hostCalls.details.args.parse(rawArgs);
        return this.getLlama().then((llama) => args.whole
          ? readWholeModelDetails(args.modelId, args.path, llama, args.contextSize, args.sequences)
          : readModelDetails(args.path, llama, args.contextSize, args.sequences));
      }
      case 'hardware':
        return this.getLlama().then((llama) => readHardware(llama));
    }
  }

  private async load(args: CallArgs<'load'>): Promise<CallResult<'load'>> {
    if (this.loaded !== undefined) throw new InvalidRequestError('This inference host has loaded its model already.');
    const llama = await this.getLlama();
    this.loaded = await LoadedModel.load(llama, args.settings, {
      threads: args.threads,
      sequences: args.sequences,
      draft: args.draft,
      logger: (message) => this.post({ kind: 'log', message }),
    });
    return { contextSize: this.loaded.contextSize, chatWrapper: this.loaded.chatWrapper.wrapperName, gpu: gpuOf(llama) };
  }

  private async estimate({ settings, sequences, draft }: CallArgs<'estimate'>): Promise<CallResult<'estimate'>> {
    assertModelFile(settings.id, settings.path);
    const llama = await this.getLlama();
    const target = await estimateFile(settings.id, settings.path, llama, settings.contextSize, sequences);
    // The draft runs beside the target with a context of the same size (speculation.ts).
    const drafted = draft === undefined ? undefined : await estimateFile(draft.id, draft.path, llama, target.contextSize, sequences);
    const needs = [target.need, ...(drafted === undefined ? [] : [drafted.need])];
    const need = needs.some((one) => one === undefined)
      ? null
      : needs.reduce<MemoryNeed>((sum, one) => ({ ramBytes: sum.ramBytes + (one?.ramBytes ?? 0), vramBytes: sum.vramBytes + (one?.vramBytes ?? 0) }), { ramBytes: 0, vramBytes: 0 });
    return { need, free: await readFreeMemory(llama) };
  }

  private async plan(args: CallArgs<'plan'>): Promise<void> {
    const loaded = this.model();
    // zod's output has `undefined` in optional keys; the engine's ChatRequest has them absent.
    const request = JSON.parse(JSON.stringify(args.request)) as Parameters<typeof planGeneration>[2];
    this.plans.set(args.stream, await planGeneration(await this.getLlama(), loaded, request));
  }

  private start(stream: string): void {
    const plan = this.plans.get(stream);
    this.plans.delete(stream);
    const sender = new PartSender((parts) => this.post({ kind: 'parts', stream, parts }));
    if (plan === undefined || this.loaded === undefined) {
      sender.push({ type: 'error', error: { message: `Internal error: no planned generation '${stream}' in the inference host.`, type: 'server_error', code: 'internal_error' } });
      return;
    }
    const controller = new AbortController();
    const generation: Generation = { controller, sender, finished: false };
    this.running.set(stream, generation);
    const push = (part: StreamPart): void => sender.push(part);
    void runGeneration(this.loaded, plan, controller.signal, push)
      .catch((error: unknown) => push({ type: 'error', error: { message: toWireError(error).message, type: 'server_error', code: 'internal_error' } }))
      .finally(() => {
        // Kept while parts wait for acks (a slow reader): the acks still have to reach this sender.
        generation.finished = true;
        if (sender.done) this.running.delete(stream);
      });
  }

  private async embed({ inputs }: CallArgs<'embed'>): Promise<CallResult<'embed'>> {
    const loaded = this.model();
    const vocabulary = loaded.vocabularySize;
    for (const input of inputs) {
      if (typeof input === 'string') continue;
      // An id outside the vocabulary would read past llama.cpp's token table: refused here, never evaluated.
      const bad = vocabulary === undefined ? input[0] : input.find((id) => id >= vocabulary);
      if (bad !== undefined) {
        throw new InvalidRequestError(vocabulary === undefined
          ? `Model ${loaded.settings.id} does not say how large its vocabulary is, so it takes text only; send text.`
          : `Token id ${bad} is not in the vocabulary of ${loaded.settings.id} (${vocabulary} tokens); send text, or ids of this model's tokenizer.`, 'input', 'invalid_value');
      }
    }
    const tokenCounts = inputs.map((input) => (typeof input === 'string' ? loaded.countTokens(input) : input.length));
    const longest = Math.max(0, ...tokenCounts);
    if (longest > loaded.contextSize) {
      throw new ContextLengthError(`An input is ${longest} tokens but model ${loaded.settings.id} embeds at most ${loaded.contextSize} tokens; shorten it.`);
    }
    const embedder = await loaded.embedder();
    const vectors: number[][] = [];
    for (const input of inputs) vectors.push([...(await embedder.getEmbeddingFor(typeof input === 'string' ? input : (input as Token[]))).vector]);
    return { vectors, promptTokens: tokenCounts.reduce((sum, count) => sum + count, 0) };
  }

  private countTokens({ texts }: CallArgs<'countTokens'>): Promise<CallResult<'countTokens'>> {
    const loaded = this.model();
    return Promise.resolve({ counts: texts.map((text) => loaded.countTokens(text)) });
  }

  private model(): LoadedModel {
    if (this.loaded === undefined) throw new InvalidRequestError('This inference host has no model loaded.');
    return this.loaded;
  }

  private getLlama(): Promise<Llama> {
    this.llama ??= nodeLlamaCpp().then(({ getLlama, LlamaLogLevel }) =>
      getLlama({
        gpu: 'auto',
        logLevel: LlamaLogLevel.warn,
        logger: (level, message) => this.post({ kind: 'log', message: `llama.cpp ${level}: ${message}` }),
      }),
    );
    return this.llama;
  }

  /** Frees the model within a bound, then exits; the engine kills the process if even that hangs. */
  private async shutdown(): Promise<void> {
    for (const generation of this.running.values()) generation.controller.abort();
    const loaded = this.loaded;
    this.loaded = undefined;
    const bound = new Promise((resolve) => setTimeout(resolve, 2_000).unref());
    await Promise.race([Promise.allSettled([loaded?.dispose()]), bound]);
    process.exit(0);
  }
}
