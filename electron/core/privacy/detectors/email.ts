import { isAlnumCode } from '../text-context';
import type { Detector, Span } from '../types';

const LOCAL_MAX = 64;
const DOMAIN_MAX = 253;
const isLocalChar = (code: number): boolean => isAlnumCode(code) || code === 46 || code === 95 || code === 37 || code === 43 || code === 39 || code === 45;
const isDomainChar = (code: number): boolean => isAlnumCode(code) || code === 46 || code === 45;
/** TLDs that are really file extensions: `logo@2x.png`, `icon@3x.webp` are assets, not mailboxes. */
const fileExtensions = new Set(['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'avif', 'ico', 'js', 'ts', 'css', 'json', 'map', 'pdf']);

/**
 * EMAIL: found by walking out from each '@' with bounded steps on each side, so a run of '@' or dots stays linear.
 * `git@github.com:org/repo` (an SSH remote, not a mailbox) and asset names are skipped.
 */
export const emailDetector: Detector = {
  name: 'email',
  detect(text) {
    const spans: Span[] = [];
    let minStart = 0;
    for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
      let start = at;
      while (start > minStart && at - start < LOCAL_MAX && isLocalChar(text.charCodeAt(start - 1))) start -= 1;
      while (start < at && (text[start] === '.' || text[start] === "'")) start += 1;
      if (start === at || text[at - 1] === '.') continue;
      let end = at + 1;
      while (end < text.length && end - at <= DOMAIN_MAX && isDomainChar(text.charCodeAt(end))) end += 1;
      while (end > at + 1 && (text[end - 1] === '.' || text[end - 1] === '-')) end -= 1;
      const domain = text.slice(at + 1, end);
      if (!validDomain(domain) || text[end] === '@') continue;
      if (text[end] === ':' && /^[\w~/.-]/.test(text[end + 1] ?? '')) continue;
      spans.push({ type: 'EMAIL', start, end, confidence: 0.95 });
      minStart = end;
      at = end - 1;
    }
    return spans;
  },
};

function validDomain(domain: string): boolean {
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  const tld = labels[labels.length - 1]!;
  if (!/^[A-Za-z]{2,24}$/.test(tld) || fileExtensions.has(tld.toLowerCase())) return false;
  return labels.every((label) => label.length > 0 && label.length <= 63 && !label.startsWith('-') && !label.endsWith('-'));
}
