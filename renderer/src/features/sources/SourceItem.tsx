/** One source in the sidebar: title, file, word count, remove. */
import { memo, type CSSProperties } from 'react';
import type { ArticleInfo } from '../../../../shared/contract';
import { formatDate, plural } from '../../format';
import { useApp } from '../../store/context';
import { sourceLetter } from '../groups/badges';

/** A selectable source card (placed by `style` in the virtual list). */
export const SourceItem = memo(function SourceItem({
  article,
  index,
  selected,
  quotes,
  style,
}: {
  article: ArticleInfo;
  index: number;
  selected: boolean;
  quotes: number | undefined;
  style?: CSSProperties;
}) {
  const select = useApp((s) => s.selectArticle);
  const remove = useApp((s) => s.removeArticle);
  const letter = sourceLetter(index);
  return (
    <li className={selected ? 'source selected' : 'source'} data-testid="source-item" style={style}>
      <button type="button" className="source-main" aria-current={selected ? 'true' : undefined} onClick={() => select(article.id)}>
        <span className="source-letter" aria-hidden="true">
          {letter}
        </span>
        <span className="source-body">
          <span className="source-title" data-testid="source-title">
            {article.title}
          </span>
          <span className="source-file" title={article.path}>
            {[article.siteName, article.published && formatDate(article.published)].filter(Boolean).join(' · ') || article.name}
          </span>
          <span className="source-meta">
            <span data-testid="source-words">{plural(article.wordCount, 'word')}</span>
            {quotes !== undefined && (
              <>
                <span className="dot" aria-hidden="true">
                  ·
                </span>
                <span>{plural(quotes, 'quote')}</span>
              </>
            )}
          </span>
        </span>
      </button>
      <button type="button" className="icon-btn source-remove" aria-label={`Remove ${article.name}`} title="Remove source" onClick={() => void remove(article.id)}>
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <path d="M4 4l8 8M12 4l-8 8" />
        </svg>
      </button>
    </li>
  );
});
