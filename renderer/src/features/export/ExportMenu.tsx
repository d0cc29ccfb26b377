/** Toolbar menu: export the report as HTML, Markdown, CSV or JSON. */
import { useApp } from '../../store/context';
import { Menu, MenuItem } from '../../ui/Menu';
import type { ExportFormat } from './formats';

const FORMATS: readonly (readonly [ExportFormat, string])[] = [
  ['html', 'Printable report (HTML)'],
  ['markdown', 'Markdown'],
  ['csv', 'Spreadsheet (CSV)'],
  ['json', 'Data (JSON)'],
];

/** The Export button with its formats. */
export function ExportMenu() {
  // One row per group; asking the quick analysis for its groups would build them all.
  const enabled = useApp((s) => s.rows.length > 0);
  const exportAs = useApp((s) => s.exportAs);
  if (!enabled) return null;
  return (
    <Menu label="Export">
      {FORMATS.map(([format, label]) => (
        <MenuItem key={format} onSelect={() => void exportAs(format)}>
          {label}
        </MenuItem>
      ))}
    </Menu>
  );
}
