/** The CLI's two outputs: the JSON contract and a readable report. */
import type { Analysis, Article } from '../../shared/types';

/** Exactly the contract of issue 3: articles (id, path, title, text), quotes, groups. */
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
    groups: analysis.groups.map((g) => ({ id: g.id, quoteIds: g.quoteIds, wording: g.wording, speakerConflict: g.speakerConflict })),
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
  return lines.join('\n');
}
