/**
 * The attribute stage: QuoteScan → Statements. Sentence by sentence, each quotation gets the attribution
 * after it, else before it, else the paraphrase it sits in; a sentence or paragraph that is only a
 * quotation continues the speaker before it (or a colon introduction ending the previous paragraph);
 * sentences without quotations are searched for reported speech.
 */
import type { QuoteKind } from '../../../shared/types';
import type { QuoteScan, QuoteSpan } from '../quotes';
import { splitSentences } from '../segment/sentences';
import { cueAt, type CueHit } from './cues';
import { CUE_MODIFIERS } from './lexicon';
import { findParaphrases, partsBeforeQuote, type Paraphrase } from './indirect';
import { mentionOf } from './mention';
import { isPlausibleSource, subjectBefore, type TokenRange } from './phrases';
import { attributionAfter, attributionBefore, isEmbedded, type QuoteAttribution } from './quoted';
import { tokenize, type Token } from './tokens';
import type { Attributed, CueSpan, Mention, Statement } from './types';

export type { Attributed, CueSpan, Mention, Statement } from './types';

/** A speaker a later quotation may continue. */
interface Speaker {
  readonly source: Mention;
  readonly cue: CueSpan | null;
  readonly utterance: number;
  readonly quoted: boolean;
}

function cueSpan(text: string, tokens: readonly Token[], cue: CueHit): CueSpan {
  const start = tokens[cue.from]!.start;
  const end = tokens[cue.to - 1]!.end;
  return { start, end, text: text.slice(start, end) };
}

/** The quotation closed right after a comma, question or exclamation mark (`,”`), as attributed quotes do. */
function closedOnPunct(text: string, span: QuoteSpan): boolean {
  if (!span.closed) return false;
  const last = text[span.end - 1];
  const next = text[span.end];
  return next === ',' || last === '?' || last === '!' || last === ',' || last === '—';
}

/** The sentence is quotations only, give or take a connective ("But “…”"). */
function onlyQuotesAndPunct(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word' && !(k === from && ['but', 'and', 'so', 'still', 'yet', 'also', 'or'].includes(t.lower))) return false;
  }
  return true;
}

/** The sentence starting at token `from` opens with "he/she (also) VERBed": a continuing report. */
function nextOpensWithPronounCue(tokens: readonly Token[], from: number): boolean {
  const first = tokens[from];
  if (!first || !['he', 'she'].includes(first.lower)) return false;
  for (let k = from + 1; k < from + 4 && k < tokens.length; k++) {
    if (cueAt(tokens, k)?.speech) return true;
    if (!CUE_MODIFIERS.has(tokens[k]!.lower)) return false;
  }
  return false;
}

function hasQuote(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.kind === 'quote') return true;
  return false;
}

function onlyConnectors(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word' && !['and', 'or', 'but', 'then'].includes(t.lower)) return false;
  }
  return true;
}

/** Speaker of a colon introduction ending a paragraph ("Cruz continued:"), for the quotes that follow. */
function colonIntroduction(text: string, tokens: readonly Token[], from: number, to: number): { source: Mention; cue: CueSpan } | null {
  const last = tokens[to - 1];
  if (!last || last.kind !== 'punct' || last.text !== ':') return null;
  for (let k = to - 2; k >= from; k--) {
    const hit = cueAt(tokens, k);
    if (!hit) continue;
    const source = subjectBefore(tokens, k, from);
    if (source && isPlausibleSource(tokens, source)) return { source: mentionOf(text, tokens, source), cue: cueSpan(text, tokens, hit) };
  }
  return null;
}

/**
 * One paragraph's pass: its tokens and quotations, the statements found so far, and the last speaker.
 * Helpers take it as an argument instead of closing over it: tsx (which runs the bench and the evals)
 * wraps every named closure in a defineProperty call, a measurable cost when made per paragraph.
 */
interface ParagraphPass {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly quotes: readonly QuoteSpan[];
  readonly paragraph: number;
  readonly statements: Statement[];
  last: Speaker | null;
}

