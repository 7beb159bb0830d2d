/**
 * Seeded generator of labelled training text for the PII tagger: PERSON and STREET_ADDRESS character spans.
 * Run: npx tsx tools/train-pii/generate.ts [--count N] [--seed S] > tools/train-pii/work/train.jsonl
 * (The trainer calls generateExamples in process; the file is only for looking at the data.)
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { firstNames } from '../../electron/core/privacy/detectors/first-names';
import { loadBackground, type Background } from './background';
import { addressLines, chance, city, company, country, int, jobTitle, mulberry32, nameParts, personName, pick, region, seedFaker, streetName, titleCaseThing, unitAlone, type Rng } from './entities';
import { nonNames } from './lists';
import { addressTemplates, codeTemplates, negativeTemplates, personTemplates, recordTemplates } from './templates';
import { addressContextTemplates, personContextTemplates } from './templates-context';

export interface Example {
  text: string;
  spans: { type: 'PERSON' | 'STREET_ADDRESS'; start: number; end: number }[];
}

type Casing = 'as-is' | 'lower' | 'upper' | 'lower-entities';

class Doc {
  text = '';
  spans: Example['spans'] = [];
  constructor(private readonly casing: Casing) {}

  plain(part: string): void {
    this.text += this.casing === 'lower' ? part.toLowerCase() : this.casing === 'upper' ? part.toUpperCase() : part;
  }

  entity(type: 'PERSON' | 'STREET_ADDRESS', value: string): void {
    const cased = this.casing === 'upper' ? value.toUpperCase() : this.casing === 'as-is' ? value : value.toLowerCase();
    const start = this.text.length;
    this.text += cased;
    this.spans.push({ type, start, end: this.text.length });
  }
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function date(rng: Rng): string {
  const r = rng();
  if (r < 0.3) return `${pick(rng, months)} ${int(rng, 1, 28)}`;
  if (r < 0.5) return `${int(rng, 1, 28)} ${pick(rng, months)} ${int(rng, 1990, 2027)}`;
  if (r < 0.7) return `${int(rng, 1, 12)}/${int(rng, 1, 28)}/${int(rng, 2000, 2027)}`;
  return pick(rng, ['Monday', 'Tuesday', 'Friday', 'next week', 'tomorrow', months[int(rng, 0, 11)]!]);
}

function email(rng: Rng): string {
  const { first, last } = nameParts(rng);
  const ascii = (s: string): string => s.normalize('NFD').replace(/[^\w]/g, '').toLowerCase() || 'user';
  return `${ascii(first)}.${ascii(last)}@${pick(rng, ['gmail.com', 'example.org', 'outlook.com', 'company.io'])}`;
}

/** What else stands where a name or an address could: the label must come from the words, not from the slot. */
const notPeople = ['my mom', 'my dad', 'the team', 'her', 'him', 'them', 'everyone', 'the landlord', 'my boss', 'the client',
  'our neighbours', 'the HR department', 'Support', 'the Sales team', 'my sister', 'my wife', 'the doctor', 'a friend',
  'the manager', 'customer service', 'the new hire', 'the author', 'you', 'me', 'us', 'all of you', 'the committee',
  'the kids', 'my grandmother', 'the recruiter', 'the vendor', 'IT', 'the board', 'the teacher', 'someone', 'nobody'];
const notAddresses = ['the office', 'the main entrance', 'home', 'the same address', 'my work address', 'the airport',
  'the front desk', 'the second floor', 'the usual place', 'the station', 'the warehouse', 'my place', 'the hotel lobby',
  'the address on file', 'the link below', 'the downtown branch', 'the north gate', 'your inbox', 'the cafe next door'];

