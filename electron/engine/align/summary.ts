/**
 * Summarise stage: a version's changes → one line a fact-checker can read at a glance, e.g.
 * "3 words substituted (need→wish, able→capable, normally→usually); 9 words added at the end".
 */
import type { Wording } from '../../../shared/types';
import type { TokenChange } from './compare';
import type { Token } from './tokens';

/** Words of a token range as written, contraction halves shown once. */
export function wordsOf(tokens: readonly Token[], from: number, to: number): string {
  const out: string[] = [];
  let last: Token | null = null;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (last && t.contraction && last.contraction && last.start === t.start && last.part === t.part) continue;
    out.push(t.raw);
    last = t;
  }
  return out.join(' ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function examples(pairs: readonly string[]): string {
  const shown = pairs.slice(0, 4).join(', ');
  return pairs.length > 4 ? `${shown}, …` : shown;
}

const PLACE_WORDS = { start: 'at the start', inside: 'inside', end: 'at the end' } as const;

/** One line describing how a version differs from the reference. */
export function summarise(
  ref: readonly Token[],
  ver: readonly Token[],
  changes: readonly TokenChange[],
  wording: Wording,
): string {
  if (changes.length === 0) return 'Same words as the reference.';
  const parts: string[] = [];
  const subs = changes.filter((c) => (c.kind === 'synonym' || c.kind === 'changed') && c.place === null);
  if (subs.length > 0) {
    const pairs = subs.map((c) => `${wordsOf(ref, c.refFrom, c.refTo)}→${wordsOf(ver, c.verFrom, c.verTo)}`);
    const synonyms = subs.filter((c) => c.kind === 'synonym').length;
    const note = synonyms > 0 && synonyms < subs.length ? `, ${synonyms} of them synonyms` : synonyms > 0 ? ', all synonyms' : '';
    parts.push(`${plural(subs.length, 'word')} substituted (${examples(pairs)})${note}`);
  }
  const spelling = changes.filter((c) => c.kind === 'spelling');
  if (spelling.length > 0) {
    const pairs = spelling.map((c) => `${wordsOf(ref, c.refFrom, c.refTo)}→${wordsOf(ver, c.verFrom, c.verTo)}`);
    parts.push(`${plural(spelling.length, 'spelling variant')} (${examples(pairs)})`);
  }
  const cut = changes.find((c) => c.kind === 'omitted' && c.verTo > c.verFrom);
  if (cut) parts.push(`cut off mid-word ("${wordsOf(ver, cut.verFrom, cut.verTo)}")`);
  for (const kind of ['inserted', 'omitted'] as const) {
    for (const place of ['start', 'inside', 'end'] as const) {
      const here = changes.filter((c) => c.kind === kind && c.place === place && !(c.kind === 'omitted' && c.verTo > c.verFrom));
      if (here.length === 0) continue;
      // Words as written: a contraction's two halves are one word.
      const count = (text: string): number => (text === '' ? 0 : text.split(' ').length);
      const n = here.reduce((s, c) => s + count(kind === 'inserted' ? wordsOf(ver, c.verFrom, c.verTo) : wordsOf(ref, c.refFrom, c.refTo)), 0);
      const verb = kind === 'inserted' ? 'added' : 'left out';
      const marked = here.every((c) => c.marked) ? (kind === 'inserted' ? ' (in brackets)' : ' (marked by an ellipsis)') : '';
      parts.push(`${plural(n, 'word')} ${verb} ${PLACE_WORDS[place]}${marked}`);
    }
  }
  const punctuation = changes.filter((c) => c.kind === 'punctuation').length;
  if (punctuation > 0) parts.push(`punctuation differs in ${plural(punctuation, 'place')}`);
  const line = parts.join('; ');
  const text = line.charAt(0).toUpperCase() + line.slice(1);
  void wording;
  return `${text}.`;
}
