import { useEffect, useState } from 'react';
import type { Mode } from '../../../shared/decision';
import { useApi } from '../app/api-context';
import { asError, ErrorBanner } from '../common/error-banner';
import { FeedbackPanel } from './feedback-panel';
import { RulesEditor, type PrivacyRules } from './rules-editor';
import { TestBox } from './test-box';

export function PrivacyScreen({ mode }: { mode: Mode | null }): React.JSX.Element {
  const api = useApi();
  const [rules, setRules] = useState<PrivacyRules | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    api.invoke('settings.get', {}).then((s) => setRules(s.privacy), (e: unknown) => setError(asError(e)));
  }, [api]);
  const save = (next: PrivacyRules): void => {
    setSaving(true);
    api.invoke('privacy.setRules', next).then((s) => {
      setRules(s.privacy);
      setSaved(true);
      setError(null);
    }, (e: unknown) => setError(asError(e))).finally(() => setSaving(false));
  };
  return (
    <div className="privacy">
      <section aria-label="Privacy rules">
        <h2>Privacy rules</h2>
        {mode === 'privacy' && <p className="note">Privacy mode is on: nothing goes to the cloud, whatever the rules say.</p>}
        <ErrorBanner error={error} />
        {saved && <p className="note" role="status">Rules saved; they apply to the next request.</p>}
        {rules !== null && <RulesEditor key={JSON.stringify(rules)} rules={rules} onSave={save} saving={saving} />}
      </section>
      <div>
        <TestBox />
        <FeedbackPanel />
      </div>
    </div>
  );
}