function fill(doc: Doc, template: string, rng: Rng): void {
  const parts = template.split(/(\{[A-Z]+\})/);
  for (const part of parts) {
    if ((part === '{P}' || part === '{F}' || part === '{L}' || part === '{T}') && chance(rng, 0.2)) {
      const r = rng();
      // Companies are often made of surnames ("Schmidt, Weber and Sons"): a third of the stand-ins.
      doc.plain(r < 0.5 ? pick(rng, notPeople) : r < 0.75 ? company(rng) : r < 0.85 ? pick(rng, [...nonNames.tech, ...nonNames.brands]) : r < 0.88 ? titleCaseThing(rng) : r < 0.94 ? city(rng) : jobTitle());
      continue;
    }
    if ((part === '{A}' || part === '{AB}') && chance(rng, 0.15)) {
      const r = rng();
      doc.plain(r < 0.5 ? pick(rng, notAddresses) : r < 0.75 ? city(rng) : r < 0.85 ? `${city(rng)}, ${country()}` : `${company(rng)} headquarters`);
      continue;
    }
    switch (part) {
      case '{P}':
        doc.entity('PERSON', personName(rng));
        break;
      case '{F}':
        doc.entity('PERSON', nameParts(rng).first);
        break;
      case '{L}':
        doc.entity('PERSON', nameParts(rng).last);
        break;
      case '{U}':
        doc.entity('STREET_ADDRESS', unitAlone(rng));
        break;
      case '{SN}':
        doc.entity('STREET_ADDRESS', streetName(rng));
        break;
      case '{T}': {
        const title = pick(rng, ['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Mr', 'Dr', 'Herr', 'Mme']);
        // The title belongs to the name span, as most annotators mark it.
        doc.entity('PERSON', `${title} ${chance(rng, 0.3) ? nameParts(rng).full : nameParts(rng).last}`);
        break;
      }
      case '{A}':
        doc.entity('STREET_ADDRESS', addressLines(rng).join(chance(rng, 0.8) ? ', ' : ' '));
        break;
      case '{AB}':
        doc.entity('STREET_ADDRESS', addressLines(rng).join('\n'));
        break;
      case '{C}':
        doc.plain(city(rng));
        break;
      case '{CO}':
        doc.plain(company(rng));
        break;
      case '{CT}':
        doc.plain(country());
        break;
      case '{R}':
        doc.plain(region(rng));
        break;
      case '{J}':
        doc.plain(jobTitle());
        break;
      case '{X}':
        doc.plain(titleCaseThing(rng));
        break;
      case '{NN}':
        doc.plain(pick(rng, [...nonNames.tech, ...nonNames.brands, ...(chance(rng, 0.2) ? nonNames.listed : [])]));
        break;
      case '{PH}':
        doc.plain(pick(rng, nonNames.phrases));
        break;
      case '{N}':
        doc.plain(String(int(rng, 1, chance(rng, 0.5) ? 999 : 99999)));
        break;
      case '{D}':
        doc.plain(date(rng));
        break;
      case '{EM}':
        doc.plain(email(rng));
        break;
      case '{TEL}':
        doc.plain(`+${int(rng, 1, 49)} ${int(rng, 100, 999)} ${int(rng, 100, 999)} ${int(rng, 1000, 9999)}`);
        break;
      default:
        doc.plain(part);
    }
  }
}

/** Letters and listed words used as things: "Plan B. Each…", "from 1 to T. Then…", "Venus and Mars". */
function lettersAndThings(rng: Rng): string {
  const letter = (): string => String.fromCharCode(65 + int(rng, 0, 25));
  const r = rng();
  if (r < 0.3) return `${pick(rng, ['Plan', 'Option', 'Part', 'Group', 'Team', 'Type', 'Section', 'Exhibit', 'Case'])} ${letter()}${pick(rng, ['. Each', '. Then', ' and ', ', ', '. The', ' is ', '.'])}${pick(rng, [' client', ' step', ' option', ''])}`;
  if (r < 0.5) return `numbers from 1 to ${letter()}. ${pick(rng, ['Then', 'Each', 'Find', 'Output'])} the ${pick(rng, ['sum', 'answer', 'result'])}.`;
  const things = nonNames.listed;
  return `${pick(rng, things)}${pick(rng, [' and ', ', ', ' or ', ' vs '])}${pick(rng, things)}${pick(rng, [' are ', ' is ', '. ', ' in '])}${pick(rng, ['popular', 'the topic', 'next', 'listed below', 'here'])}`;
}

