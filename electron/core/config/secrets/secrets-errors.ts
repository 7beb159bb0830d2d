import { SwitchyardError } from '../../../../shared/errors';

/** The OS keychain cannot be used (no Secret Service on Linux, access denied, locked). */
export class KeychainUnavailableError extends SwitchyardError {
  /** `code` keeps a timeout recognisable when the message is extended with advice. */
  constructor(message: string, code: 'keychain_unavailable' | 'keychain_timeout' = 'keychain_unavailable') {
    super(message, { status: 503, type: 'server_error', code, shouldRetry: false });
  }
}

/** A keychain call did not answer in time; a locked keyring waiting on an unlock prompt looks like this. */
export class KeychainTimeoutError extends SwitchyardError {
  constructor(timeoutMs: number) {
    super(`The OS keychain did not answer within ${timeoutMs} ms; it may be locked. Unlock it and try again.`, {
      status: 503, type: 'server_error', code: 'keychain_timeout', shouldRetry: false,
    });
  }
}
