import { SwitchyardError } from '../../../shared/errors';

/** An input larger than the scan limit: refused rather than scanned (or worse, sent unscanned). */
export class ScanInputTooLargeError extends SwitchyardError {
  constructor(bytes: number, limit: number) {
    super(`The text to scan for private data is ${bytes} bytes; the limit is ${limit} bytes (privacy.maxScanBytes). Send a shorter request.`, {
      status: 413, type: 'invalid_request_error', code: 'privacy_scan_too_large', shouldRetry: false,
    });
  }
}
