import { defaultDetectors } from './detectors';
import { ScanInputTooLargeError } from './errors';
import { resolveOverlaps } from './overlaps';
import type { Detector, ScanResult, Span } from './types';

export const DEFAULT_MAX_SCAN_BYTES = 8 * 1024 * 1024;

export interface ScanOptions {
  detectors?: readonly Detector[];
  /** Inputs above this many UTF-8 bytes are refused with ScanInputTooLargeError. */
  maxBytes?: number;
}

/** Throws ScanInputTooLargeError when `bytes` exceeds the limit. */
export function assertScanSize(bytes: number, maxBytes: number = DEFAULT_MAX_SCAN_BYTES): void {
  if (bytes > maxBytes) throw new ScanInputTooLargeError(bytes, maxBytes);
}

/**
 * Runs every detector over one text and resolves overlaps. A detector that throws fails the scan CLOSED: the
 * result says `failedClosed` and the caller must treat the text as never-cloud.
 */
export function scanText(text: string, options: ScanOptions = {}): ScanResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_SCAN_BYTES;
  // A UTF-16 code unit is at most 3 UTF-8 bytes: short texts need no byte count.
  if (text.length * 3 > maxBytes) assertScanSize(Buffer.byteLength(text, 'utf8'), maxBytes);
  const spans: Span[] = [];
  const failedDetectors: string[] = [];
  for (const detector of options.detectors ?? defaultDetectors) {
    try {
      // A loop, not push(...found): millions of findings in a huge text would overflow the argument stack.
      for (const span of detector.detect(text)) if (span.end > span.start && span.start >= 0 && span.end <= text.length) spans.push(span);
    } catch {
      failedDetectors.push(detector.name);
    }
  }
  return { spans: resolveOverlaps(spans), failedClosed: failedDetectors.length > 0, failedDetectors };
}
