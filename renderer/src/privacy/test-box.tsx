import { useState } from 'react';
import type { ChannelOutput } from '../../../shared/ipc';
import { privacyTypeLabel } from '../../../shared/privacy-labels';
import type { PrivacyAction } from '../../../shared/settings/privacy';
import { useApi } from '../app/api-context';
import { asError, ErrorBanner } from '../common/error-banner';
import { RouteLine } from './route-line';

type Result = ChannelOutput<'privacy.test'>;
type Finding = Result['entities'][number];

const actionWords: Record<PrivacyAction, string> = {
  allow: 'allowed',
  redact: 'redacted before a cloud send',
  'never-cloud': 'keeps the request on this machine',
};

/** What a finding is, in words: the type's plain name, or the user's rule that matched. */
export function findingName(finding: Pick<Finding, 'type' | 'rule'>): string {
  return finding.type === 'CUSTOM' ? `Your rule “${finding.rule ?? '?'}”` : privacyTypeLabel(finding.type);
}

/** Paste text, see what would be detected (built-in types and the user's own rules) and where the request would go. */
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
      {tested !== null && <TestResult text={tested.text} result={tested.result} />}
    </section>
  );
}

export function TestResult({ text, result }: { text: string; result: Result }): React.JSX.Element {
  const found = [...result.entities].sort((a, b) => a.start - b.start);
  return (
    <div className="test-result">
      <p className="highlighted" aria-label="Detected spans">{spansOf(text, found)}</p>
      <RouteLine decision={result.decision} redacts={found.some((f) => f.action === 'redact')} />
      <ul className="found" aria-label="Findings">
        {found.length === 0 && <li>Nothing sensitive found.</li>}
        {found.map((f, i) => (
          <li key={i} data-type={f.type}>
            <strong>{findingName(f)}</strong>: “{text.slice(f.start, f.end)}”
            {f.action !== undefined && <span className="muted"> — {actionWords[f.action]}</span>}
            {f.type !== 'CUSTOM' && <span className="type-hint">{f.type}</span>}
          </li>
        ))}
      </ul>
      <ul className="reasons" aria-label="Why">{result.decision.reasons.map((r, i) => <li key={i}>{r}</li>)}</ul>
    </div>
  );
}

function spansOf(text: string, entities: readonly Finding[]): React.ReactNode[] {
  const out: React.ReactNode[] = [];
  let last = 0;
  for (const e of entities) {
    if (e.start < last) continue;
    if (e.start > last) out.push(text.slice(last, e.start));
    const name = findingName(e);
    out.push(<mark key={e.start} data-type={e.type} data-action={e.action} title={name}>{text.slice(e.start, e.end)}<span className="mark-type">{e.type === 'CUSTOM' ? (e.rule ?? 'rule') : name}</span></mark>);
    last = e.end;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
