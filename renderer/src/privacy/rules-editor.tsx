import { useState } from 'react';
import type { z } from 'zod';
import type { privacyRulesSchema } from '../../../shared/ipc';
import type { PrivacyAction, PrivacyUserRule } from '../../../shared/settings/privacy';
import { TypeActions } from './type-actions';

export type PrivacyRules = z.infer<typeof privacyRulesSchema>;

export interface RulesEditorProps {
  rules: PrivacyRules;
  onSave: (rules: PrivacyRules) => void;
  saving?: boolean;
}

/** Allow / redact / keep local per kind of finding (grouped, in plain words), and the user's own rules. */
export function RulesEditor({ rules, onSave, saving = false }: RulesEditorProps): React.JSX.Element {
  const [draft, setDraft] = useState<PrivacyRules>(rules);
  const [adding, setAdding] = useState(emptyRule);
  const setAction = (type: string, action: PrivacyAction, category: boolean): void => setDraft(category
    ? { ...draft, categories: { ...draft.categories, [type]: action } }
    : { ...draft, entities: { ...draft.entities, [type]: action } });
  const addRule = (): void => {
    const rule = ruleFrom(adding);
    if (rule === null) return;
    setDraft({ ...draft, rules: [...draft.rules, rule] });
    setAdding(emptyRule);
  };

  return (
    <form className="rules-editor" aria-label="Privacy rules" onSubmit={(e) => { e.preventDefault(); onSave(draft); }}>
      <p className="muted action-legend">
        <strong>Redact</strong>: replaced by a placeholder such as [EMAIL_1] before any cloud model sees it (the same one all through a
        conversation), and put back in the answer. <strong>Keep local</strong>: the whole request stays on this machine.
      </p>
      <TypeActions entities={draft.entities} categories={draft.categories} onChange={setAction} />
      <h3>Your rules</h3>
      <ul className="user-rules">
        {draft.rules.length === 0 && <li className="muted">No rules of your own yet.</li>}
        {draft.rules.map((rule, i) => (
          <li key={`${rule.name}-${i}`}>
            <label><input type="checkbox" checked={rule.enabled} onChange={(e) => setDraft({ ...draft, rules: draft.rules.map((r, j) => (j === i ? { ...r, enabled: e.target.checked } : r)) })} /> {rule.name}</label>
            <span className="muted"> {describe(rule)}</span>
            <button type="button" className="small" aria-label={`Remove rule ${rule.name}`} onClick={() => setDraft({ ...draft, rules: draft.rules.filter((_, j) => j !== i) })}>Remove</button>
          </li>
        ))}
      </ul>
      <fieldset className="add-rule">
        <legend>Add a rule</legend>
        <select aria-label="Rule kind" value={adding.kind} onChange={(e) => setAdding({ ...adding, kind: e.target.value as NewRule['kind'] })}>
          <option value="keyword">keywords</option>
          <option value="regex">regular expression</option>
          <option value="client">client (always local)</option>
        </select>
        <input aria-label="Rule name" placeholder="Name, e.g. Project Falcon" value={adding.name} onChange={(e) => setAdding({ ...adding, name: e.target.value })} />
        <input aria-label={valueLabel[adding.kind]} placeholder={valueLabel[adding.kind]} value={adding.value} onChange={(e) => setAdding({ ...adding, value: e.target.value })} />
        {adding.kind !== 'client' && (
          <select aria-label="Rule action" value={adding.action} onChange={(e) => setAdding({ ...adding, action: e.target.value === 'redact' ? 'redact' : 'never-cloud' })}>
            <option value="never-cloud">keep local</option>
            <option value="redact">redact</option>
          </select>
        )}
        <button type="button" onClick={addRule}>Add rule</button>
      </fieldset>
      <button type="submit" disabled={saving}>{saving ? 'Saving…' : 'Save rules'}</button>
    </form>
  );
}

const ruleActionWords: Record<'redact' | 'never-cloud', string> = { redact: 'redact', 'never-cloud': 'keep local' };

function describe(rule: PrivacyUserRule): string {
  switch (rule.kind) {
    case 'keyword': return `${ruleActionWords[rule.action]}: ${rule.keywords.join(', ')}`;
    case 'regex': return `${ruleActionWords[rule.action]}: /${rule.pattern}/${rule.flags}`;
    case 'client': return `local for client ${rule.client}`;
    case 'mode': return `local in ${rule.mode} mode`;
  }
}

interface NewRule {
  kind: 'keyword' | 'regex' | 'client';
  name: string;
  value: string;
  action: 'redact' | 'never-cloud';
}
const emptyRule: NewRule = { kind: 'keyword', name: '', value: '', action: 'never-cloud' };
const valueLabel: Record<NewRule['kind'], string> = {
  keyword: 'Keywords, comma separated',
  regex: 'Pattern, e.g. PRJ-\\d{4}',
  client: 'Client name (User-Agent product)',
};

/** The engine validates again (regex safety included) when the rules are saved. */
function ruleFrom(input: NewRule): PrivacyUserRule | null {
  const name = input.name.trim();
  const value = input.value.trim();
  if (name === '' || value === '') return null;
  switch (input.kind) {
    case 'keyword': {
      const keywords = value.split(',').map((w) => w.trim()).filter((w) => w.length >= 2);
      return keywords.length === 0 ? null : { kind: 'keyword', name, enabled: true, action: input.action, keywords, caseSensitive: false };
    }
    case 'regex': return { kind: 'regex', name, enabled: true, action: input.action, pattern: value, flags: 'i' };
    case 'client': return { kind: 'client', name, enabled: true, client: value };
  }
}
