/**
 * The report's content, independent of format: every group (flagged first) with each version's
 * source, speaker, words and difference summary. The HTML, Markdown, CSV and JSON writers and the
 * "copy as text" command all render this one model, so they never disagree.
 */
import type { AlignedGroup } from '../../../../shared/alignment';
import { summaryOf } from '../../../../shared/groupSummary';
import type { Quote } from '../../../../shared/types';
import type { ShownAnalysis } from '../../store/shownAnalysis';
import type { ArticleInfo } from '../../../../shared/contract';
import { sourceLetter } from '../groups/badges';
import { groupRows, isFlagged, WORDING_LABELS } from '../groups/rows';

/** One version in the report. */
export interface ReportVersion {
  readonly source: string;
  readonly sourceTitle: string;
  readonly text: string;
  readonly speaker: string;
  readonly mention: string | null;
  readonly cue: string | null;
  readonly isReference: boolean;
  readonly summary: string;
  readonly speakerFlag: 'agrees' | 'conflict' | 'unattributed';
}

/** One group in the report. */
export interface ReportGroup {
  readonly id: string;
  readonly flagged: boolean;
  readonly wording: string;
  readonly speakers: readonly string[];
  readonly speakerConflict: boolean;
  readonly versions: readonly ReportVersion[];
}

/** The whole report. */
export interface Report {
  readonly generated: string;
  readonly sources: readonly { readonly letter: string; readonly title: string; readonly file: string; readonly words: number }[];
  readonly spunCopies: readonly string[];
  readonly groups: readonly ReportGroup[];
}

/** What a report needs of the analysis besides its groups in full. */
type ReportSource = Pick<ShownAnalysis, 'quotes' | 'spunCopies'>;

/** Builds the report model from what is on screen, with every group in full (fetched for the export). */
export function buildReport(groups: readonly AlignedGroup[], analysis: ReportSource, articles: readonly ArticleInfo[], now: Date): Report {
  const index = new Map(articles.map((a, i) => [a.id, i]));
  return {
    generated: now.toISOString(),
    sources: articles.map((a, i) => ({ letter: sourceLetter(i), title: a.title, file: a.name, words: a.wordCount })),
    spunCopies: analysis.spunCopies.map((s) => `Source ${sourceLetter(index.get(s.articleId) ?? 0)}: ${s.message}`),
    groups: reportGroups(groups, analysis, articles),
  };
}

/** The report entries of some groups (all of them for a report, one for "copy as text"), most urgent first. */
export function reportGroups(selected: readonly AlignedGroup[], analysis: Pick<ReportSource, 'quotes'>, articles: readonly ArticleInfo[]): ReportGroup[] {
  const index = new Map(articles.map((a, i) => [a.id, i]));
  const quotes = new Map<string, Quote>(analysis.quotes.map((q) => [q.id, q]));
  const groups = new Map(selected.map((g) => [g.id, g]));
  const letter = (articleId: string) => sourceLetter(index.get(articleId) ?? 0);
  return groupRows(selected.map(summaryOf), articles, analysis.quotes).flatMap((row) => {
    const g = groups.get(row.id);
    if (!g) return [];
    return [
      {
        id: g.id,
        flagged: isFlagged(row),
        wording: g.versions.length === 1 ? 'Single source' : g.wording ? WORDING_LABELS[g.wording] : '',
        speakers: g.speakers,
        speakerConflict: g.speakerConflict,
        versions: g.versions.map((v) => {
          const parts = v.quoteIds.flatMap((id) => quotes.get(id) ?? []);
          const first = parts[0];
          return {
            source: letter(v.articleId),
            sourceTitle: articles[index.get(v.articleId) ?? -1]?.title ?? '',
            text: parts.map((q) => q.text).join(' … '),
            speaker: v.speaker ?? 'No speaker given',
            mention: first?.speaker?.mention ?? null,
            cue: first?.cue ?? null,
            isReference: v.isReference,
            summary: v.isReference ? 'Reference version' : v.summary,
            speakerFlag: v.speakerFlag,
          };
        }),
      },
    ];
  });
}
