import type { ChannelInput, InvokeChannel } from './channels';
import type { ChatPartEvent } from './engine-api';

/**
 * What the desktop preload exposes as `window.switchyard`: one method per contract channel, named after it,
 * plus a subscription to `chat:part`. Results are `unknown` on purpose: the renderer parses them again.
 */
export type SwitchyardBridge = {
  readonly [C in InvokeChannel]: (input: ChannelInput<C>) => Promise<unknown>;
} & {
  readonly onChatPart: (listener: (event: ChatPartEvent) => void) => () => void;
};
