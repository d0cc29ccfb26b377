/** Toolbar menu: export the report as HTML, Markdown, CSV or JSON. */
import { useRef } from 'react';
import { useApp } from '../../store/context';
import type { ExportFormat } from './formats';

const FORMATS: readonly (readonly [ExportFormat, string])[] = [
  ['html', 'Printable report (HTML)'],
  ['markdown', 'Markdown'],
  ['csv', 'Spreadsheet (CSV)'],
  ['json', 'Data (JSON)'],
];

/** The Export button with its formats. */
export function ExportMenu() {
  const enabled = useApp((s) => (s.analysis?.groups.length ?? 0) > 0);
  const exportAs = useApp((s) => s.exportAs);
  const details = useRef<HTMLDetailsElement>(null);
  if (!enabled) return null;
  return (
    <details className="menu" ref={details}>
      <summary className="btn">Export</summary>
      <ul className="menu-list" role="menu">
        {FORMATS.map(([format, label]) => (
          <li key={format} role="none">
            <button
              type="button"
              role="menuitem"
              className="menu-item"
              onClick={() => {
                details.current?.removeAttribute('open');
                void exportAs(format);
              }}
            >
              {label}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
