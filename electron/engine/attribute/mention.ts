/** Turns a source phrase (token range) into a Mention with the name it contains. */
import { mentionKind, nameRun, type TokenRange } from './phrases';
import type { Token } from './tokens';
import type { Mention } from './types';

/** Honorifics and titles that precede a name but are not part of it. */
export const TITLES = new Set(
  (
    'mr mr. mrs mrs. ms ms. dr dr. miss sen sen. rep rep. gov gov. gen gen. lt lt. col col. sgt sgt. capt capt. ' +
    'maj maj. adm adm. prof prof. rev rev. president vice secretary senator representative governor minister ' +
    'prime foreign chancellor general attorney judge justice speaker leader chairman chairwoman chair chief ' +
    'director mayor king queen prince princess crown pope ambassador spokesman spokeswoman adviser advisor envoy ' +
    'councillor councilor councilman councilwoman alderman commissioner sir dame lord lady congressman congresswoman sheriff officer detective pastor reverend ' +
    'former then-president president-elect state of the u.s. us u.s u.k. uk russian american kremlin white ' +
    'house democratic republican gop deputy acting assistant first national security press'
  ).split(' '),
);

function isApostrophe(code: number): boolean {
  return code === 0x2019 || code === 39;
}

/** The word without a final ’s, then without a final apostrophe ("Putin’s" → "Putin", "dogs’" → "dogs"). */
function stripPossessive(word: string): string {
  let end = word.length;
  if (end >= 2 && word.charCodeAt(end - 1) === 115 && isApostrophe(word.charCodeAt(end - 2))) end -= 2;
  if (end >= 1 && isApostrophe(word.charCodeAt(end - 1))) end--;
  return end === word.length ? word : word.slice(0, end);
}

/** Title words that can be dropped from the front of a name ("Secretary of State", "Kremlin spokesman"). */
const CONNECTORS = new Set(['of', 'the', 'for']);

/**
 * The bare name in a run of capitalised words: everything up to the last title word dropped
 * ("United States Secretary of State Marco Rubio" → "Marco Rubio"), possessive removed; the last word
 * always stays ("President Obama" → "Obama").
 */
export function bareName(words: readonly string[]): string | null {
  let cut = 0;
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i]!.toLowerCase();
    if (TITLES.has(w) && !CONNECTORS.has(w)) cut = i + 1;
  }
  while (cut < words.length - 1 && CONNECTORS.has(words[cut]!.toLowerCase())) cut++;
  // The kept words, possessives stripped and empty ones dropped, joined by spaces (built directly: this
  // runs for every capitalised run of every article).
  let name = '';
  for (let i = cut; i < words.length; i++) {
    const w = stripPossessive(words[i]!);
    if (w.length > 0) name = name.length === 0 ? w : `${name} ${w}`;
  }
  return name.length === 0 ? null : name;
}

// A module constant: a regex literal allocates a new RegExp each time it is evaluated.
const POSSESSIVE = /[’']s$/u;

export function mentionOf(text: string, tokens: readonly Token[], range: TokenRange): Mention {
  const first = tokens[range.from]!;
  const last = tokens[range.to - 1]!;
  const kind = mentionKind(tokens, range);
  let name: string | null = null;
  if (kind === 'name') {
    const run = nameRun(tokens, range);
    if (run) name = bareName(tokens.slice(run.from, run.to).map((t) => t.text));
  } else if (kind === 'description') {
    // "Ushakov’s remarks": the possessive name is the source.
    const run = nameRun(tokens, range);
    const head = last.lower;
    if (run && ['remarks', 'comments', 'statement', 'words', 'tweet', 'office', 'campaign', 'spokesman', 'spokeswoman', 'spokesperson'].includes(head)) {
      const words = tokens.slice(run.from, run.to).map((t) => t.text);
      if (POSSESSIVE.test(words[words.length - 1] ?? '')) name = bareName(words);
    }
  }
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end), kind, name };
}
