/** The Verbatim mark: a quotation mark split by a check. */
export function Logo() {
  return (
    <svg className="logo" viewBox="0 0 32 32" aria-hidden="true">
      <rect width="32" height="32" rx="8" className="logo-bg" />
      <path className="logo-fg" d="M8.5 19.5c0-4 2-7 5.2-8.5l.8 1.4c-1.9 1.1-3 2.6-3.2 4.3h2.4v5.3H8.5zm9 0c0-4 2-7 5.2-8.5l.8 1.4c-1.9 1.1-3 2.6-3.2 4.3h2.4v5.3h-5.2z" />
    </svg>
  );
}
