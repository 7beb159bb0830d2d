import { useState } from 'react';
import type { z } from 'zod';
import type { privacyRulesSchema } from '../../../shared/ipc';
import type { PrivacyAction, PrivacyUserRule } from '../../../shared/settings/privacy';

export type PrivacyRules = z.infer<typeof privacyRulesSchema>;
const actions: readonly PrivacyAction[] = ['allow', 'redact', 'never-cloud'];

export interface RulesEditorProps {
  rules: PrivacyRules;
  onSave: (rules: PrivacyRules) => void;
  saving?: boolean;
}

/** Allow / redact / never-cloud per entity type and category, and the user's keyword and regex rules. */
export function RulesEditor({ rules, onSave, saving = false }: RulesEditorProps): React.JSX.Element {
  const [draft, setDraft] = useState<PrivacyRules>(rules);
  const [keyword, setKeyword] = useState({ name: '', words: '', action: 'never-cloud' as 'redact' | 'never-cloud' });
  const setEntity = (type: string, action: PrivacyAction): void => setDraft({ ...draft, entities: { ...draft.entities, [type]: action } });
  const setCategory = (type: string, action: PrivacyAction): void => setDraft({ ...draft, categories: { ...draft.categories, [type]: action } });
  const addKeywordRule = (): void => {
    const keywords = keyword.words.split(',').map((w) => w.trim()).filter((w) => w.length >= 2);
    if (keyword.name.trim() === '' || keywords.length === 0) return;
    const rule: PrivacyUserRule = { kind: 'keyword', name: keyword.name.trim(), enabled: true, action: keyword.action, keywords, caseSensitive: false };
    setDraft({ ...draft, rules: [...draft.rules, rule] });
    setKeyword({ name: '', words: '', action: 'never-cloud' });
  };

  return (
    <form className="rules-editor" aria-label="Privacy rules" onSubmit={(e) => { e.preventDefault(); onSave(draft); }}>
      <table>
        <thead><tr><th scope="col">Found in a message</th>{actions.map((a) => <th key={a} scope="col">{a}</th>)}</tr></thead>
        <tbody>
          {Object.entries(draft.entities).map(([type, action]) => (
            <ActionRow key={type} type={type} action={action} onChange={(a) => setEntity(type, a)} />
          ))}
          {Object.entries(draft.categories).map(([type, action]) => (
            <ActionRow key={type} type={type} action={action} category onChange={(a) => setCategory(type, a)} />
          ))}
        </tbody>
      </table>
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
        <legend>Add a keyword rule</legend>
        <input aria-label="Rule name" placeholder="Name, e.g. Project Falcon" value={keyword.name} onChange={(e) => setKeyword({ ...keyword, name: e.target.value })} />
        <input aria-label="Keywords, comma separated" placeholder="falcon, hawk-7" value={keyword.words} onChange={(e) => setKeyword({ ...keyword, words: e.target.value })} />
        <select aria-label="Rule action" value={keyword.action} onChange={(e) => setKeyword({ ...keyword, action: e.target.value === 'redact' ? 'redact' : 'never-cloud' })}>
          <option value="never-cloud">never-cloud</option>
          <option value="redact">redact</option>
        </select>
        <button type="button" onClick={addKeywordRule}>Add rule</button>
      </fieldset>
      <button type="submit" disabled={saving}>{saving ? 'Saving…' : 'Save rules'}</button>
    </form>
  );
}

function ActionRow({ type, action, category = false, onChange }: { type: string; action: PrivacyAction; category?: boolean; onChange: (a: PrivacyAction) => void }): React.JSX.Element {
  return (
    <tr data-rule={type}>
      <th scope="row">{type}{category && <span className="muted"> (topic)</span>}</th>
      {actions.map((a) => (
        <td key={a}>
          <input type="radio" name={`action-${type}`} value={a} checked={action === a} aria-label={`${type}: ${a}`} onChange={() => onChange(a)} />
        </td>
      ))}
    </tr>
  );
}

function describe(rule: PrivacyUserRule): string {
  switch (rule.kind) {
    case 'keyword': return `${rule.action}: ${rule.keywords.join(', ')}`;
    case 'regex': return `${rule.action}: /${rule.pattern}/${rule.flags}`;
    case 'client': return `local for client ${rule.client}`;
    case 'mode': return `local in ${rule.mode} mode`;
  }
}
