/**
 * Detail stage: one group of versions → the contract's QuoteGroup plus the comparison of every
 * version with a reference version: labelled word changes with their places in the articles,
 * a one-line summary, the wording class and speaker flags.
 */
import type { AlignedGroup, QuoteVersion, WordChange } from '../../../shared/alignment';
import type { Wording } from '../../../shared/types';
import { compareTokens, worse, type Comparison } from './compare';
import { alignWords } from './words';
import { speakerFlags } from './speakers';
import { summarise, wordsOf } from './summary';
import type { Token } from './tokens';
import type { Version } from './versions';
import type { SynonymLookup } from './wordnet';

/**
 * The reference: a version from an article not flagged as a spun copy, quoted directly rather than
 * reported, the fullest (most words), then the first in article order.
 */
export function chooseReference(versions: readonly Version[], spun: ReadonlySet<string>): number {
  let best = 0;
  for (let i = 1; i < versions.length; i++) if (betterReference(versions[i]!, versions[best]!, spun)) best = i;
  return best;
}

/** Compared in turn: not in a spun copy, then quoted directly, then words; the first wins ties. */
function betterReference(v: Version, w: Version, spun: ReadonlySet<string>): boolean {
  const sv = spun.has(v.articleId) ? 0 : 1;
  const sw = spun.has(w.articleId) ? 0 : 1;
  if (sv !== sw) return sv > sw;
  const dv = v.kind === 'indirect' ? 0 : 1;
  const dw = w.kind === 'indirect' ? 0 : 1;
  if (dv !== dw) return dv > dw;
  return v.tokens.length > w.tokens.length;
}

/**
 * What a comparison with the reference depends on of a version's words, as one string (their keys
 * and the punctuation before each), once per token list: a version's text recurs across articles.
 */
const wordsKeys = new WeakMap<readonly Token[], string>();
function wordsKey(tokens: readonly Token[]): string {
  let key = wordsKeys.get(tokens);
  if (key === undefined) wordsKeys.set(tokens, (key = tokens.map((t) => `${t.keyId}${t.sep}`).join(' ')));
  return key;
}

/** What a version's comparison with the reference gives every version with its token list. */
interface Described {
  readonly cmp: Comparison;
  /** The one-line summary. */
  readonly summary: string;
  /** Each change's words as written: reference then version, two strings per change. */
  readonly words: readonly string[];
}

/** A version's comparison, summary and changed words, from the reference's and its own tokens. */
function described(ref: Version, tokens: readonly Token[], cmp: Comparison): Described {
  const words: string[] = [];
  for (const c of cmp.changes) words.push(wordsOf(ref.tokens, c.refFrom, c.refTo), wordsOf(tokens, c.verFrom, c.verTo));
  return { cmp, summary: summarise(ref.tokens, tokens, cmp.changes, cmp.wording), words };
}

/** The changes of one version: the described words plus where each change sits in its own quotes. */
function wordChanges(d: Described, ver: Version): WordChange[] {
  const changes = d.cmp.changes;
  const out: WordChange[] = new Array<WordChange>(changes.length);
  for (let k = 0; k < changes.length; k++) {
    const c = changes[k]!;
    const hasWords = c.verTo > c.verFrom;
    const first = hasWords ? ver.tokens[c.verFrom]! : null;
    const last = hasWords ? ver.tokens[c.verTo - 1]! : null;
    const quote = first ? ver.quotes[first.part] ?? null : null;
    const lastQuote = last ? ver.quotes[last.part] ?? null : null;
    out[k] = {
      kind: c.kind,
      place: c.place,
      reference: d.words[2 * k]!,
      version: d.words[2 * k + 1]!,
      marked: c.marked,
      quoteId: quote ? quote.id : null,
      start: quote && first ? quote.start + first.start : -1,
      // A change spanning two parts of a split utterance ends in the part its last word is in.
      end: quote && last ? (lastQuote === quote ? quote.start + last.end : quote.end) : -1,
    };
  }
  return out;
}

