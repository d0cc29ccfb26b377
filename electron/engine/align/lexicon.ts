/**
 * Word lists the comparison needs: function words (weighted low when judging overlap, so a shared
 * "to be president of the" is not evidence of one utterance), contractions, number words and
 * British→American spelling rules. Cosmetic equivalences live here so tokens and diff agree on them.
 */
import { words as naturalStopwords } from 'natural/lib/natural/util/stopwords.js';

/** Negations carry meaning ("not putting people back to work" is not "putting people back to work"). */
const NEGATIONS = new Set(['not', 'no', 'never', 'nothing', 'nobody', 'none', 'neither', 'nor', 'cannot']);

/** Function words: natural's English list plus auxiliaries and contraction halves it lacks, minus negations. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  [
  ...naturalStopwords,
  ...'i us am is are was were be been being have has had do does did will would shall should can could may might must not no nor yes just also going gonna know think say says said told tell let lot really actually say'.split(
    ' ',
  ),
  ].filter((w) => !NEGATIONS.has(w)),
);

/** Contraction endings and what they expand to ("we've" → "we have"), so "we've" ≡ "we have" cosmetically. */
const SUFFIXES: readonly (readonly [string, readonly string[]])[] = [
  ["n't", ['not']],
  ["'re", ['are']],
  ["'ve", ['have']],
  ["'ll", ['will']],
  ["'m", ['am']],
  ["'d", ['would']],
];

/** Irregular negative contractions whose stem is not the verb ("won't" → "will not"). */
const NEGATIVE_STEMS: Readonly<Record<string, string>> = { wo: 'will', ca: 'can', sha: 'shall', ai: 'am' };

/** Pronouns after which "'s" is "is" rather than a possessive ("it's" but not "Hillary's"). */
const S_IS = new Set(['it', 'he', 'she', 'that', 'what', 'there', 'here', 'who', 'where', 'how', 'everyone', 'nobody']);

/** Splits a lower-case word with a straight apostrophe into the words it stands for, or null. */
export function expandContraction(word: string): readonly string[] | null {
  if (word === "let's") return ['let', 'us'];
  if (word === "can't") return ['can', 'not'];
  if (word === "won't") return ['will', 'not'];
  for (const [suffix, expansion] of SUFFIXES) {
    if (word.endsWith(suffix) && word.length > suffix.length) {
      const stem = word.slice(0, -suffix.length);
      return [(Object.hasOwn(NEGATIVE_STEMS, stem) ? NEGATIVE_STEMS[stem] : undefined) ?? stem, ...expansion];
    }
  }
  if (word.endsWith("'s")) {
    const stem = word.slice(0, -2);
    if (S_IS.has(stem)) return [stem, 'is'];
  }
  return null;
}

/** Number words up to twenty and the tens, so "three" ≡ "3" (numerals vs words is cosmetic). */
const NUMBER_WORDS: Readonly<Record<string, string>> = Object.fromEntries(
  (
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen ' +
    'sixteen seventeen eighteen nineteen twenty'
  )
    .split(' ')
    .map((w, i) => [w, String(i)] as const)
    .concat(
      'thirty forty fifty sixty seventy eighty ninety'.split(' ').map((w, i) => [w, String((i + 3) * 10)] as const),
      [
        ['hundred', '100'],
        ['thousand', '1000'],
        ['million', '1000000'],
        ['percent', '%'],
        ['first', '1st'],
        ['second', '2nd'],
        ['third', '3rd'],
      ],
    ),
);

/** Whole-word British/American pairs that no suffix rule covers. */
const SPELLING_WORDS: Readonly<Record<string, string>> = {
  grey: 'gray',
  programme: 'program',
  programmes: 'programs',
  judgement: 'judgment',
  aluminium: 'aluminum',
  tyre: 'tire',
  tyres: 'tires',
  kerb: 'curb',
  cheque: 'check',
  pyjamas: 'pajamas',
  plough: 'plow',
  sceptical: 'skeptical',
  manoeuvre: 'maneuver',
  enrol: 'enroll',
  fulfil: 'fulfill',
  towards: 'toward',
  amongst: 'among',
  whilst: 'while',
  okay: 'ok',
  // Titles: "Sen. Reid" and "Senator Reid" are one wording up to style.
  sen: 'senator',
  rep: 'representative',
  gov: 'governor',
  gen: 'general',
  lt: 'lieutenant',
  col: 'colonel',
  sgt: 'sergeant',
  pres: 'president',
  dept: 'department',
  govt: 'government',
  prof: 'professor',
};

/**
 * British → American suffix rules (Oxford "-ise", "-our", "-tre", "-ogue", "-ence", doubled "l").
 * Applied to both sides alike, so a rule only needs to never map two different American words together;
 * short words are left alone because "four"/"hour" would otherwise collide with "for"/"hor".
 */
const SPELLING_RULES: readonly (readonly [RegExp, string])[] = [
  [/^(.{3,})our(s|ed|ing|able|ably|ite|ites|ful|less|hood|hoods|ly|er|ers)?$/, '$1or$2'],
  [/^(.{2,})is(e|es|ed|ing|ation|ations|er|ers)$/, '$1iz$2'],
  [/^(.{2,})ys(e|es|ed|ing)$/, '$1yz$2'],
  [/^(.{2,}[^aeiou])tre(s)?$/, '$1ter$2'],
  [/^(.{3,})ogue(s)?$/, '$1og$2'],
  [/^(def|off|pret|lic)ence(s)?$/, '$1ense$2'],
  [/^(.{2,}[aeiou])ll(ed|ing|er|ers)$/, '$1l$2'],
];

/** Maps a normalised word to its cosmetic key: numerals for number words, American spelling. */
export function cosmeticKey(word: string): string {
  const number = Object.hasOwn(NUMBER_WORDS, word) ? NUMBER_WORDS[word] : undefined;
  if (number !== undefined) return number;
  const whole = Object.hasOwn(SPELLING_WORDS, word) ? SPELLING_WORDS[word] : undefined;
  if (whole !== undefined) return whole;
  if (word.length < 6) return word;
  for (const [pattern, replacement] of SPELLING_RULES) {
    if (pattern.test(word)) return word.replace(pattern, replacement);
  }
  return word;
}
