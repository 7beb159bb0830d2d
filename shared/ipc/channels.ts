import { z } from 'zod';
import { modeSchema } from '../decision';
import { routingLogEntrySchema } from '../routing-log';
import { decisionIdSchema, feedbackResultSchema, feedbackSignalSchema, feedbackStatusSchema } from '../feedback';
import {
  chatPartEventSchema, chatResultSchema, chatStartSchema, conversationSchema, emptySchema, keySetSchema,
  logQuerySchema, modelIdSchema, modelListSchema, okSchema, privacyRulesSchema, privacyTestInputSchema, privacyTestResultSchema,
  requestIdSchema, routingStatsSchema, serverInfoSchema, settingsViewSchema,
} from './schemas';
import {
  downloadIdSchema, downloadJobSchema, downloadListSchema, downloadStartSchema, hardwareSchema, modelAddedSchema, modelAddSchema, pickFileInputSchema,
  pickFileResultSchema,
} from './model-schemas';
import {
  connectionTestResultSchema, providerIdInputSchema, providerListSchema, providerSaveSchema, serverConfigureSchema,
} from './provider-schemas';

/**
 * THE contract between engine and UI (STYLE.md "One contract, two transports"): every invoke channel with its
 * input and output schema. Desktop binds each through ipcMain.handle; headless serves each as
 * POST /api/<channel>. A channel with `events` streams those events before its output (IPC: webContents.send;
 * HTTP: server-sent events in the response).
 */
export const invokeChannels = {
  'chat.start': { input: chatStartSchema, output: chatResultSchema, events: 'chat:part' },
  'chat.cancel': { input: z.object({ requestId: requestIdSchema }).strict(), output: z.object({ cancelled: z.boolean() }) },
  'settings.get': { input: emptySchema, output: settingsViewSchema },
  'settings.setMode': { input: z.object({ mode: modeSchema }).strict(), output: settingsViewSchema },
  'privacy.setRules': { input: privacyRulesSchema, output: settingsViewSchema },
  'privacy.test': { input: privacyTestInputSchema, output: privacyTestResultSchema },
  'log.query': { input: logQuerySchema, output: z.object({ entries: z.array(routingLogEntrySchema) }) },
  'log.stats': { input: emptySchema, output: routingStatsSchema },
  'log.exportCsv': { input: logQuerySchema, output: z.object({ csv: z.string() }) },
  /** 👍/👎 and "Run again …" on an answer: the same path as POST /v1/routing/feedback (engine/routing-feedback.ts). */
  'feedback.send': { input: z.object({ decision: decisionIdSchema, signal: feedbackSignalSchema }).strict(), output: feedbackResultSchema },
  'feedback.status': { input: emptySchema, output: feedbackStatusSchema },
  'feedback.reset': { input: emptySchema, output: feedbackStatusSchema },
  'models.list': { input: emptySchema, output: modelListSchema },
  'models.load': { input: modelIdSchema, output: okSchema },
  'models.unload': { input: modelIdSchema, output: okSchema },
  'models.hardware': { input: emptySchema, output: hardwareSchema },
  'models.add': { input: modelAddSchema, output: modelAddedSchema },
  'models.pickFile': { input: pickFileInputSchema, output: pickFileResultSchema },
  'models.remove': { input: modelIdSchema, output: okSchema },
  'models.download.start': { input: downloadStartSchema, output: downloadJobSchema },
  'models.download.cancel': { input: downloadIdSchema, output: downloadJobSchema },
  'models.downloads': { input: emptySchema, output: downloadListSchema },
  'keys.set': { input: keySetSchema, output: okSchema },
  'conversations.list': { input: emptySchema, output: z.object({ conversations: z.array(conversationSchema) }) },
  'conversations.save': { input: conversationSchema, output: okSchema },
  'conversations.delete': { input: z.object({ id: conversationSchema.shape.id }).strict(), output: okSchema },
  'server.info': { input: emptySchema, output: serverInfoSchema },
  'server.configure': { input: serverConfigureSchema, output: serverInfoSchema },
  'providers.list': { input: emptySchema, output: providerListSchema },
  'providers.save': { input: providerSaveSchema, output: okSchema },
  'providers.delete': { input: providerIdInputSchema, output: okSchema },
  'providers.test': { input: providerIdInputSchema, output: connectionTestResultSchema },
} as const;

export const eventChannels = {
  'chat:part': chatPartEventSchema,
} as const;

export type InvokeChannel = keyof typeof invokeChannels;
export type EventChannel = keyof typeof eventChannels;
export type ChannelInput<C extends InvokeChannel> = z.input<(typeof invokeChannels)[C]['input']>;
export type ChannelArgs<C extends InvokeChannel> = z.output<(typeof invokeChannels)[C]['input']>;
export type ChannelOutput<C extends InvokeChannel> = z.output<(typeof invokeChannels)[C]['output']>;
export type EventPayload<E extends EventChannel> = z.output<(typeof eventChannels)[E]>;

export const invokeChannelNames = Object.keys(invokeChannels) as InvokeChannel[];

export function isInvokeChannel(name: string): name is InvokeChannel {
  return Object.hasOwn(invokeChannels, name);
}
