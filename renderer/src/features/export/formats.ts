/**
 * The export formats. Every writer escapes for its own syntax: article text is data, and a quote
 * containing `<script>`, a pipe, a comma or a leading `=` must come out as text in every format.
 */
import type { Report, ReportGroup } from './reportModel';

/** A file ready to save. */
export interface ExportFile {
  readonly name: string;
  readonly mime: string;
  readonly content: string;
}

/** The formats the user can pick. */
export type ExportFormat = 'html' | 'markdown' | 'csv' | 'json';

const html = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const md = (s: string): string => s.replace(/([\\`*_[\]<>|#])/g, '\\$1').replace(/\r?\n/g, ' ');

/** RFC 4180 quoting, and a leading apostrophe where a spreadsheet would read a formula (CSV injection). */
const csv = (s: string): string => {
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

function groupTitle(g: ReportGroup): string {
  const flags = [g.wording, g.speakerConflict ? 'Speaker differs' : ''].filter(Boolean).join(' · ');
  return `${g.speakers.join(' / ') || 'Unattributed'} — ${flags}`;
}

/** Plain text of one group, for an email. */
export function groupAsText(g: ReportGroup): string {
  const lines = [groupTitle(g), ''];
  for (const v of g.versions) {
    lines.push(`[${v.source}] “${v.text}”`);
    lines.push(`    ${v.speaker}${v.mention && v.mention !== v.speaker ? ` (as “${v.mention}”)` : ''}${v.cue ? `, ${v.cue}` : ''} — ${v.sourceTitle}`);
    if (!v.isReference) lines.push(`    ${v.summary}`);
    lines.push('');
  }
  return lines.join('\n').trimEnd();
}

function toMarkdown(r: Report): string {
  const out = ['# Verbatim quote report', '', `Generated ${r.generated}`, '', '## Sources', ''];
  for (const s of r.sources) out.push(`- **${s.letter}** ${md(s.title)} (${md(s.file)}, ${s.words} words)`);
  if (r.spunCopies.length > 0) out.push('', '## Possible spun copies', '', ...r.spunCopies.map((s) => `- ${md(s)}`));
  out.push('', '## Quotes', '');
  for (const g of r.groups) {
    out.push(`### ${g.flagged ? '⚑ ' : ''}${md(groupTitle(g))}`, '');
    for (const v of g.versions) {
      out.push(`> **${v.source}** “${md(v.text)}”  `);
      out.push(`> ${md(v.speaker)}${v.cue ? `, ${md(v.cue)}` : ''}${v.isReference ? ' (reference)' : ` — ${md(v.summary)}`}`, '');
    }
  }
  return out.join('\n');
}

function toCsv(r: Report): string {
  const header = ['group', 'flagged', 'wording', 'speaker_conflict', 'source', 'source_title', 'speaker', 'as_written', 'cue', 'reference', 'quote', 'difference'];
  const rows = r.groups.flatMap((g) =>
    g.versions.map((v) => [g.id, g.flagged ? 'yes' : 'no', g.wording, g.speakerConflict ? 'yes' : 'no', v.source, v.sourceTitle, v.speaker, v.mention ?? '', v.cue ?? '', v.isReference ? 'yes' : 'no', v.text, v.summary]),
  );
  return [header, ...rows].map((cols) => cols.map(csv).join(',')).join('\r\n') + '\r\n';
}

function toHtml(r: Report): string {
  const style = `body{font:15px/1.5 Georgia,serif;max-width:820px;margin:40px auto;padding:0 24px;color:#1d1c1a}
h1{font-size:26px}h2{font-size:18px;margin-top:32px;border-bottom:1px solid #ddd;padding-bottom:4px}
.g{border:1px solid #ddd;border-radius:8px;padding:12px 16px;margin:14px 0;page-break-inside:avoid}
.g.f{border-left:4px solid #b4361f}.t{font:600 13px system-ui,sans-serif;color:#444}
blockquote{margin:8px 0;padding-left:10px;border-left:3px solid #ccc}.m{font:12.5px system-ui,sans-serif;color:#555}
.c{color:#fff;background:#b3261e;border-radius:4px;padding:0 5px;font:600 11px system-ui,sans-serif}
@media print{body{margin:0}}`;
  const groups = r.groups
    .map(
      (g) => `<section class="g${g.flagged ? ' f' : ''}"><div class="t">${html(groupTitle(g))}</div>${g.versions
        .map(
          (v) =>
            `<blockquote><b>${html(v.source)}</b> “${html(v.text)}”</blockquote><div class="m">${html(v.speaker)}${
              v.speakerFlag === 'conflict' ? ' <span class="c">different speaker</span>' : ''
            }${v.cue ? ` · ${html(v.cue)}` : ''} · ${html(v.sourceTitle)}${v.isReference ? ' · reference' : ` · ${html(v.summary)}`}</div>`,
        )
        .join('')}</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Verbatim quote report</title><style>${style}</style></head><body>
<h1>Verbatim quote report</h1><p class="m">Generated ${html(r.generated)}</p>
<h2>Sources</h2><ul>${r.sources.map((s) => `<li><b>${html(s.letter)}</b> ${html(s.title)} <span class="m">(${html(s.file)}, ${s.words} words)</span></li>`).join('')}</ul>
${r.spunCopies.length ? `<h2>Possible spun copies</h2><ul>${r.spunCopies.map((s) => `<li>${html(s)}</li>`).join('')}</ul>` : ''}
<h2>Quotes</h2>
${groups}
</body></html>
`;
}

/** Renders the report in a format, with a file name. */
export function exportReport(r: Report, format: ExportFormat): ExportFile {
  const stamp = r.generated.slice(0, 10);
  switch (format) {
    case 'html':
      return { name: `verbatim-report-${stamp}.html`, mime: 'text/html', content: toHtml(r) };
    case 'markdown':
      return { name: `verbatim-report-${stamp}.md`, mime: 'text/markdown', content: toMarkdown(r) };
    case 'csv':
      return { name: `verbatim-report-${stamp}.csv`, mime: 'text/csv', content: toCsv(r) };
    case 'json':
      return { name: `verbatim-report-${stamp}.json`, mime: 'application/json', content: JSON.stringify(r, null, 2) };
  }
}
