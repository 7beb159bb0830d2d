/**
 * Settings written before the one rule language kept privacy rules (`privacy.rules`, by `kind`) and routing rules
 * (`router.rules`) apart. This moves both into `rules` — privacy rules first, as they were applied first — so an
 * old file keeps loading and means what it meant. It only reshapes: the rule schema validates the result, and an
 * error then names the field under `rules`. Input that is not an object passes through for the schema to refuse.
 */
export function migrateRules(input: unknown): unknown {
  if (!isRecord(input)) return input;
  const privacy = isRecord(input.privacy) ? input.privacy : undefined;
  const router = isRecord(input.router) ? input.router : undefined;
  const legacyPrivacy = Array.isArray(privacy?.rules) ? privacy.rules : [];
  const legacyRouting = Array.isArray(router?.rules) ? router.rules : [];
  if (privacy?.rules === undefined && router?.rules === undefined) return input;

  const out: Record<string, unknown> = { ...input };
  if (privacy !== undefined) out.privacy = without(privacy, 'rules');
  if (router !== undefined) out.router = without(router, 'rules');
  const current = Array.isArray(input.rules) ? input.rules : [];
  const migrated = [...legacyPrivacy.map(fromPrivacyRule), ...legacyRouting.map(fromRoutingRule)];
  out.rules = uniqueNames([...current, ...migrated], current.length);
  return out;
}

function fromPrivacyRule(rule: unknown): unknown {
  if (!isRecord(rule)) return rule;
  const base = { name: rule.name, ...(rule.enabled === undefined ? {} : { enabled: rule.enabled }) };
  const action = rule.action ?? 'never-cloud';
  switch (rule.kind) {
    case 'keyword':
      return { ...base, action, match: { keywords: rule.keywords, ...(rule.caseSensitive === true ? { caseSensitive: true } : {}) } };
    case 'regex': {
      const flags = typeof rule.flags === 'string' ? rule.flags : 'i';
      const extra = flags.replaceAll('i', '');
      return {
        ...base, action,
        match: { regex: rule.pattern, ...(flags.includes('i') ? {} : { caseSensitive: true }), ...(extra === '' ? {} : { regexFlags: extra }) },
      };
    }
    case 'client':
      return { ...base, action: 'never-cloud', match: { clients: [rule.client] } };
    case 'mode':
      return { ...base, action: 'never-cloud', match: { modes: [rule.mode] } };
    default:
      return rule;
  }
}

/** Routing keywords used to match anywhere in a word; a trailing `*` keeps them matching words they begin. */
function fromRoutingRule(rule: unknown): unknown {
  if (!isRecord(rule) || !isRecord(rule.match) || !Array.isArray(rule.match.keywords)) return rule;
  const keywords = rule.match.keywords.map((k: unknown) => (typeof k === 'string' && /[\p{L}\p{N}_]$/u.test(k) ? `${k}*` : k));
  return { ...rule, match: { ...rule.match, keywords } };
}

/** Rules from the two old lists may share a name; later ones get " (2)", " (3)"… so both stay addressable. */
function uniqueNames(rules: unknown[], keepFirst: number): unknown[] {
  const taken = new Set<string>();
  return rules.map((rule, index) => {
    if (!isRecord(rule) || typeof rule.name !== 'string') return rule;
    let name = rule.name;
    if (index >= keepFirst) for (let n = 2; taken.has(name); n += 1) name = `${rule.name} (${n})`;
    taken.add(name);
    return name === rule.name ? rule : { ...rule, name };
  });
}

function without(record: Record<string, unknown>, key: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
