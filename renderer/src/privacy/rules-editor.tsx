import { useState } from 'react';
import type { z } from 'zod';
import type { privacyRulesSchema } from '../../../shared/ipc';
import type { PrivacyAction } from '../../../shared/settings/privacy';
import type { Rule, RuleAction } from '../../../shared/settings/rules';
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
        <select aria-label="Rule kind" value={adding.kind} onChange={(e) => setAdding(withKind(adding, e.target.value as NewRule['kind']))}>
          <option value="keyword">keywords</option>
          <option value="regex">regular expression</option>
          <option value="client">client</option>
        </select>
        <input aria-label="Rule name" placeholder="Name, e.g. Project Falcon" value={adding.name} onChange={(e) => setAdding({ ...adding, name: e.target.value })} />
        <input aria-label={valueLabel[adding.kind]} placeholder={valueLabel[adding.kind]} value={adding.value} onChange={(e) => setAdding({ ...adding, value: e.target.value })} />
        <select aria-label="Rule action" value={adding.action} onChange={(e) => setAdding({ ...adding, action: e.target.value as NewRule['action'] })}>
          {actionsFor(adding.kind).map((action) => <option key={action} value={action}>{actionWords[action]}</option>)}
        </select>
        <button type="button" onClick={addRule}>Add rule</button>
      </fieldset>
      <button type="submit" disabled={saving}>{saving ? 'Saving…' : 'Save rules'}</button>
    </form>
  );
}

type AddableAction = Exclude<RuleAction, 'use-model'>;

const actionWords: Record<AddableAction, string> = {
  'never-cloud': 'keep local',
  redact: 'redact',
  allow: 'allow (not sensitive)',
  'always-local': 'answer locally',
  'always-cloud': 'answer in the cloud',
};

/** Redact and allow act on matched text, so a client rule cannot take them. */
function actionsFor(kind: NewRule['kind']): AddableAction[] {
  return kind === 'client' ? ['never-cloud', 'always-local', 'always-cloud'] : ['never-cloud', 'redact', 'allow', 'always-local', 'always-cloud'];
}

/** One line in plain words: "keep local: falcon, osprey", "answer in the cloud: from client acme". */
export function describe(rule: Rule): string {
  const m = rule.match;
  const what: string[] = [];
  if (m.keywords !== undefined) what.push(m.keywords.join(', '));
  if (m.regex !== undefined) what.push(`/${m.regex}/`);
  if (m.clients !== undefined) what.push(`from client ${m.clients.join(' or ')}`);
  if (m.modes !== undefined) what.push(`in ${m.modes.join(' or ')} mode`);
  if (m.taskTypes !== undefined) what.push(`task ${m.taskTypes.join(' or ')}`);
  if (m.minTokens !== undefined || m.maxTokens !== undefined) what.push(`${m.minTokens ?? 0}–${m.maxTokens ?? '∞'} tokens`);
  if (m.conversationIds !== undefined) what.push(`in ${m.conversationIds.length} conversation${m.conversationIds.length > 1 ? 's' : ''}`);
  const action = rule.action === 'use-model' ? `use ${rule.model ?? '?'}` : actionWords[rule.action];
  return `${action}: ${what.join(', ')}`;
}

interface NewRule {
  kind: 'keyword' | 'regex' | 'client';
  name: string;
  value: string;
  action: AddableAction;
}
const emptyRule: NewRule = { kind: 'keyword', name: '', value: '', action: 'never-cloud' };
const valueLabel: Record<NewRule['kind'], string> = {
  keyword: 'Keywords, comma separated',
  regex: 'Pattern, e.g. PRJ-\\d{4}',
  client: 'Client name (User-Agent product)',
};

function withKind(rule: NewRule, kind: NewRule['kind']): NewRule {
  return { ...rule, kind, action: actionsFor(kind).includes(rule.action) ? rule.action : 'never-cloud' };
}

/** The engine validates again (regex safety included) when the rules are saved. */
function ruleFrom(input: NewRule): Rule | null {
  const name = input.name.trim();
  const value = input.value.trim();
  if (name === '' || value === '') return null;
  const base = { name, enabled: true, action: input.action };
  switch (input.kind) {
    case 'keyword': {
      const keywords = value.split(',').map((w) => w.trim()).filter((w) => w.length >= 2);
      return keywords.length === 0 ? null : { ...base, match: { keywords } };
    }
    case 'regex': return { ...base, match: { regex: value } };
    case 'client': return { ...base, match: { clients: [value] } };
  }
}
