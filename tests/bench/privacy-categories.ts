/**
 * Precision and recall of the HEALTH / LEGAL / FINANCIAL detector on the hand-labelled texts of
 * tests/fixtures/privacy (dev: tuned on; held-out: written first, only measured), per category and per language.
 * A text counts as predicted for a category when the detector returns at least one span of it.
 * Run: npx tsx tests/bench/privacy-categories.ts [--errors]   (--errors lists the dev part's mistakes only)
 */
import { categoryDetector } from '../../electron/core/privacy';
import { privacyCategoryTypes, type PrivacyCategoryType } from '../../shared/settings/privacy';
import { categorySamples, type CategorySample } from '../helpers/category-fixtures';

interface Tally { tp: number; fp: number; fn: number }
const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });
const add = (t: Tally, predicted: boolean, actual: boolean): void => {
  if (predicted && actual) t.tp += 1;
  else if (predicted) t.fp += 1;
  else if (actual) t.fn += 1;
};
const ratio = (a: number, b: number): string => (b === 0 ? '  -  ' : (a / b).toFixed(3));
const row = (name: string, t: Tally, n?: number): string =>
  `${name.padEnd(14)} precision ${ratio(t.tp, t.tp + t.fp)}  recall ${ratio(t.tp, t.tp + t.fn)}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn}${n === undefined ? '' : `, texts ${n}`})`;

const predict = (text: string): Set<PrivacyCategoryType> =>
  new Set(categoryDetector.detect(text).map((span) => span.type as PrivacyCategoryType));

function report(part: 'dev' | 'heldout', samples: CategorySample[], showErrors: boolean): void {
  const perCategory = new Map(privacyCategoryTypes.map((c) => [c, tally()]));
  const perLang = new Map<string, Tally & { n: number }>();
  const anyCategory = tally();
  const errors: string[] = [];
  for (const sample of samples) {
    const predicted = predict(sample.text);
    const actual = new Set(sample.categories);
    const lang = perLang.get(sample.lang) ?? { ...tally(), n: 0 };
    lang.n += 1;
    perLang.set(sample.lang, lang);
    for (const category of privacyCategoryTypes) {
      add(perCategory.get(category)!, predicted.has(category), actual.has(category));
      add(lang, predicted.has(category), actual.has(category));
    }
    add(anyCategory, predicted.size > 0, actual.size > 0);
    const same = predicted.size === actual.size && [...actual].every((c) => predicted.has(c));
    if (!same) errors.push(`  ${sample.id}: labelled [${[...actual].join(',')}] found [${[...predicted].join(',')}]  ${sample.text.replace(/\n/g, ' ')}`);
  }
  const positives = samples.filter((s) => s.categories.length > 0).length;
  console.log(`\n${part}: ${samples.length} texts (${positives} about a person, ${samples.length - positives} look-alikes)`);
  for (const [category, t] of perCategory) console.log(row(category, t));
  console.log(row('any category', anyCategory));
  for (const [lang, t] of [...perLang].sort()) console.log(row(`lang ${lang}`, t, t.n));
  if (showErrors && part === 'dev') for (const line of errors) console.log(line);
}

const showErrors = process.argv.includes('--errors');
report('dev', categorySamples('dev'), showErrors);
report('heldout', categorySamples('heldout'), false);
