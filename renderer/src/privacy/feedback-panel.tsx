import { useEffect, useState } from 'react';
import type { FeedbackStatus } from '../../../shared/feedback';
import { useApi } from '../app/api-context';
import { asError, ErrorBanner } from '../common/error-banner';

/** How many 👍/👎 and "Run again …" labels routing has learned from, and the way to forget them. */
export function FeedbackPanel(): React.JSX.Element {
  const api = useApi();
  const [status, setStatus] = useState<FeedbackStatus | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [resetDone, setResetDone] = useState(false);
  useEffect(() => {
    api.invoke('feedback.status', {}).then(setStatus, (e: unknown) => setError(asError(e)));
  }, [api]);
  const reset = (): void => {
    api.invoke('feedback.reset', {}).then((s) => {
      setStatus(s);
      setResetDone(true);
      setError(null);
    }, (e: unknown) => setError(asError(e)));
  };
  return (
    <section aria-label="Routing feedback">
      <h2>Learning from your feedback</h2>
      <ErrorBanner error={error} />
      {status !== null && <FeedbackSummary status={status} />}
      {resetDone && <p className="note" role="status">Routing feedback reset; routing uses the shipped scores again.</p>}
      <button type="button" onClick={reset} disabled={status === null || status.labels === 0}>Reset routing feedback</button>
    </section>
  );
}

export function FeedbackSummary({ status }: { status: FeedbackStatus }): React.JSX.Element {
  const count = status.labels === 1 ? '1 label' : `${status.labels} labels`;
  return (
    <p>
      <strong>{count}</strong> stored on this device (good/bad ratings and “Run again …”), never sent anywhere. They shift a request’s
      score by at most ±{status.maxDelta.toFixed(2)}; a decision says so in its reasons.
    </p>
  );
}
