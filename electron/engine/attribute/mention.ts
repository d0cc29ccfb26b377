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

function stripPossessive(word: string): string {
  return word.replace(/[’']s$/u, '').replace(/[’']$/u, '');
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
  const kept = words.slice(cut).map(stripPossessive).filter((w) => w.length > 0);
  if (kept.length === 0) return null;
  return kept.join(' ');
}

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
      if (/[’']s$/u.test(words[words.length - 1] ?? '')) name = bareName(words);
    }
  }
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end), kind, name };
}
