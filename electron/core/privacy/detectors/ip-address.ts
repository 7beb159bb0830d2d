import { before, eachMatch, hasWord, isWordChar } from '../text-context';
import type { Detector, Span } from '../types';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)';
// Four octets written out (no repeated group); the look-arounds stop matches inside longer dotted numbers.
const ipv4 = new RegExp(`(?<![\\w.])${OCTET}\\.${OCTET}\\.${OCTET}\\.${OCTET}(?![\\w]|\\.\\d)`, 'g');
const V6_MAX = 45;
const isV6Code = (c: number): boolean => (c >= 48 && c <= 58) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102) || c === 46;
const versionWords = ['version', 'versions', 'release', 'released', 'v', 'ver', 'build', 'firmware', 'patch', 'update', 'upgrade', 'upgraded', 'rev', 'revision', 'tag', 'sdk', 'release-', 'changelog', 'oid'];

/**
 * IP_ADDRESS: IPv4 with strict octets, IPv6 full, compressed and with an embedded IPv4. Dotted quads after a
 * version word ("Release 2.10.3.1") are versions, not addresses.
 */
export const ipAddressDetector: Detector = {
  name: 'ip-address',
  detect(text) {
    const spans: Span[] = [];
    // IPv6: the whole run of hex digits, colons and dots around each colon; every character is visited at most
    // twice (runs never overlap), and a run longer than any address is skipped in one step.
    let runEnd = 0;
    for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', Math.max(colon + 1, runEnd))) {
      let start = colon;
      while (start > runEnd && isV6Code(text.charCodeAt(start - 1))) start -= 1;
      let end = colon + 1;
      while (end < text.length && isV6Code(text.charCodeAt(end))) end += 1;
      runEnd = end;
      const bounded = (start === 0 || !isWordChar(text[start - 1])) && (end === text.length || !isWordChar(text[end]));
      let last = end;
      while (last > start && text[last - 1] === '.') last -= 1;
      if (bounded && last - start <= V6_MAX && text[start] !== '.' && parseIpv6(text.slice(start, last))) {
        spans.push({ type: 'IP_ADDRESS', start, end: last, confidence: 0.9 });
      }
    }
    const v6Count = spans.length;
    let v6Index = 0;
    if (text.includes('.')) {
      eachMatch(ipv4, text, (match) => {
        const context = before(text, match.index, 24);
        if (hasWord(context, versionWords) || /v$/.test(context)) return;
        // Inside an IPv6 (::ffff:192.0.2.1)? Both lists run left to right, so one moving index suffices.
        while (v6Index < v6Count && spans[v6Index]!.end <= match.index) v6Index += 1;
        if (v6Index < v6Count && spans[v6Index]!.start <= match.index) return;
        spans.push({ type: 'IP_ADDRESS', start: match.index, end: match.index + match[0].length, confidence: 0.85 });
      });
    }
    return spans;
  },
};

const hexGroup = /^[0-9A-Fa-f]{1,4}$/;
const strictIpv4 = new RegExp(`^${OCTET}\\.${OCTET}\\.${OCTET}\\.${OCTET}$`);

/** RFC 4291 text forms: eight groups, or '::' standing for one or more zero groups; optional trailing IPv4. */
export function parseIpv6(candidate: string): boolean {
  if (!candidate.includes(':')) return false;
  const doubleColon = candidate.indexOf('::');
  if (doubleColon !== -1 && candidate.indexOf('::', doubleColon + 1) !== -1) return false;
  const groups = candidate.split(':');
  let slots = 0;
  let sawDigit = false;
  for (let i = 0; i < groups.length; i += 1) {
    const group = groups[i]!;
    if (group === '') continue;
    if (i === groups.length - 1 && group.includes('.')) {
      if (!strictIpv4.test(group)) return false;
      slots += 2;
      sawDigit = true;
      continue;
    }
    if (!hexGroup.test(group)) return false;
    if (/\d/.test(group)) sawDigit = true;
    slots += 1;
  }
  // Leading/trailing single colons are not allowed outside '::'.
  if ((candidate.startsWith(':') && !candidate.startsWith('::')) || (candidate.endsWith(':') && !candidate.endsWith('::'))) return false;
  if (doubleColon === -1) return slots === 8;
  // Compressed: at least two groups around '::' and a digit somewhere, so `Foo::Bar`-like tokens stay code.
  return slots < 8 && sawDigit && (slots >= 2 || candidate === '::1');
}