/** A sentence that starts with a capitalised non-name: "Python is…", "Explain…". */
function capitalisedStart(rng: Rng): string {
  return `${pick(rng, nonNames.verbsAtStart)} ${pick(rng, ['the', 'this', 'a', 'my', 'our', 'it'])} ${pick(rng, ['plan', 'code', 'report', 'idea', 'list', 'email', 'result'])}${pick(rng, ['.', '?', '!', ''])}`;
}

const titleCase = (s: string): string => s.replace(/(^|\s)(\p{Ll})/gu, (_m, a: string, b: string) => a + b.toUpperCase());

/** Real text, re-cased as people write it: as is, first letter up, Title Case, ALL CAPS. */
function recase(rng: Rng, text: string): string {
  const r = rng();
  if (r < 0.4) return text;
  if (r < 0.82) return text.charAt(0).toUpperCase() + text.slice(1);
  if (r < 0.93) return titleCase(text);
  return text.toUpperCase();
}

const hex = (rng: Rng, n: number): string => Array.from({ length: n }, () => '0123456789abcdef'[int(rng, 0, 15)]).join('');

/** Technical strings that look like numbers of people or places but are not: ids, versions, hashes, times, sizes. */
function technical(rng: Rng): string {
  const n = (lo: number, hi: number): number => int(rng, lo, hi);
  const pieces = [
    () => `order #${n(1000, 99999999)}`, () => `Order ${n(100, 9999)}-${n(1000, 9999)}-${n(1000, 9999)} shipped`,
    () => `tracking 1Z${hex(rng, 6).toUpperCase()}${n(10000000, 99999999)}`, () => `ISBN ${n(978, 979)}-${n(0, 9)}-${n(100, 999)}-${n(10000, 99999)}-${n(0, 9)}`,
    () => `v${n(0, 20)}.${n(0, 30)}.${n(0, 99)}`, () => `version ${n(1, 9)}.${n(0, 9)}.${n(0, 9)}.${n(0, 99)}`, () => `node ${n(14, 24)}.${n(0, 20)}.${n(0, 9)}`,
    () => `build ${n(100, 99999)}`, () => `Release ${n(1, 9)}.${n(0, 9)}.${n(0, 9)} is out`, () => `sha256 ${hex(rng, 64)}`, () => `commit ${hex(rng, 40)}`,
    () => `md5 ${hex(rng, 32)}`, () => `${hex(rng, 8)}-${hex(rng, 4)}-${hex(rng, 4)}-${hex(rng, 4)}-${hex(rng, 12)}`,
    () => `${n(2000, 2030)}-${String(n(1, 12)).padStart(2, '0')}-${String(n(1, 28)).padStart(2, '0')}T${n(10, 23)}:${n(10, 59)}:${n(10, 59)}.${n(100, 999)}Z`,
    () => `${n(10, 23)}:${n(10, 59)}:${n(10, 59)}`, () => `${n(1, 28)}/${n(1, 12)}/${n(2000, 2030)} ${n(10, 23)}:${n(10, 59)}`, () => `${n(1600000000, 1800000000)}${n(100, 999)} ms`,
    () => `$${n(1, 999)},${n(100, 999)}.${n(10, 99)}`, () => `€${n(1, 9)}.${n(100, 999)},${n(10, 99)}`, () => `${n(1, 99)}.${n(0, 9)}% off`,
    () => `lat ${(rng() * 180 - 90).toFixed(4)}, lon ${(rng() * 360 - 180).toFixed(4)}`, () => `${n(320, 7680)}x${n(200, 4320)}`, () => `matrix ${n(2, 9)}x${n(2, 9)}`,
    () => `section ${n(1, 20)}.${n(1, 20)}`, () => `ports ${n(1000, 9000)}-${n(9001, 9999)}`, () => `range ${n(100, 999)}-${n(1000, 9999)}`,
    () => `${n(2, 9)}x^2 + ${n(2, 9)}x - ${n(1, 9)} = 0`, () => `c = ${n(1, 9)}.${n(1000000, 9999999)}`, () => `/usr/local/lib/node_modules/${pick(rng, ['npm', 'tsx', 'vite'])}/bin`,
    () => `https://example.com/${pick(rng, ['api', 'docs', 'v2'])}/${n(1, 999)}?page=${n(1, 9)}`, () => `HTTP ${pick(rng, ['200', '404', '500', '503'])} after ${n(1, 999)} ms`,
    () => `room ${n(100, 999)}, floor ${n(1, 30)}`, () => `${n(1, 500)} ${pick(rng, ['users', 'rows', 'items', 'tests', 'files', 'people', 'apples'])}`,
    () => `Step ${n(1, 9)}: ${pick(rng, ['Install', 'Open', 'Run', 'Configure'])} ${pick(rng, nonNames.tech)}`, () => `| ${n(1, 9)} | ${n(10, 99)} | ${n(100, 999)} |`,
  ];
  return Array.from({ length: int(rng, 1, 4) }, () => pick(rng, pieces)()).join(pick(rng, [', ', '; ', ' and ', '\n', '. ']));
}

