import { privacyGroups, privacyTypeLabels, typesInGroup, type PrivacyType } from '../../../shared/privacy-labels';
import type { PrivacyAction } from '../../../shared/settings/privacy';

export const actions: readonly PrivacyAction[] = ['allow', 'redact', 'never-cloud'];
/** Column heads in plain words; the action names stay in each radio's accessible name. */
const actionHeads: Record<PrivacyAction, { head: string; title: string }> = {
  allow: { head: 'Allow', title: 'Sent as it is, also to a cloud model' },
  redact: { head: 'Redact', title: 'Replaced by a placeholder such as [EMAIL_1] before any cloud send; the answer gets the real value back' },
  'never-cloud': { head: 'Keep local', title: 'The whole request stays on this machine' },
};

export interface TypeActionsProps {
  entities: Record<string, PrivacyAction>;
  categories: Record<string, PrivacyAction>;
  onChange: (type: string, action: PrivacyAction, category: boolean) => void;
}

/** Allow / redact / keep local for every kind of finding, grouped, each with its plain name and an example. */
export function TypeActions({ entities, categories, onChange }: TypeActionsProps): React.JSX.Element {
  const current = { ...entities, ...categories };
  const isCategory = (type: string): boolean => Object.hasOwn(categories, type);
  // An engine newer than this UI may know types the table does not: they are still shown, by name.
  const unknown = Object.keys(current).filter((type) => !Object.hasOwn(privacyTypeLabels, type));
  const groups = [
    ...privacyGroups.map((g) => ({ id: g.id, title: g.title, types: typesInGroup(g.id).filter((t) => Object.hasOwn(current, t)) as string[] })),
    { id: 'other', title: 'Other', types: unknown },
  ].filter((g) => g.types.length > 0);
  return (
    <table className="type-actions">
      <thead>
        <tr>
          <th scope="col">Found in a message</th>
          {actions.map((a) => <th key={a} scope="col" title={actionHeads[a].title}>{actionHeads[a].head}</th>)}
        </tr>
      </thead>
      {groups.map((group) => (
        <tbody key={group.id} data-group={group.id}>
          <tr className="group-head"><th scope="rowgroup" colSpan={actions.length + 1}>{group.title}</th></tr>
          {group.types.map((type) => (
            <ActionRow key={type} type={type} action={current[type] ?? 'allow'} category={isCategory(type)} onChange={(a) => onChange(type, a, isCategory(type))} />
          ))}
        </tbody>
      ))}
    </table>
  );
}

function ActionRow({ type, action, category, onChange }: { type: string; action: PrivacyAction; category: boolean; onChange: (a: PrivacyAction) => void }): React.JSX.Element {
  const words = Object.hasOwn(privacyTypeLabels, type) ? privacyTypeLabels[type as PrivacyType] : undefined;
  return (
    <tr data-rule={type}>
      <th scope="row">
        <span className="type-label">{words?.label ?? type}</span>
        <span className="type-example">
          {words !== undefined && <>e.g. {words.example}</>}
          <span className="type-hint">{type}{category ? ' · topic' : ''}</span>
        </span>
      </th>
      {actions.map((a) => (
        <td key={a}>
          <input type="radio" name={`action-${type}`} value={a} checked={action === a} aria-label={`${type}: ${a}`} title={`${words?.label ?? type}: ${actionHeads[a].title}`} onChange={() => onChange(a)} />
        </td>
      ))}
    </tr>
  );
}
