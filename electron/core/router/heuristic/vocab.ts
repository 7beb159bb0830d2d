/**
 * Vocabulary of the heuristic scorer as bit flags keyed by a 32-bit FNV-1a hash of the lower-cased
 * word, so scanning a prompt allocates no substrings. A hash collision with an unlisted word only
 * nudges a score; it cannot change a rule or a privacy verdict.
 */
export const Cue = {
  Greet: 1 << 0, Code: 1 << 1, CodeLang: 1 << 2, Tech: 1 << 3, Reason: 1 << 4, Explain: 1 << 5,
  Math: 1 << 6, Translate: 1 << 7, Summarize: 1 << 8, Classify: 1 << 9, Extract: 1 << 10,
  Rewrite: 1 << 11, Creative: 1 << 12, Long: 1 << 13, Short: 1 << 14, Question: 1 << 15,
  Language: 1 << 16, Imperative: 1 << 17,
  /** Not a cue: marks words that start a listed bigram, so other words skip the bigram lookup. */
  BigramHead: 1 << 18,
} as const;
export const CUE_COUNT = 18;
export type Cue = (typeof Cue)[keyof typeof Cue];

export const FNV_OFFSET = 0x811c9dc5;
export const fnvStep = (hash: number, code: number): number => Math.imul(hash ^ code, 0x01000193) >>> 0;
export const bigramKey = (a: number, b: number): number => (Math.imul(a, 0x9e3779b1) ^ b) >>> 0;

export function hashWord(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = fnvStep(h, word.charCodeAt(i));
  return h;
}

const WORDS: [Cue, string][] = [
  [Cue.Greet, 'hi hello hey hiya yo sup thanks thank thx ty bye goodbye cya morning afternoon evening night ok okay cool lol haha nice awesome cheers welcome howdy greetings'],
  [Cue.Code, 'code coding function functions class classes method methods script program implement implementation refactor debug debugging bug bugs compile compiler api apis json yaml html css regex sql query endpoint http async asyncio await def const import struct interface docker kubernetes bash shell git npm pip pytest unittest tests test exception stacktrace traceback crawler parser library framework backend frontend database variable array recursion runtime typescript'],
  [Cue.CodeLang, 'python javascript typescript java rust golang cpp csharp kotlin swift ruby php haskell scala perl lua sql bash powershell react node nodejs django flask '
    + 'pandas numpy scipy keras tensorflow pytorch sklearn selenium csv xml xaml vba vbs excel latex matlab octave verilog vhdl arduino '
    + 'nginx aws azure gcp terraform ansible jenkins webpack vite nextjs vue angular svelte flutter dart android ios swiftui unity godot '
    + 'shader glsl opengl cuda graphql grpc websocket oauth jwt ssh kubernetes docker linux dockerfile yaml jquery css html wordpress drupal '
    + 'laravel rails spring fastapi pyqt tkinter gradio streamlit pyspark spark hadoop kafka redis postgres postgresql mysql mongodb sqlite'],
  [Cue.Tech, 'algorithm algorithms complexity distributed consistency latency throughput architecture scalability scalable concurrency concurrent partition partitioned replication cryptography encryption protocol kernel theorem lemma integral derivative eigenvalue eigenvalues matrix quantum entropy probability statistics statistical regression bayesian neural gradient macroeconomic economic economics inflation monetary inequality evidence hypothesis molecular genome thermodynamics relativity irrational polynomial tenant gateway cache caching sharding consensus raft paxos periodization nutrition asymptotic optimization topology differential stochastic quantitative easing jurisdiction liability clinical pharmacology regions failover idempotent transaction transactions microservices security vulnerability'],
  [Cue.Reason, 'prove proof proofs derive derivation design designing compare comparing comparison contrast analyze analyse analysis analyzing evaluate evaluating assess justify generalize generalise critique architect tradeoff tradeoffs implications reasoning rigorous rigorously optimize optimise formalize'],
  [Cue.Explain, 'explain why how plan strategy discuss describe elaborate'],
  [Cue.Math, 'solve equation equations integral derivative probability sum prime primes theorem geometry triangle polynomial matrix vector algebra calculus fraction average root roots integer integers logarithm'],
  [Cue.Translate, 'translate translation translating translated'],
  [Cue.Summarize, 'summarize summarise summary summarization tldr recap condense gist'],
  [Cue.Classify, 'classify classification categorize categorise category sentiment spam toxic offensive threat label'],
  [Cue.Extract, 'extract extraction extracting'],
  [Cue.Rewrite, 'rewrite rephrase paraphrase proofread typo typos grammar reword reformat'],
  [Cue.Creative, 'story stories poem poems haiku limerick song lyrics joke jokes fiction novel plot tale sonnet rap slogan tagline ideas brainstorm creative essay screenplay dialogue'],
  [Cue.Long, 'detailed comprehensive thorough thoroughly exhaustive complete extensive essay'],
  [Cue.Short, 'briefly brief concise tldr shortly'],
  [Cue.Question, 'what who when where why how which is are does do can could should would will did'],
  [Cue.Language, 'french spanish german italian portuguese japanese chinese mandarin korean russian arabic dutch hindi english polish swedish turkish greek'],
  [Cue.Imperative, 'write create build implement make generate give list explain describe design prove compare develop draft produce'],
];

const BIGRAMS: [Cue, string][] = [
  [Cue.Long, 'in detail|in depth|step by'],
  [Cue.Reason, 'trade off|trade offs|and cons|failure modes'],
  [Cue.Short, 'one sentence|one line|one word|a sentence|or no|tl dr|in short|one paragraph'],
  [Cue.Summarize, 'tl dr|sum up'],
  [Cue.Classify, 'or negative|is this'],
  [Cue.Extract, 'pull out|find all|list all'],
  [Cue.Translate, 'you say'],
  [Cue.Rewrite, 'the typo|numbered list|bullet list|bulleted list|more formal|less formal'],
  [Cue.Creative, 'short story'],
  [Cue.Greet, 'are you|good morning|good night'],
];

function build(): { words: Map<number, number>; bigrams: Map<number, number> } {
  const words = new Map<number, number>();
  for (const [cue, list] of WORDS) {
    for (const w of list.split(' ')) words.set(hashWord(w), (words.get(hashWord(w)) ?? 0) | cue);
  }
  const bigrams = new Map<number, number>();
  for (const [cue, list] of BIGRAMS) {
    for (const pair of list.split('|')) {
      const [a, b] = pair.split(' ') as [string, string];
      const key = bigramKey(hashWord(a), hashWord(b));
      bigrams.set(key, (bigrams.get(key) ?? 0) | cue);
      words.set(hashWord(a), (words.get(hashWord(a)) ?? 0) | Cue.BigramHead);
    }
  }
  return { words, bigrams };
}

export const { words: WORD_CUES, bigrams: BIGRAM_CUES } = build();

export const AND_HASH = hashWord('and');