/** Numbers as they come in data and puzzles: lists, tuples, sample input/output, tables. */
function numbers(rng: Rng): string {
  const n = int(rng, 2, 12);
  const value = (): string => (chance(rng, 0.3) ? (rng() * 100).toFixed(int(rng, 1, 3)) : String(int(rng, 0, chance(rng, 0.5) ? 20 : 99999)));
  const list = Array.from({ length: n }, value);
  const r = rng();
  if (r < 0.1) return Array.from({ length: n }, () => pick(rng, ['YES', 'NO', 'Yes', 'No', 'True', 'False', '-1', '0'])).join('\n');
  if (r < 0.2) return Array.from({ length: int(rng, 2, 6) }, () => `${city(rng)}\t${value()}`).join('\n');
  if (r < 0.3) return `[${list.join(', ')}]`;
  if (r < 0.45) return `(${list.slice(0, 3).join(', ')})`;
  if (r < 0.65) return `Input\n${list.join('\n')}\nOutput\n${value()}`;
  if (r < 0.8) return list.join(chance(rng, 0.5) ? ' ' : ',');
  return `| ${list.slice(0, 4).join(' | ')} |\n| ${Array.from({ length: 4 }, value).join(' | ')} |`;
}

let background: Background = { prose: [], code: [] };

/** Generated text around a real request: a greeting, a sign-off, a chat-log speaker, an address to use. */
function carrier(doc: Doc, rng: Rng): void {
  const text = recase(rng, pick(rng, background.prose));
  const r = rng();
  if (r < 0.2) {
    doc.plain(pick(rng, ['Hi ', 'Hey ', 'Dear ', 'Hello ', '']));
    fill(doc, '{F}', rng);
    doc.plain(pick(rng, [', ', ' - ', '. ', ',\n']) + text);
  } else if (r < 0.4) {
    doc.plain(text + pick(rng, ['\n', ' - ', '. Thanks, ', '\n\nBest,\n', '\n-- \n']));
    fill(doc, '{P}', rng);
  } else if (r < 0.55) {
    fill(doc, '{P}', rng);
    doc.plain(`: ${text}`);
  } else if (r < 0.7) {
    doc.plain(`${text}${pick(rng, ['. ', ' ', '\n'])}${pick(rng, ['my address is ', 'ship to ', 'I live at ', 'Address: ', 'send it to '])}`);
    fill(doc, '{A}', rng);
  } else if (r < 0.85) {
    doc.plain(`${text}${pick(rng, [' for ', ' with ', ' to ', ' from ', ' and '])}`);
    fill(doc, '{P}', rng);
  } else {
    fill(doc, '{A}', rng);
    doc.plain(pick(rng, ['\n', ' - ', ': ']) + text);
  }
}

