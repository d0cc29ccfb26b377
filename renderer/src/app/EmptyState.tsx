/** First-run screen: what Verbatim does and the one thing to do next. */
import { OpenButton } from '../features/open/OpenButton';
import { sampleFiles } from '../samples';
import { useApp } from '../store/context';

const STEPS = [
  ['Open', 'two or more articles about the same event.'],
  ['Find', 'every quote and reported statement, and who said it.'],
  ['Compare', 'each quote across sources: wording changes and speaker mismatches are flagged.'],
] as const;

/** Shown when no article is open. */
export function EmptyState() {
  const openFiles = useApp((s) => s.openFiles);
  return (
    <section className="empty" aria-labelledby="empty-title">
      <div className="empty-mark" aria-hidden="true">
        “
      </div>
      <h1 id="empty-title">Is the quote real, and who said it?</h1>
      <p className="empty-lead">Open the articles you want to check. Verbatim lines up every quote across your sources and shows you exactly where they disagree.</p>
      <ol className="steps">
        {STEPS.map(([verb, rest], i) => (
          <li key={verb}>
            <span className="step-num">{i + 1}</span>
            <span>
              <strong>{verb}</strong> {rest}
            </span>
          </li>
        ))}
      </ol>
      <div className="empty-actions">
        <div className="empty-buttons">
          <OpenButton variant="hero" />
          <button type="button" className="btn btn-large" onClick={() => void openFiles(sampleFiles())}>
            Try a sample
          </button>
        </div>
        <span className="muted">or drop article files or folders anywhere in this window, or paste an article's text</span>
      </div>
    </section>
  );
}
