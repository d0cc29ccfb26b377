import { describe, expect, it } from 'vitest';
import { exportReport, groupAsText } from '../../../../renderer/src/features/export/formats';
import { buildReport } from '../../../../renderer/src/features/export/reportModel';
import type { Analysis } from '../../../../shared/types';
import { analysis, articles } from '../../analysisFixture';

const now = new Date('2026-11-21T10:00:00Z');
const report = buildReport(analysis.groups, analysis, articles, now);

/** The fixture with a hostile quote: markup, a formula and separators. */
const hostile: Analysis = {
  ...analysis,
  quotes: analysis.quotes.map((q) => (q.id === 'q2' ? { ...q, text: '=HYPERLINK("x")<script>alert(1)</script>|a,b' } : q)),
};

describe('report model', () => {
  it('lists flagged groups first with every version', () => {
    expect(report.groups.map((g) => [g.id, g.flagged])).toEqual([
      ['g1', true],
      ['g2', false],
    ]);
    expect(report.groups[0]?.versions.map((v) => [v.source, v.speaker, v.speakerFlag])).toEqual([
      ['A', 'Ann Lee', 'agrees'],
      ['B', 'Bo Chan', 'conflict'],
    ]);
  });
});

describe('export formats', () => {
  it('HTML is self-contained, scriptless and escapes quote text', () => {
    const file = exportReport(buildReport(hostile.groups, hostile, articles, now), 'html');
    expect(file.name).toBe('verbatim-report-2026-11-21.html');
    expect(file.content).toContain("default-src 'none'");
    expect(file.content).not.toContain('<script>');
    expect(file.content).toContain('&lt;script&gt;');
    expect(file.content).toContain('We have to act now');
  });

  it('CSV quotes separators and defuses formulas', () => {
    const content = exportReport(buildReport(hostile.groups, hostile, articles, now), 'csv').content;
    const line = content.split('\r\n').find((l) => l.includes('HYPERLINK'));
    expect(line).toContain(`"'=HYPERLINK(""x"")<script>alert(1)</script>|a,b"`);
    expect(content.split('\r\n')[0]).toBe('group,flagged,wording,speaker_conflict,source,source_title,speaker,as_written,cue,reference,quote,difference');
  });

  it('Markdown escapes its own syntax', () => {
    const content = exportReport(buildReport(hostile.groups, hostile, articles, now), 'markdown').content;
    expect(content).toContain('\\<script\\>');
    expect(content).toContain('\\|a,b');
  });

  it('JSON round-trips the model', () => {
    expect(JSON.parse(exportReport(report, 'json').content)).toEqual(report);
  });

  it('copies one group as readable text', () => {
    expect(groupAsText(report.groups[0]!)).toBe(
      [
        'Ann Lee / Bo Chan — Reworded · Speaker differs',
        '',
        '[A] “We must act now”',
        '    Ann Lee, said — Vote',
        '',
        '[B] “We have to act now”',
        '    Bo Chan, said — Poll',
        '    1 word substituted (must→have to).',
      ].join('\n'),
    );
  });
});
