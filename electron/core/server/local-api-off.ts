import { SwitchyardError } from '../../../shared/errors';

/** What the OpenAI routes answer while the user has switched the local API off (no retry-after: it stays off). */
export function localApiOffError(): SwitchyardError {
  return new SwitchyardError('The local API is turned off in Switchyard → Local API. Turn it on there to use this endpoint.', {
    status: 503, type: 'server_error', code: 'local_api_off', shouldRetry: false,
  });
}
