import { useState } from 'react';
import type { Decision } from '../../../shared/decision';
import type { FeedbackSignal } from '../../../shared/feedback';
import { useApi } from '../app/api-context';
import { asError } from '../common/error-banner';

type Rating = Extract<FeedbackSignal, 'good' | 'bad'>;

/** Tier-0 answers had no model to judge; failed answers have nothing to rate. */
export function canRate(decision: Decision | undefined, error: string | undefined): decision is Decision {
  return decision !== undefined && decision.target !== 'tier0' && error === undefined;
}

/**
 * 👍 / 👎 on one answer. The engine decides what a rating teaches (engine/routing-feedback.ts, the same path as
 * POST /v1/routing/feedback); this only sends it and shows the engine's one-line answer.
 */
export function FeedbackButtons({ decision }: { decision: Decision }): React.JSX.Element {
  const api = useApi();
  const [rated, setRated] = useState<Rating | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const rate = (rating: Rating): void => {
    setRated(rating);
    api.invoke('feedback.send', { decision: decision.id, signal: rating }).then(
      (result) => setNote(result.recorded ? 'Thanks: routing on this device learns from it.' : `Noted; not used for routing (${result.reason}).`),
      (e: unknown) => setNote(`Could not record it: ${asError(e).message}`),
    );
  };
  return <FeedbackView rated={rated} note={note} onRate={rate} />;
}

export function FeedbackView({ rated, note, onRate }: { rated: Rating | null; note: string | null; onRate: (rating: Rating) => void }): React.JSX.Element {
  // One rating per answer: the engine counts only the first, so the buttons say so by staying pressed.
  // The words beside the emoji are for systems without an emoji font.
  return (
    <span className="feedback" role="group" aria-label="Rate this answer">
      <button type="button" className="small" aria-label="Good answer" aria-pressed={rated === 'good'} disabled={rated !== null} onClick={() => onRate('good')}>👍 Good</button>
      <button type="button" className="small" aria-label="Bad answer" aria-pressed={rated === 'bad'} disabled={rated !== null} onClick={() => onRate('bad')}>👎 Bad</button>
      {note !== null && <span className="muted feedback-note" role="status">{note}</span>}
    </span>
  );
}
