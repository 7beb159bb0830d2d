/** What handle() knows about the frame an IPC message came from. */
export interface SenderFrameInfo {
  /** The frame's URL (event.senderFrame.url). */
  url: string;
  /** True when it is the window's top-level frame, not an iframe. */
  topLevel: boolean;
}

/**
 * Only our own page may call the engine: the top-level frame, loaded from the packaged files (file:) or from
 * the Vite dev server during development.
 */
export function isTrustedSender(frame: SenderFrameInfo | null, devServerUrl: string | undefined): boolean {
  if (frame === null || !frame.topLevel) return false;
  let url: URL;
  try {
    url = new URL(frame.url);
  } catch {
    return false;
  }
  if (url.protocol === 'file:') return devServerUrl === undefined;
  return devServerUrl !== undefined && url.origin === new URL(devServerUrl).origin;
}
