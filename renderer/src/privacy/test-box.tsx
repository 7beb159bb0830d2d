import { useState } from 'react';
import type { ChannelOutput } from '../../../shared/ipc';
import { useApi } from '../app/api-context';
import { asError, ErrorBanner } from '../common/error-banner';
import { targetLabel } from '../common/format';

type Result = ChannelOutput<'privacy.test'>;

/** Paste text, see what would be detected (highlighted spans) and where the request would go. */
export function TestBox(): React.JSX.Element {
  const api = useApi();
  const [text, setText] = useState('');
  const [tested, setTested] = useState<{ text: string; result: Result } | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const test = (): void => {
    const current = text;
    api.invoke('privacy.test', { text: current }).then((result) => {
      setTested({ text: current, result });
      setError(null);
    }, (e: unknown) => setError(asError(e)));
  };
  return (
    <section className="test-box" aria-label="Privacy test">
      <h2>Test a message</h2>
      <textarea aria-label="Text to test" rows={4} value={text} placeholder="Paste text to see what would be detected" onChange={(e) => setText(e.target.value)} />
      <button type="button" onClick={test} disabled={text.trim() === ''}>Test</button>
      <ErrorBanner error={error} />
      {tested !== null && (
        <div className="test-result">
          <p className="highlighted" aria-label="Detected spans">{spansOf(tested.text, tested.result.entities)}</p>
          <p className="route" data-target={tested.result.decision.target}>
            Would go to <strong>{targetLabel(tested.result.decision.target)}</strong> ({tested.result.decision.model}) in {tested.result.decision.mode} mode.
          </p>
          <ul className="found">
            {tested.result.entities.length === 0 && <li>Nothing sensitive found.</li>}
            {tested.result.entities.map((e, i) => <li key={i}>{e.type} at {e.start}–{e.end}</li>)}
          </ul>
          <ul className="reasons">{tested.result.decision.reasons.map((r, i) => <li key={i}>{r}</li>)}</ul>
        </div>
      )}
    </section>
  );
}

function spansOf(text: string, entities: Result['entities']): React.ReactNode[] {
  const out: React.ReactNode[] = [];
  let last = 0;
  for (const e of [...entities].sort((a, b) => a.start - b.start)) {
    if (e.start < last) continue;
    if (e.start > last) out.push(text.slice(last, e.start));
    out.push(<mark key={e.start} data-type={e.type} title={e.type}>{text.slice(e.start, e.end)}<span className="mark-type">{e.type}</span></mark>);
    last = e.end;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
