/** The CLI's two outputs: the JSON contract and a readable report. */
import type { Analysis, Article } from '../../shared/types';

/**
 * The JSON contract: articles (id, path, title, text), quotes, and groups with the contract's four
 * fields first, then the alignment (reference, versions with their word changes and summaries,
 * speakers, unattributed); plus the spun-copy reports. Fields are only ever added, never renamed.
 */
export function toJson(articles: readonly Article[], analysis: Analysis): string {
  const payload = {
    articles: articles.map((a) => ({ id: a.id, path: a.path, title: a.title, text: a.text })),
    quotes: analysis.quotes.map((q) => ({
      id: q.id,
      articleId: q.articleId,
      text: q.text,
      start: q.start,
      end: q.end,
      kind: q.kind,
      cue: q.cue,
      speaker: q.speaker ? { name: q.speaker.name, mention: q.speaker.mention, start: q.speaker.start, end: q.speaker.end } : null,
      confidence: q.confidence,
      utterance: q.utterance,
    })),
    groups: analysis.groups.map((g) => ({
      id: g.id,
      quoteIds: g.quoteIds,
      wording: g.wording,
      speakerConflict: g.speakerConflict,
      unattributed: g.unattributed,
      speakers: g.speakers,
      reference: g.reference,
      versions: g.versions,
    })),
    spunCopies: analysis.spunCopies,
  };
  return JSON.stringify(payload, null, 2);
}

function shorten(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** One block per article: each quote as `speaker | kind | “text”` with its cue. */
export function toReport(articles: readonly Article[], analysis: Analysis): string {
  const lines: string[] = [];
  for (const article of articles) {
    const quotes = analysis.quotes.filter((q) => q.articleId === article.id);
    const attributed = quotes.filter((q) => q.speaker).length;
    lines.push(`${article.name}: ${article.title}`);
    lines.push(`  ${quotes.length} quotes and statements, ${attributed} attributed`);
    for (const q of quotes) {
      const who = q.speaker ? q.speaker.name : '(unattributed)';
      const cue = q.cue ? ` [${q.cue}]` : '';
      const text = q.kind === 'indirect' ? shorten(q.text) : `“${shorten(q.text)}”`;
      lines.push(`  ${who} | ${q.kind}${cue} | ${text}`);
    }
    lines.push('');
  }
  const compared = analysis.groups.filter((g) => g.versions.length > 1);
  if (compared.length > 0 || analysis.spunCopies.length > 0) lines.push('Across sources', '');
  for (const s of analysis.spunCopies) {
    const copy = articles.find((a) => a.id === s.articleId);
    lines.push(`  ${copy?.name ?? s.articleId}: ${s.message}`, '');
  }
  for (const g of compared) {
    const flags = [g.wording ?? '', g.speakerConflict ? 'SPEAKER DIFFERS' : '', g.unattributed ? 'unattributed version' : ''].filter(Boolean);
    lines.push(`  ${g.speakers.join(' / ') || '(unattributed)'} — ${flags.join(', ')}`);
    for (const v of g.versions) {
      const name = articles.find((a) => a.id === v.articleId)?.name ?? v.articleId;
      lines.push(`    ${v.isReference ? '*' : '-'} ${name}: “${shorten(v.text, 120)}”`);
      if (!v.isReference) lines.push(`        ${v.summary}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
