/** First-run screen: what Verbatim does and the one thing to do next. */
import { OpenButton } from '../features/open/OpenButton';

const STEPS = [
  ['Open', 'two or more articles about the same event.'],
  ['Find', 'every quote and reported statement, and who said it.'],
  ['Compare', 'each quote across sources: wording changes and speaker mismatches are flagged.'],
] as const;

/** Shown when no article is open. */
export function EmptyState() {
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
        <OpenButton variant="hero" />
        <span className="muted">or drop .txt files anywhere in this window</span>
      </div>
    </section>
  );
}