/**
 * The versions of one group compared with its reference. Versions with the same words compare the
 * same way: each distinct wording is aligned once (keyed by `wordsKey`: the same key string means
 * as many words, so a comparison fits every version with it). Between direct quotes synonyms only
 * label substitutions and the alignment is word for word (far faster); where rewording is expected
 * (reported speech, a spun copy) synonyms align words too. A token list recurs across articles:
 * what depends on it alone is looked up by the list itself first, so the key string is sought once
 * per list, not once per version.
 */
class Comparisons {
  private readonly byWords = new Map<string, Comparison>();
  private readonly paraphrasedByWords = new Map<string, Comparison>();
  private readonly byTokens = new Map<readonly Token[], Described>();
  private readonly paraphrasedByTokens = new Map<readonly Token[], Described>();

  /** Every comparison paraphrases (the reference is in a spun copy); otherwise only a version in a spun copy, or a reported version against a reported reference. */
  private readonly allParaphrased: boolean;
  private readonly refIndirect: boolean;

  constructor(
    private readonly ref: Version,
    private readonly spun: ReadonlySet<string>,
    private readonly synonyms: SynonymLookup | null,
  ) {
    this.allParaphrased = spun.has(ref.articleId);
    this.refIndirect = ref.kind === 'indirect';
  }

  /** What comparing `v` with the reference gives. */
  describe(v: Version): Described {
    const { ref, spun, synonyms } = this;
    const paraphrase = this.allParaphrased || spun.has(v.articleId) || (this.refIndirect && v.kind === 'indirect');
    const known = paraphrase ? this.paraphrasedByTokens : this.byTokens;
    let d = known.get(v.tokens);
    if (d === undefined) {
      const cache = paraphrase ? this.paraphrasedByWords : this.byWords;
      const key = wordsKey(v.tokens);
      let cmp = cache.get(key);
      if (!cmp) {
        const matches = alignWords(ref.tokens, v.tokens, { synonyms: paraphrase ? synonyms : null });
        cache.set(key, (cmp = compareTokens(ref.tokens, v.tokens, synonyms, matches)));
      }
      known.set(v.tokens, (d = described(ref, v.tokens, cmp)));
    }
    return d;
  }
}

/** Builds the aligned group for versions (in version order) with the given id. */
export function describeGroup(
  id: string,
  versions: readonly Version[],
  spun: ReadonlySet<string>,
  synonyms: SynonymLookup | null,
): AlignedGroup {
  const r = chooseReference(versions, spun);
  const ref = versions[r]!;
  const { speakers, flags } = speakerFlags(versions, ref);
  let wording: Wording = 'identical';
  const comparisons = versions.length > 1 ? new Comparisons(ref, spun, synonyms) : null;
  const quoteIds: string[] = [];
  // One object literal per version (not a spread of shared fields): 175,000 versions for 10,000 articles.
  const out: QuoteVersion[] = new Array<QuoteVersion>(versions.length);
  for (let i = 0; i < versions.length; i++) {
    const v = versions[i]!;
    const ids = v.quotes.length === 1 ? [v.quotes[0]!.id] : v.quotes.map((q) => q.id);
    for (const q of ids) quoteIds.push(q);
    if (i === r) {
      out[i] = { quoteIds: ids, articleId: v.articleId, text: v.text, speaker: v.speaker, speakerFlag: flags[i]!, isReference: true, wording: 'identical', changes: [], summary: 'Reference version.' };
      continue;
    }
    const d = comparisons!.describe(v);
    wording = worse(wording, d.cmp.wording);
    out[i] = {
      quoteIds: ids,
      articleId: v.articleId,
      text: v.text,
      speaker: v.speaker,
      speakerFlag: flags[i]!,
      isReference: false,
      wording: d.cmp.wording,
      changes: wordChanges(d, v),
      summary: d.summary,
    };
  }
  return {
    id,
    quoteIds,
    wording: versions.length > 1 ? wording : null,
    speakerConflict: speakers.length > 1,
    reference: r,
    versions: out,
    speakers,
    unattributed: versions.some((v) => v.speaker === null),
  };
}
