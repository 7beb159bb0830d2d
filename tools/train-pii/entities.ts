/**
 * Names and addresses for the generator: @faker-js/faker's locale data (MIT) plus the romanised lists in lists.ts,
 * written in the shapes people type them.
 */
import * as fk from '@faker-js/faker';
import type { Faker } from '@faker-js/faker';
import { romanised } from './lists';

export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
export const chance = (rng: Rng, p: number): boolean => rng() < p;
export const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
const ordinal = (n: number): string => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
const cap = (s: string): string => s.replace(/(^|[\s-])(\p{Ll})/gu, (_m, a: string, b: string) => a + b.toUpperCase());

/** Latin-script locales (weight ≈ how often their names appear) and a few in their own script. */
const nameLocales: [Faker, number][] = [
  [fk.fakerEN_US, 6], [fk.fakerEN_GB, 3], [fk.fakerEN_IE, 1], [fk.fakerEN_AU, 1], [fk.fakerEN_CA, 1], [fk.fakerDE, 3],
  [fk.fakerDE_AT, 1], [fk.fakerDE_CH, 1], [fk.fakerFR, 3], [fk.fakerFR_BE, 1], [fk.fakerFR_CA, 1], [fk.fakerES, 3],
  [fk.fakerES_MX, 2], [fk.fakerPT_BR, 2], [fk.fakerPT_PT, 1], [fk.fakerIT, 3], [fk.fakerNL, 2], [fk.fakerNL_BE, 1],
  [fk.fakerSV, 1], [fk.fakerNB_NO, 1], [fk.fakerDA, 1], [fk.fakerFI, 1], [fk.fakerPL, 2], [fk.fakerCS_CZ, 1],
  [fk.fakerSK, 1], [fk.fakerHR, 1], [fk.fakerSL_SI, 1], [fk.fakerSR_RS_latin, 1], [fk.fakerRO, 1], [fk.fakerHU, 1],
  [fk.fakerLV, 1], [fk.fakerTR, 2], [fk.fakerAZ, 1], [fk.fakerID_ID, 1], [fk.fakerVI, 2], [fk.fakerEN_IN, 3],
  [fk.fakerEN_NG, 1], [fk.fakerYO_NG, 1], [fk.fakerEN_GH, 1], [fk.fakerZU_ZA, 1], [fk.fakerAF_ZA, 1],
  [fk.fakerEN_ZA, 1], [fk.fakerRU, 1], [fk.fakerUK, 1], [fk.fakerEL, 1], [fk.fakerAR, 1], [fk.fakerFA, 1],
  [fk.fakerHE, 1], [fk.fakerJA, 1], [fk.fakerKO, 1], [fk.fakerZH_CN, 1],
];
const nameLocaleTable = nameLocales.flatMap(([f, w]) => Array.from({ length: w }, () => f));
const cultures = Object.values(romanised);
const CJK_OR_HANGUL = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

export function seedFaker(seed: number): void {
  for (const [f] of nameLocales) f.seed(seed);
  for (const f of addressFakers) f.seed(seed);
}

export interface NameParts {
  first: string;
  last: string;
  full: string;
}

/** A given and a family name of one culture. */
export function nameParts(rng: Rng): NameParts {
  if (chance(rng, 0.3)) {
    const culture = pick(rng, cultures);
    const first = cap(pick(rng, culture.first));
    const last = cap(pick(rng, culture.last));
    const eastern = (culture === romanised.chinese || culture === romanised.korean || culture === romanised.japanese || culture === romanised.vietnamese) && chance(rng, 0.4);
    return { first, last, full: eastern ? `${last} ${first}` : `${first} ${last}` };
  }
  const f = pick(rng, nameLocaleTable);
  const first = f.person.firstName();
  const last = f.person.lastName();
  const native = CJK_OR_HANGUL.test(first + last);
  return { first, last, full: native ? `${last}${f === fk.fakerJA ? ' ' : ''}${first}` : `${first} ${last}` };
}

/** How a person is written: full name, with middle initial, "Last, First", title + surname, first name only… */
export function personName(rng: Rng, parts = nameParts(rng)): string {
  const r = rng();
  if (r < 0.4) return parts.full;
  if (r < 0.48) return `${parts.first} ${String.fromCharCode(65 + int(rng, 0, 25))}. ${parts.last}`;
  if (r < 0.54) return `${parts.first} ${nameParts(rng).first} ${parts.last}`;
  if (r < 0.58) return `${parts.last}, ${parts.first}`;
  if (r < 0.62) return `${parts.first[0] ?? 'J'}. ${parts.last}`;
  if (r < 0.7) return `${pick(rng, ['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Mr', 'Ms', 'Dr', 'Prof.', 'Herr', 'Frau', 'Mme', 'Sr.', 'Sra.'])} ${parts.last}`;
  if (r < 0.9) return parts.first;
  return parts.last;
}

