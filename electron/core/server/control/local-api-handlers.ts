import { InvalidRequestError } from '../../../../shared/errors';
import type { ChannelArgs, ChannelOutput } from '../../../../shared/ipc';
import type { ContractHandlers } from './handlers';

export interface LocalApiDeps {
  /** The OpenAI port as the Local API screen shows it. */
  server: () => ChannelOutput<'server.info'>;
  /**
   * Turns the OpenAI port on or off, or moves it (desktop: starts/stops its listener; headless: its routes
   * answer 503 while off). Absent: the port cannot be configured from the UI.
   */
  configureServer?: (input: ChannelArgs<'server.configure'>) => Promise<void>;
}

export function createLocalApiHandlers(deps: LocalApiDeps): Pick<ContractHandlers, 'server.info' | 'server.configure'> {
  return {
    'server.info': async () => deps.server(),
    'server.configure': async (input) => {
      if (deps.configureServer === undefined) throw new InvalidRequestError('The local API cannot be switched from here.', null, 'not_configurable');
      await deps.configureServer(input);
      return deps.server();
    },
  };
}
