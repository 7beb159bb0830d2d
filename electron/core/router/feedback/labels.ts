import type { Target } from '../../../../shared/decision';
import type { FeedbackSignal } from '../../../../shared/feedback';
import type { Label } from './adjustment';

export type LabelOutcome = { label: Label; why: string } | { label: null; why: string };

/**
 * What a user signal teaches the router, given who served the answer (after fallbacks). The one mapping: the
 * HTTP endpoint and the desktop UI both come through here.
 *   local answer  👎 → 1 (the local model was not good enough)     👍 → 0 (the cheaper model was enough)
 *   local answer  "Run again in the cloud" → 1                     "Run again locally" → nothing (a retry)
 *   cloud answer  "Run again locally" → 0 (the cloud was not needed)
 *   cloud answer  👎 → nothing: a poor cloud answer says nothing about whether a local model would have done
 *                 better, and it must not push requests toward the cloud.
 *   cloud answer  👍 → nothing: it says the cloud answer was good, not that the cloud was needed; reading it as
 *                 "needed" would drift everything cloudward (more cost), reading it as "enough" is unfounded.
 *   tier-0        nothing: no model answered, the score did not decide.
 */
export function labelFor(signal: FeedbackSignal, served: Target): LabelOutcome {
  if (served === 'tier0') return { label: null, why: 'answered without a model; nothing for the router to learn' };
  if (served === 'local') {
    if (signal === 'bad') return { label: 1, why: '👎 on a local answer: the stronger model was needed' };
    if (signal === 'good') return { label: 0, why: '👍 on a local answer: the local model was enough' };
    if (signal === 'run-again-cloud') return { label: 1, why: 'run again in the cloud: the local answer was not good enough' };
    return { label: null, why: 'run again locally on a local answer is a retry, not a label' };
  }
  if (signal === 'run-again-local') return { label: 0, why: 'run again locally: the cloud was not needed' };
  if (signal === 'run-again-cloud') return { label: null, why: 'run again in the cloud on a cloud answer is a retry, not a label' };
  return { label: null, why: `${signal === 'good' ? '👍' : '👎'} on a cloud answer says nothing about whether a local model would have done` };
}