const addressFakers: Faker[] = [fk.fakerEN_US, fk.fakerEN_GB, fk.fakerDE, fk.fakerFR, fk.fakerES, fk.fakerIT, fk.fakerNL, fk.fakerEN_IN, fk.fakerJA, fk.fakerPT_BR, fk.fakerPL, fk.fakerSV, fk.fakerEN_AU, fk.fakerEN_CA, fk.fakerTR, fk.fakerDE_AT, fk.fakerDE_CH];
const [US, GB, DE, FR, ES, IT, NL, IN, JA, BR, PL, SE, AU, CA, TR] = addressFakers as [Faker, Faker, Faker, Faker, Faker, Faker, Faker, Faker, Faker, Faker, Faker, Faker, Faker, Faker, Faker];

/** An address as lines; joined by ", " or "\n" by the caller. Each format is one country's usual order. */
export function addressLines(rng: Rng): string[] {
  const country = pick(rng, ['us', 'us', 'us', 'us', 'gb', 'gb', 'de', 'de', 'fr', 'fr', 'es', 'it', 'nl', 'in', 'in', 'jp', 'jp', 'br', 'pl', 'se', 'au', 'ca', 'tr', 'faker']);
  const unit = (f: Faker): string => f.location.secondaryAddress();
  switch (country) {
    case 'us': {
      const r = rng();
      const street = r < 0.15 ? `PO Box ${int(rng, 1, 99999)}` : r < 0.2 ? `P.O. Box ${int(rng, 1, 9999)}` : `${US.location.buildingNumber()} ${US.location.street()}${chance(rng, 0.3) ? `${chance(rng, 0.5) ? ',' : ''} ${pick(rng, [unit(US), `Apt ${int(rng, 1, 40)}${pick(rng, ['', 'A', 'B', 'C'])}`, `#${int(rng, 1, 999)}`, `Unit ${int(rng, 1, 30)}`])}` : ''}`;
      const tail = `${US.location.city()}, ${chance(rng, 0.8) ? US.location.state({ abbreviated: true }) : US.location.state()} ${US.location.zipCode()}`;
      return chance(rng, 0.15) ? [street] : chance(rng, 0.15) ? [street, US.location.city()] : [street, tail];
    }
    case 'gb': {
      const lines = [`${chance(rng, 0.25) ? `Flat ${int(rng, 1, 30)}, ` : ''}${int(rng, 1, 250)} ${GB.location.street()}`];
      if (chance(rng, 0.8)) lines.push(GB.location.city());
      if (chance(rng, 0.8)) lines.push(GB.location.zipCode());
      return chance(rng, 0.5) && lines.length === 3 ? [lines[0]!, `${lines[1]} ${lines[2]}`] : lines;
    }
    case 'de': {
      const street = `${DE.location.street()} ${DE.location.buildingNumber()}`;
      return chance(rng, 0.8) ? [street, `${DE.location.zipCode()} ${DE.location.city()}`] : [street];
    }
    case 'fr': {
      const street = `${int(rng, 1, 120)}${chance(rng, 0.1) ? ' bis' : ''}${chance(rng, 0.5) ? ',' : ''} ${pick(rng, ['rue', 'avenue', 'boulevard', 'place', 'chemin', 'impasse', 'allée', 'quai', 'Rue', 'Avenue'])} ${pick(rng, ['de la ', 'du ', 'des ', "de l'", ''])}${FR.person.lastName()}`;
      const lines = [street];
      if (chance(rng, 0.2)) lines.unshift(`Bâtiment ${pick(rng, ['A', 'B', 'C'])}, ${int(rng, 1, 6)}e étage`);
      if (chance(rng, 0.85)) lines.push(`${FR.location.zipCode()} ${FR.location.city()}`);
      return lines;
    }
    case 'es': {
      const street = `${pick(rng, ['Calle', 'C/', 'Avenida', 'Avda.', 'Paseo', 'Plaza', 'Camino'])} ${pick(rng, ['de ', 'del ', ''])}${ES.person.lastName()}, ${int(rng, 1, 200)}${chance(rng, 0.5) ? `, ${int(rng, 1, 9)}º ${pick(rng, ['A', 'B', 'C', 'D', 'Izda.', 'Dcha.'])}` : ''}`;
      return chance(rng, 0.85) ? [street, `${ES.location.zipCode()} ${ES.location.city()}`] : [street];
    }
    case 'it': {
      const street = `${pick(rng, ['Via', 'Viale', 'Piazza', 'Corso', 'Vicolo', 'Largo', 'via'])} ${IT.person.firstName()} ${IT.person.lastName()}${chance(rng, 0.5) ? ',' : ''} ${int(rng, 1, 250)}`;
      return chance(rng, 0.85) ? [street, `${IT.location.zipCode()} ${IT.location.city()}${chance(rng, 0.5) ? ` (${pick(rng, ['RM', 'MI', 'TO', 'NA', 'FI', 'BO', 'VE'])})` : ''}`] : [street];
    }
    case 'nl': {
      const street = `${NL.location.street()} ${NL.location.buildingNumber()}`;
      return chance(rng, 0.85) ? [street, `${NL.location.zipCode()} ${NL.location.city()}`] : [street];
    }
    case 'in': {
      const lines: string[] = [];
      if (chance(rng, 0.5)) lines.push(`${pick(rng, ['Flat', 'Flat No.', 'House No.', 'Plot', '#'])} ${int(rng, 1, 999)}${pick(rng, ['', '/A', '-B'])}${chance(rng, 0.5) ? `, ${pick(rng, ['Sai', 'Shanti', 'Green', 'Royal', 'Lotus', 'Sunrise', 'Krishna'])} ${pick(rng, ['Residency', 'Apartments', 'Towers', 'Enclave', 'Heights'])}` : ''}`);
      lines.push(`${ordinal(int(rng, 1, 40))} ${pick(rng, ['Main Road', 'Cross', 'Main', 'Street', 'Cross Road'])}, ${pick(rng, ['Indiranagar', 'Koramangala', 'Andheri West', 'Bandra East', 'Salt Lake', 'T. Nagar', 'Banjara Hills', 'Sector 18', 'Jayanagar', 'Gomti Nagar', 'Model Town'])}`);
      if (chance(rng, 0.85)) lines.push(`${pick(rng, ['Bengaluru', 'Mumbai', 'Kolkata', 'Chennai', 'Hyderabad', 'Noida', 'Lucknow', 'Delhi', 'Pune', 'Ahmedabad', IN.location.city()])}${chance(rng, 0.5) ? ' - ' : ' '}${int(rng, 110001, 855999)}`);
      return lines;
    }
    case 'jp': {
      if (chance(rng, 0.3)) return [`〒${JA.location.zipCode()} ${JA.location.state()}${JA.location.city()}${JA.location.streetAddress()}`];
      const street = `${int(rng, 1, 9)}-${int(rng, 1, 30)}-${int(rng, 1, 20)} ${pick(rng, ['Shibuya', 'Jingumae', 'Nishi-Shinjuku', 'Roppongi', 'Umeda', 'Namba', 'Sakae', 'Tenjin', 'Ginza', 'Shimokitazawa', 'Nakameguro', 'Kita-Aoyama'])}${chance(rng, 0.3) ? `, Apt ${int(rng, 101, 1505)}` : ''}`;
      const ward = `${pick(rng, ['Shibuya', 'Minato', 'Shinjuku', 'Chuo', 'Kita', 'Naka', 'Setagaya', 'Meguro'])}-ku`;
      return chance(rng, 0.85) ? [street, `${ward}, ${pick(rng, ['Tokyo', 'Osaka', 'Nagoya', 'Fukuoka', 'Yokohama', 'Kyoto'])} ${int(rng, 100, 999)}-${String(int(rng, 0, 9999)).padStart(4, '0')}`] : [`${street}, ${ward}`];
    }
    case 'br':
      return [`${BR.location.street()}, ${BR.location.buildingNumber()}${chance(rng, 0.3) ? ` - ${unit(BR)}` : ''}`, `${BR.location.city()} - ${BR.location.state({ abbreviated: true })}, ${BR.location.zipCode()}`];
    case 'pl':
      return [`ul. ${PL.person.lastName()} ${PL.location.buildingNumber()}${chance(rng, 0.3) ? `/${int(rng, 1, 80)}` : ''}`, `${PL.location.zipCode()} ${PL.location.city()}`];
    case 'se':
      return [`${SE.location.street()} ${int(rng, 1, 120)}`, `${SE.location.zipCode()} ${SE.location.city()}`];
    case 'au':
      return [`${chance(rng, 0.3) ? `Unit ${int(rng, 1, 40)}/` : ''}${AU.location.buildingNumber()} ${AU.location.street()}`, `${AU.location.city()} ${AU.location.state({ abbreviated: true })} ${AU.location.zipCode()}`];
    case 'ca':
      return [`${CA.location.buildingNumber()} ${CA.location.street()}`, `${CA.location.city()}, ${CA.location.state({ abbreviated: true })} ${CA.location.zipCode()}`];
    case 'tr':
      return [`${TR.location.street()} No: ${int(rng, 1, 150)}${chance(rng, 0.5) ? ` D: ${int(rng, 1, 20)}` : ''}`, `${TR.location.zipCode()} ${TR.location.city()}`];
    default: {
      const f = pick(rng, addressFakers);
      return [f.location.streetAddress(chance(rng, 0.3)), ...(chance(rng, 0.6) ? [`${f.location.city()}${chance(rng, 0.5) ? ` ${f.location.zipCode()}` : ''}`] : [])];
    }
  }
}

