import { parseArgs } from 'node:util';
import type { ChatMessage } from '../../../../shared/chat';
import { inspectRequest } from '../../privacy';
import type { CliIo } from '../cli-io';
import { loadSettings, settingsOptions } from '../load-settings';
import { routeCommand } from './route';

/**
 * `switchyard route` as people and benchmarks run it: the same privacy verdict the gateway computes feeds
 * each decision, so never-cloud findings show in the output exactly as they would on the port.
 */
export async function runRouteCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { ...settingsOptions, jsonl: { type: 'string' }, explain: { type: 'string' }, mode: { type: 'string' } },
    strict: true,
  });
  const settings = loadSettings(values);
  const privacy = (messages: ChatMessage[]) => inspectRequest({ model: 'auto', messages }, { mode: settings.mode }, settings.privacy);
  return routeCommand(argv, io, privacy);
}
