import type { EngineCallError } from '../../../shared/ipc';

/** A failure in words with a way forward; never a stack. */
export function ErrorBanner({ error, onDismiss }: { error: Error | null; onDismiss?: () => void }): React.JSX.Element | null {
  if (error === null) return null;
  return (
    <div className="error-banner" role="alert">
      <span>{error.message}</span>
      {hint(error) !== '' && <span className="hint"> {hint(error)}</span>}
      {onDismiss !== undefined && <button type="button" className="link" onClick={onDismiss} aria-label="Dismiss error">×</button>}
    </div>
  );
}

function hint(error: Error): string {
  const code = (error as Partial<EngineCallError>).code ?? null;
  const status = (error as Partial<EngineCallError>).status;
  if (status === 401) return 'Open the URL printed by `switchyard serve` (it carries the token).';
  if (code === 'model_not_found' || code === 'no_model_configured' || code === 'no_model_of_kind') return 'See the Models tab for what is available.';
  if (code === 'privacy_blocked' || code === 'never_cloud') return 'A privacy rule keeps this on this machine; see the Privacy tab.';
  return '';
}

export function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
