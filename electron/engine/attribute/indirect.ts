/**
 * Reported speech without quotation marks, one sentence at a time:
 * `X said (that) …`, `…, X said.`, `…, said X.`, `…, X said, …` (split), `According to X, …` and `…, according to X.`
 */
import { cueAt, learnedCueBefore, type CueHit } from './cues';
import { isPlausibleSource, skipModifiersLeft, subjectAfter, subjectBefore, type TokenRange } from './phrases';
import type { Token } from './tokens';

export interface Paraphrase {
  readonly cue: CueHit;
  readonly source: TokenRange;
  /** One or two content parts (two when the attribution splits the sentence). */
  readonly parts: readonly TokenRange[];
  readonly confidence: number;
}

/** Words that may follow a cue before the reported content starts ("told reporters on Monday that"). */
const AFTER_CUE = new Set(
  'that reporters journalists me us him her them in on at to a an the statement interview this last week monday tuesday wednesday thursday friday saturday sunday morning night evening afternoon later earlier also'.split(' '),
);

const OPENERS = new Set(['but', 'and', 'so', 'still', 'yet', 'meanwhile', 'however', 'now', 'later', 'instead', 'also', 'separately']);

/** Drops trailing punctuation and leading commas/"that"/openers of a content range; null if too short. */
function content(tokens: readonly Token[], from: number, to: number): TokenRange | null {
  let a = from;
  let b = to;
  while (a < b && (tokens[a]!.kind === 'punct' || tokens[a]!.lower === 'that')) a++;
  while (b > a && tokens[b - 1]!.kind === 'punct') b--;
  let words = 0;
  for (let k = a; k < b; k++) if (tokens[k]!.kind === 'word') words++;
  return words >= 3 ? { from: a, to: b } : null;
}

function isComma(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'punct' && t.text === ',';
}

/** Where the reported content starts after a cue: past its audience, time phrase and "that". */
function contentStart(tokens: readonly Token[], cueEnd: number, to: number): number {
  let k = cueEnd;
  while (k < to && k < cueEnd + 6) {
    const t = tokens[k]!;
    if (t.kind === 'word' && AFTER_CUE.has(t.lower)) {
      k++;
      if (t.lower === 'that') break;
      continue;
    }
    if (t.kind === 'punct' && (t.text === ',' || t.text === ':')) {
      k++;
      continue;
    }
    break;
  }
  // Only skip the audience when a "that" or a comma closed it; otherwise the words were content.
  const skipped = tokens.slice(cueEnd, k);
  return skipped.some((t) => t.lower === 'that' || t.text === ',' || t.text === ':') ? k : cueEnd;
}

/** Length of the tail after a cue that is only modifiers/time phrase (the attribution ends the sentence). */
function tailIsShort(tokens: readonly Token[], cueEnd: number, to: number): boolean {
  let words = 0;
  for (let k = cueEnd; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word') words++;
    else if (t.text !== '.' && t.text !== '!' && t.text !== '?') return false;
  }
  return words <= 5;
}

/** The paraphrase in sentence tokens [from, to), or null. The sentence holds no quotation. */
export function findParaphrase(tokens: readonly Token[], from: number, to: number): Paraphrase | null {
  for (let k = from; k < to; k++) {
    const hit = cueAt(tokens, k) ?? learnedCueBefore(tokens, k);
    if (!hit || !hit.speech) continue;
    if (hit.according) {
      const source = subjectAfter(tokens, hit.to, to);
      if (!source) continue;
      const before = content(tokens, from, k);
      const after = content(tokens, source.to, to);
      const parts = [before, after].filter((p): p is TokenRange => p !== null);
      if (parts.length > 0) return { cue: hit, source, parts, confidence: 0.8 };
      continue;
    }
    const source = subjectBefore(tokens, k, from);
    if (source) {
      if (!isPlausibleSource(tokens, source) || (hit.learned && source.to - source.from > 4)) continue;
      const lead = skipModifiersLeft(tokens, source.from - 1, from);
      const contentBefore = lead >= from && isComma(tokens[source.from - 1]) ? content(tokens, from, source.from) : null;
      if (contentBefore && tailIsShort(tokens, hit.to, to)) {
        return { cue: hit, source, parts: [contentBefore], confidence: 0.8 };
      }
      if (contentBefore && isComma(tokens[hit.to])) {
        const rest = content(tokens, hit.to, to);
        return { cue: hit, source, parts: rest ? [contentBefore, rest] : [contentBefore], confidence: 0.75 };
      }
      // Source at the start of the sentence (after an opener): the content follows the cue.
      const openerOnly = tokens.slice(from, source.from).every((t) => t.kind === 'punct' || OPENERS.has(t.lower));
      const afterOpener = lead < from || isComma(tokens[source.from - 1]) || openerOnly;
      if (afterOpener) {
        const after = content(tokens, contentStart(tokens, hit.to, to), to);
        if (after) return { cue: hit, source, parts: [after], confidence: hit.learned ? 0.6 : 0.8 };
      }
      continue;
    }
    // "…, said X."
    if (isComma(tokens[k - 1]) && !hit.learned) {
      const after = subjectAfter(tokens, hit.to, to);
      if (after && isPlausibleSource(tokens, after) && tailIsShort(tokens, after.to, to)) {
        const before = content(tokens, from, k);
        if (before) return { cue: hit, source: after, parts: [before], confidence: 0.75 };
      }
    }
  }
  return null;
}