/** Non-entity fillers from faker: companies, cities, countries, job titles (labelled O). */
export function company(rng: Rng): string {
  return pick(rng, addressFakers).company.name();
}
export function city(rng: Rng): string {
  return pick(rng, [US, GB, DE, FR, ES, IT, NL, IN, BR, AU]).location.city();
}
export function country(): string {
  return US.location.country();
}
export function region(rng: Rng): string {
  return pick(rng, [US, US, GB, DE, FR, IT, ES, IN, AU]).location.state();
}
export function jobTitle(): string {
  return US.person.jobTitle();
}
/**
 * A capitalised thing that is no person: a product, car, dog breed, dish, song, genre, element, county or shop
 * department ("Honda Altima", "Basset Fauve de Bretagne", "Kiwiberry And Mulberry Tart"). Title Case words in
 * running text are often these; without them the tagger learns "two capitalised words = a name".
 */
export function titleCaseThing(rng: Rng): string {
  const r = rng();
  if (r < 0.2) return US.commerce.productName();
  if (r < 0.35) return US.vehicle.vehicle();
  if (r < 0.5) return US.animal.dog();
  if (r < 0.65) return US.food.dish();
  if (r < 0.75) return US.music.songName();
  if (r < 0.82) return US.music.genre();
  if (r < 0.88) return US.science.chemicalElement().name;
  if (r < 0.94) return US.location.county();
  return US.commerce.department();
}
/** An apartment, flat or suite on its own, as people name where they live inside a building. */
export function unitAlone(rng: Rng): string {
  if (chance(rng, 0.4)) return US.location.secondaryAddress();
  return `${pick(rng, ['Apt', 'Apt.', 'Apartment', 'Flat', 'Unit', 'Suite', 'Ste', '#', 'Wohnung', 'Appartement', 'Piso'])} ${int(rng, 1, 999)}${pick(rng, ['', '', 'A', 'B', 'C'])}`;
}
export function streetName(rng: Rng): string {
  return pick(rng, [US, GB, DE, NL, SE]).location.street();
}

