/**
 * The only URLs handed to the OS browser: absolute http(s) without credentials. Anything else (file:,
 * javascript:, custom schemes, relative paths) is refused, so a link in a model's answer cannot launch a program.
 */
export function safeExternalUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '' || url.hostname === '') return null;
  return url.toString();
}