/** People and places in real requests that a name or an address can stand in for. */
const personSlot = /\b(?:me|him|her|them|someone|somebody|my (?:mom|dad|mother|father|wife|husband|friend|boss|sister|brother|son|daughter|neighbou?r|colleague|coworker|teacher|doctor|partner|girlfriend|boyfriend)|the (?:user|customer|client|manager|person))\b/i;
const placeSlot = /\b(?:(?:to|at|from|near) )(home|work|my house|my place|the store|the restaurant|the airport|the office|the hotel|the mall|the bank)\b/i;

/** A real request with one person or place in it replaced by a generated name or address. */
function substitute(doc: Doc, rng: Rng): boolean {
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const text = recase(rng, pick(rng, background.prose));
    const person = personSlot.exec(text);
    const place = placeSlot.exec(text);
    if (person === null && place === null) continue;
    if (person !== null && (place === null || chance(rng, 0.75))) {
      doc.plain(text.slice(0, person.index));
      fill(doc, chance(rng, 0.5) ? '{F}' : '{P}', rng);
      doc.plain(text.slice(person.index + person[0].length));
    } else if (place !== null) {
      const at = place.index + place[0].length - place[1]!.length;
      doc.plain(text.slice(0, at));
      fill(doc, '{A}', rng);
      doc.plain(text.slice(at + place[1]!.length));
    }
    return true;
  }
  return false;
}

export function generateExample(rng: Rng): Example {
  const r = rng();
  const casing: Casing = r < 0.1 ? 'lower' : r < 0.13 ? 'upper' : r < 0.2 ? 'lower-entities' : 'as-is';
  const doc = new Doc(casing);
  const kind = rng();
  if (background.prose.length > 0 && kind < 0.38) {
    // Real requests and code as negatives, alone or with a generated sentence around them.
    if (kind < 0.14) doc.plain(recase(rng, pick(rng, background.prose)));
    else if (kind < 0.23 && background.code.length > 0) doc.plain(pick(rng, background.code));
    else if (kind < 0.25) doc.plain(chance(rng, 0.5) ? numbers(rng) : technical(rng));
    else if (kind < 0.3 || !substitute(doc, rng)) carrier(doc, rng);
    return { text: doc.text, spans: doc.spans };
  }
  const pieces = chance(rng, 0.45) ? int(rng, 2, 4) : 1;
  for (let k = 0; k < pieces; k += 1) {
    if (k > 0) doc.plain(pick(rng, ['\n', '\n\n', '. ', '. ', '! ', '? ', '\n- ']));
    const c = rng();
    const template =
      c < 0.19 ? pick(rng, personTemplates)
        : c < 0.36 ? pick(rng, personContextTemplates)
          : c < 0.5 ? pick(rng, addressTemplates)
            : c < 0.56 ? pick(rng, addressContextTemplates)
          : c < 0.66 ? pick(rng, recordTemplates)
            : c < 0.85 ? pick(rng, negativeTemplates)
              : c < 0.93 ? pick(rng, codeTemplates)
                : c < 0.955 ? technical(rng)
                  : c < 0.975 ? lettersAndThings(rng)
                    : capitalisedStart(rng);
    fill(doc, template, rng);
  }
  return { text: doc.text, spans: doc.spans };
}

/** Loads the real negative text (from this repository and ../shared beside it) once. */
export function useBackground(repoRoot: string, names: ReadonlySet<string>, shared = join(repoRoot, '..', 'shared')): number {
  background = loadBackground(repoRoot, shared, firstNames, names);
  return background.prose.length + background.code.length;
}

export function generateExamples(count: number, seed: number): Example[] {
  const rng = mulberry32(seed);
  seedFaker(seed);
  return Array.from({ length: count }, () => generateExample(rng));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name: string, fallback: number): number => {
    const i = process.argv.indexOf(name);
    return i === -1 ? fallback : Number(process.argv[i + 1]);
  };
  useBackground(process.cwd(), new Set());
  for (const example of generateExamples(arg('--count', 20), arg('--seed', 1))) process.stdout.write(`${JSON.stringify(example)}\n`);
}
