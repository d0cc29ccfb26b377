/**
 * One quote across every source: the versions stacked, differences marked against the reference,
 * the speaker as written and as resolved, the cue and the confidence, and a jump to the article.
 */
import { useEffect, useMemo } from 'react';
import type { AlignedGroup, QuoteVersion } from '../../../../shared/alignment';
import type { Quote } from '../../../../shared/types';
import type { ArticleInfo } from '../../../../shared/contract';
import { plural } from '../../format';
import { useApp } from '../../store/context';
import { selectSelectedGroup, selectSelectedSummary } from '../../store/appStore';
import { SourceBadge, SpeakerChips, WordingChip } from './badges';
import { ReviewBar } from '../review/ReviewBar';
import { VersionText } from './VersionText';

const LEGEND = [
  ['diff-sub', 'Substituted'],
  ['diff-spell', 'Spelling'],
  ['diff-ins', 'Added'],
  ['diff-del', 'Left out'],
  ['diff-punct', 'Punctuation'],
] as const;

function VersionCard({
  version,
  quotes,
  article,
  index,
  onOpen,
}: {
  version: QuoteVersion;
  quotes: readonly Quote[];
  article: ArticleInfo;
  index: number;
  onOpen: (quoteId: string) => void;
}) {
  const first = quotes[0];
  const confidence = Math.min(...quotes.map((q) => q.confidence));
  const flagClass = version.speakerFlag === 'conflict' ? ' conflict' : version.speakerFlag === 'unattributed' ? ' unattributed' : '';
  return (
    <li className={`version${version.isReference ? ' reference' : ''}${flagClass}`} data-testid="version">
      <header className="version-header">
        <SourceBadge index={index} title={article.title} />
        <span className="version-source" title={article.title}>
          {article.title}
        </span>
        {version.isReference && <span className="chip chip-reference">Reference</span>}
      </header>
      <blockquote className="version-quote">
        <VersionText version={version} quotes={quotes} />
      </blockquote>
      <div className="version-speaker">
        {version.speaker ? (
          <>
            <strong>{version.speaker}</strong>
            {first?.speaker && first.speaker.mention !== version.speaker && <span className="muted">as “{first.speaker.mention}”</span>}
          </>
        ) : (
          <strong className="no-speaker">No speaker given</strong>
        )}
        {version.speakerFlag === 'conflict' && <span className="chip chip-conflict">Different speaker</span>}
        {first?.cue && <span className="muted">cue “{first.cue}”</span>}
        <span className="muted" title="How sure the engine is of the span and the speaker">
          {Math.round(confidence * 100)}% sure
        </span>
      </div>
      {!version.isReference && <p className="version-summary">{version.summary}</p>}
      {first && (
        <button type="button" className="link-btn" onClick={() => onOpen(first.id)}>
          Show in article →
        </button>
      )}
    </li>
  );
}

/** The group view in the right-hand pane. */
export function GroupDetail() {
  const group: AlignedGroup | null = useApp(selectSelectedGroup);
  // The list holds a summary; the versions are fetched from main when the group is opened.
  const summary = useApp(selectSelectedSummary);
  const needGroup = useApp((s) => s.needGroup);
  const lookup = useApp((s) => s.lookup);
  const articles = useApp((s) => s.articles);
  const showInArticle = useApp((s) => s.showInArticle);
  const copyGroup = useApp((s) => s.copyGroup);
  const articleIndex = useMemo(() => new Map(articles.map((a, i) => [a.id, i])), [articles]);
  useEffect(() => {
    if (summary && !group) needGroup(summary.id);
  }, [summary, group, needGroup]);

  if (!group) {
    if (summary) {
      return (
        <div className="detail-empty" role="status">
          <p>Loading the versions of this quote…</p>
        </div>
      );
    }
    return (
      <div className="detail-empty">
        <p>Select a quote to compare it across sources.</p>
      </div>
    );
  }
  const sources = new Set(group.versions.map((v) => v.articleId)).size;
  return (
    <section className="group-detail" aria-label="Quote across sources" data-testid="group-detail">
      <header className="detail-header">
        <div className="detail-chips">
          <WordingChip wording={group.wording} single={group.versions.length === 1} />
          <SpeakerChips conflict={group.speakerConflict} unattributed={group.unattributed && group.versions.length > 1} />
          <button type="button" className="btn btn-small detail-copy" onClick={() => void copyGroup(group.id)}>
            Copy as text
          </button>
        </div>
        <h2 className="detail-title">{group.speakers.length > 0 ? group.speakers.join(' / ') : 'Unattributed'}</h2>
        <p className="muted">
          {plural(group.versions.length, 'version')} in {plural(sources, 'source')}
        </p>
        <ReviewBar groupId={group.id} />
      </header>
      <ol className="versions">
        {group.versions.map((v) => {
          const article = articles[articleIndex.get(v.articleId) ?? -1];
          const quotes = v.quoteIds.flatMap((id) => lookup.quote(id) ?? []);
          if (!article) return null;
          return (
            <VersionCard
              key={v.quoteIds.join()}
              version={v}
              quotes={quotes}
              article={article}
              index={articleIndex.get(v.articleId) ?? 0}
              onOpen={(quoteId) => showInArticle(v.articleId, quoteId)}
            />
          );
        })}
      </ol>
      {group.versions.length > 1 && (
        <footer className="legend" aria-label="Legend">
          {LEGEND.map(([cls, label]) => (
            <span key={cls} className="legend-item">
              <span className={`diff ${cls} legend-swatch`}>{cls === 'diff-del' ? 'abc' : 'abc'}</span> {label}
            </span>
          ))}
        </footer>
      )}
    </section>
  );
}