function push(pass: ParagraphPass, s: Omit<Statement, 'paragraph'>): void {
  pass.statements.push({ start: s.start, end: s.end, kind: s.kind, cue: s.cue, source: s.source, confidence: s.confidence, utterance: s.utterance, paragraph: pass.paragraph });
  if (s.source) pass.last = { source: s.source, cue: s.cue, utterance: s.utterance, quoted: s.kind !== 'indirect' };
}

/** The words of the quotation whose placeholder is token `k`. */
function quoteText(pass: ParagraphPass, k: number): string {
  const span = pass.quotes[pass.tokens[k]!.quote]!;
  return pass.text.slice(span.start, span.end);
}

/** The paraphrase a quotation (token `k`) sits in ("“Obamacare” is failing, Trump said"). */
function paraphraseAround(paraphrases: readonly Paraphrase[], k: number): Paraphrase | undefined {
  return paraphrases.find((f) => f.parts.some((part) => part.from <= k && k < part.to));
}

export function attribute(scan: QuoteScan): Attributed {
  const { article, paragraphs } = scan.segmented;
  const text = article.text;
  const quotes = scan.quotes;
  const statements: Statement[] = [];
  let utterances = 0;
  let q = 0;
  let previousParagraph: Speaker | null = null;
  let introduction: { source: Mention; cue: CueSpan } | null = null;

  paragraphs.forEach((para, p) => {
    const first = q;
    while (q < quotes.length && quotes[q]!.paragraph === p) q++;
    const paraQuotes = quotes.slice(first, q);
    const tokens = tokenize(text, para.start, para.end, paraQuotes, 0);
    const sentences = splitSentences(text, para, paraQuotes);
    const pass: ParagraphPass = { text, tokens, quotes: paraQuotes, paragraph: p, statements, last: null };
    let t = 0;

    for (const sentence of sentences) {
      const a = t;
      while (t < tokens.length && tokens[t]!.start < sentence.end) t++;
      const b = t;
      const quoteAt: number[] = [];
      if (paraQuotes.length > 0) for (let k = a; k < b; k++) if (tokens[k]!.kind === 'quote') quoteAt.push(k);

      // Reported speech: emitted as indirect unless its content holds a quotation (then it is the
      // mixed report the quotation is credited through).
      const paraphrases = findParaphrases(tokens, a, b);
      // "CLINTON: Honestly, … ." — a speaker label opening a paragraph covers the whole paragraph.
      const label = a === 0 ? paraphrases.find((f) => tokens[f.cue.from]!.text === ':' && f.source.from === 0) : undefined;
      if (label && !hasQuote(tokens, b, tokens.length)) {
        const lastPart = label.parts[label.parts.length - 1]!;
        let end = tokens.length;
        while (end > lastPart.to && tokens[end - 1]!.kind === 'punct') end--;
        paraphrases[paraphrases.indexOf(label)] = { ...label, parts: [...label.parts.slice(0, -1), { from: lastPart.from, to: end }] };
      }
      for (const found of paraphrases) {
        const quoted = found.parts.some((part) => hasQuote(tokens, part.from, part.to));
        // A quoted report is credited through its quotation (below); the words before it may still be one.
        const parts = quoted ? partsBeforeQuote(tokens, found) : found.parts;
        if (!parts) continue;
        const source = mentionOf(text, tokens, found.source);
        const cue = cueSpan(text, tokens, found.cue);
        const utterance = utterances++;
        for (const part of parts) {
          push(pass, { start: tokens[part.from]!.start, end: tokens[part.to - 1]!.end, kind: 'indirect', cue, source, confidence: found.confidence, utterance });
        }
      }
      if (quoteAt.length === 0) continue;

      const found: (QuoteAttribution | null)[] = quoteAt.map((k, n) => {
        const prev = n > 0 ? quoteAt[n - 1]! : a - 1;
        const next = n + 1 < quoteAt.length ? quoteAt[n + 1]! : b;
        const span = paraQuotes[tokens[k]!.quote]!;
        return attributionAfter(tokens, k + 1, next, closedOnPunct(text, span)) ?? attributionBefore(tokens, prev + 1, k, a, (quote) => quoteText(pass, quote));
      });
      const quoteOnly = onlyQuotesAndPunct(tokens, a, b);
      const startsParagraph = a === 0;
      // One utterance per attribution (keyed by its cue): the parts of a split quote share it.
      const utteranceOf = new Map<number, number>();

      // The latest attribution found before an earlier quote of this sentence (kept as we go: linear).
      let governing: QuoteAttribution | null = null;
      quoteAt.forEach((k, n) => {
        const span = paraQuotes[tokens[k]!.quote]!;
        let attribution = found[n] ?? null;
        if (n > 0) {
          const previous = found[n - 1];
          if (previous && !previous.after) governing = previous;
        }
        // A quote joined by "and" to an attributed neighbour shares its attribution.
        if (!attribution) {
          const nextK = quoteAt[n + 1];
          const nextFound = found[n + 1];
          if (nextK !== undefined && nextFound && onlyConnectors(tokens, k + 1, nextK)) attribution = nextFound;
        }
        if (!attribution && n > 0 && found[n - 1] && onlyConnectors(tokens, quoteAt[n - 1]! + 1, k)) attribution = found[n - 1]!;
        // `X said that “A” because “B”`: a cue before an earlier quote governs the later ones too.
        if (!attribution) attribution = governing;

        const before: TokenRange = { from: n > 0 ? quoteAt[n - 1]! + 1 : a, to: k };
        const after: TokenRange = { from: k + 1, to: n + 1 < quoteAt.length ? quoteAt[n + 1]! : b };
        const embedded = isEmbedded(tokens, before, after, attribution?.clause ?? null);
        const kind: QuoteKind = embedded ? 'mixed' : 'direct';
        const start = span.start;
        const end = span.end;

        if (attribution) {
          let utterance = utteranceOf.get(attribution.cue.from);
          if (utterance === undefined) {
            // A quotation reopened at the start of this paragraph continues the previous one's utterance.
            const running = span.continuesPrevious ? (previousParagraph as Speaker | null) : null;
            utterance = running ? running.utterance : utterances++;
            utteranceOf.set(attribution.cue.from, utterance);
          }
          push(pass, {
            start,
            end,
            kind,
            cue: cueSpan(text, tokens, attribution.cue),
            source: mentionOf(text, tokens, attribution.source),
            confidence: attribution.confidence,
            utterance,
          });
          return;
        }
        const paraphrase = paraphraseAround(paraphrases, k);
        if (paraphrase) {
          push(pass, {
            start,
            end,
            kind: 'mixed',
            cue: cueSpan(text, tokens, paraphrase.cue),
            source: mentionOf(text, tokens, paraphrase.source),
            confidence: 0.7,
            utterance: utterances++,
          });
          return;
        }
        // A sentence that is only a quotation continues the speaker before it.
        const carried: Speaker | { source: Mention; cue: CueSpan } | null = quoteOnly
          ? (pass.last ?? (startsParagraph ? (introduction ?? previousParagraph) : null))
          : null;
        if (carried) {
          const continued = span.continuesPrevious || ('quoted' in carried && carried.quoted && carried === pass.last);
          const utterance = continued && 'utterance' in carried ? carried.utterance : utterances++;
          push(pass, { start, end, kind: 'direct', cue: carried.cue, source: carried.source, confidence: 0.6, utterance });
          return;
        }
        // A cue-less sentence between a report and "He added …" belongs to that report's speaker.
        const chained = pass.last;
        if (chained && nextOpensWithPronounCue(tokens, b)) {
          push(pass, { start, end, kind, cue: null, source: chained.source, confidence: 0.5, utterance: utterances++ });
          return;
        }
        statements.push({ start, end, kind, cue: null, source: null, confidence: 0.3, utterance: utterances++, paragraph: p });
      });
    }

    introduction = colonIntroduction(text, tokens, 0, tokens.length);
    // The next paragraph, if it is only a quotation, continues this paragraph's last speaker.
    previousParagraph = pass.last;
  });
  return { article, statements };
}
