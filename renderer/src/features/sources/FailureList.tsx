/** Files that could not be opened: which file, and why, each dismissible. */
import { useApp } from '../../store/context';

/** Inline per-file errors in the sidebar. */
export function FailureList() {
  const failures = useApp((s) => s.failures);
  const dismiss = useApp((s) => s.dismissFailure);
  if (failures.length === 0) return null;
  return (
    <ul className="failure-list" aria-label="Files that could not be opened" data-testid="failure-list">
      {failures.map((f, i) => (
        <li key={`${f.name}-${i}`} className="failure" role="alert" data-testid="failure-item">
          <svg viewBox="0 0 16 16" aria-hidden="true" className="failure-icon">
            <path d="M8 1.5l6.5 12H1.5z" />
            <path d="M8 6v3.5M8 11.5v.5" />
          </svg>
          <div className="failure-body">
            <strong className="failure-name">{f.name}</strong>
            <span className="failure-reason">{f.reason}</span>
          </div>
          <button type="button" className="icon-btn" aria-label={`Dismiss message about ${f.name}`} onClick={() => dismiss(i)}>
            <svg viewBox="0 0 16 16" aria-hidden="true">
              <path d="M4 4l8 8M12 4l-8 8" />
            </svg>
          </button>
        </li>
      ))}
    </ul>
  );
}