/** Gazetteer source lists from faker's locale data, lower-case. */
export function fakerNameLists(): { first: Set<string>; last: Set<string>; city: Set<string>; region: Set<string> } {
  const first = new Set<string>();
  const last = new Set<string>();
  const cityNames = new Set<string>();
  const regions = new Set<string>();
  const flat = (value: unknown): string[] =>
    Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : value !== null && typeof value === 'object' ? Object.values(value).flatMap(flat) : [];
  const add = (set: Set<string>, words: string[]): void => {
    for (const w of words) for (const part of w.toLowerCase().split(/[\s]+/)) if (part.length > 1 && !part.includes('{')) set.add(part);
  };
  for (const [f] of [...nameLocales, ...addressFakers.map((f) => [f, 1] as const)]) {
    const defs = f.rawDefinitions;
    add(first, flat(defs.person?.first_name));
    add(first, flat(defs.person?.middle_name));
    add(last, flat(defs.person?.last_name));
    add(cityNames, flat(defs.location?.city_name));
    add(regions, [...flat(defs.location?.state), ...flat(defs.location?.country)]);
  }
  for (const culture of cultures) {
    for (const w of culture.first) first.add(w);
    for (const w of culture.last) last.add(w);
  }
  return { first, last, city: cityNames, region: regions };
}
