/** The quote groups: search, filter chips with counts, and the rows, flagged first. */
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useFixedRows } from '../../ui/useFixedRows';
import { isTyping, useWindowEvent } from '../../ui/windowEvents';
import { formatCount } from '../../format';
import { useApp } from '../../store/context';
import { selectGroupRows } from '../../store/appStore';
import { SourceBadges, sourceLetter, SpeakerChips, WordingChip } from './badges';
import { STATUS_LABELS } from '../../../../shared/review';
import { SpeakerList } from './SpeakerList';
import { SpunCopyNotice } from './SpunCopyNotice';
import { countRows, FILTER_LABELS, filterRows, isFlagged, WORDING_LABELS, type GroupFilter, type GroupRow } from './rows';
import type { Wording } from '../../../../shared/types';
import type { ArticleInfo } from '../../../../shared/contract';

const FILTERS: readonly GroupFilter[] = ['flagged', 'all', 'speaker', 'multi', 'single'];
const WORDINGS: readonly Wording[] = ['identical', 'cosmetic', 'partial', 'reworded'];

/** Up to this many sources are listed in the source filter up front; beyond, the list is built when the select is used. */
const EAGER_SOURCE_OPTIONS = 200;

/** The source filter. Thousands of options take a long task to build, so a large set builds them on first use. */
const SourceSelect = memo(function SourceSelect({ articles, source, onChange }: { articles: readonly ArticleInfo[]; source: number | null; onChange: (source: number | null) => void }) {
  const [wanted, setWanted] = useState(false);
  const all = wanted || articles.length <= EAGER_SOURCE_OPTIONS;
  const shown = all ? articles.map((a, i) => [a, i] as const) : source !== null && articles[source] ? [[articles[source], source] as const] : [];
  return (
    <select
      aria-label="Source"
      value={source ?? ''}
      onPointerDown={() => setWanted(true)}
      onFocus={() => setWanted(true)}
      onChange={(e) => onChange(e.currentTarget.value === '' ? null : Number(e.currentTarget.value))}
    >
      <option value="">Any source</option>
      {shown.map(([a, i]) => (
        <option key={a.id} value={i}>
          {sourceLetter(i)} · {a.title.length > 40 ? `${a.title.slice(0, 39)}…` : a.title}
        </option>
      ))}
    </select>
  );
});

/** One row of the list; memoised, since scrolling re-renders the list but rarely changes a row. */
const Row = memo(function Row({ row, selected, lead, onSelect }: { row: GroupRow; selected: boolean; lead: string | null; onSelect: (id: string) => void }) {
  const status = useApp((s) => s.marks[row.id]?.status ?? null);
  return (
    <button
      type="button"
      className={selected ? 'group-row selected' : 'group-row'}
      aria-current={selected ? 'true' : undefined}
      data-testid="group-row"
      data-flagged={isFlagged(row) ? 'true' : 'false'}
      onClick={() => onSelect(row.id)}
    >
      <span className="group-text">“{row.text}”</span>
      <span className="group-meta">
        {/* Under a speaker filter, that speaker leads; otherwise the most frequent one. */}
        <span className="group-speaker">{(lead && row.speakers.includes(lead) ? lead : row.speakers[0]) ?? 'Unattributed'}</span>
        {row.speakers.length > 1 && <span className="muted">+{row.speakers.length - 1}</span>}
        <SourceBadges sources={row.sources} />
      </span>
      <span className="group-chips">
        <WordingChip wording={row.wording} single={row.versions === 1} />
        <SpeakerChips conflict={row.flags.speakerConflict} unattributed={row.flags.unattributed && row.versions > 1} />
        {status && <span className={`chip status-chip status-${status}`}>✓ {STATUS_LABELS[status]}</span>}
      </span>
    </button>
  );
});

/** Every row has the same height (two lines of quote, one of speaker, one of chips): nothing to measure while scrolling. */
const ROW_HEIGHT = 112;

/**
 * Only the rows on screen are in the DOM, so ten thousand groups scroll as smoothly as ten. Rows are
 * of one fixed height so scrolling never forces a layout to measure them.
 */
function VirtualRows({ rows, selectedId, lead, onSelect }: { rows: readonly GroupRow[]; selectedId: string | null; lead: string | null; onSelect: (id: string) => void }) {
  const { scroller, rows: onScreen, totalSize, scrollToIndex } = useFixedRows(rows, ROW_HEIGHT, 4);
  const selectedIndex = rows.findIndex((r) => r.id === selectedId);

  useEffect(() => {
    if (selectedIndex >= 0) scrollToIndex(selectedIndex);
  }, [selectedIndex, scrollToIndex]);

  useWindowEvent('keydown', (e) => {
    if (isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
    const step = e.key === 'j' || e.key === 'ArrowDown' ? 1 : e.key === 'k' || e.key === 'ArrowUp' ? -1 : 0;
    if (step === 0 || rows.length === 0) return;
    e.preventDefault();
    const next = Math.min(rows.length - 1, Math.max(0, (selectedIndex < 0 ? -1 : selectedIndex) + step));
    const row = rows[next];
    if (row) onSelect(row.id);
  });

  return (
    <div ref={scroller} className="group-scroller" data-testid="group-list">
      <ol className="group-list" style={{ height: totalSize }}>
        {onScreen.map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <li key={item.key} data-index={item.index} className="group-item" style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}>
              <Row row={row} selected={row.id === selectedId} lead={lead} onSelect={onSelect} />
            </li>
          );
        })}
      </ol>
    </div>
  );
}

/** What the running analysis is doing, with a way to stop it. */
function AnalysisStatus() {
  const progress = useApp((s) => s.analysisProgress);
  const receiving = useApp((s) => s.receiving);
  const cancelAnalysis = useApp((s) => s.cancelAnalysis);
  const label = receiving
    ? `Listing the results: ${Math.floor((100 * receiving.done) / Math.max(1, receiving.total))}%…`
    : !progress
    ? 'Analysing…'
    : progress.stage === 'extract'
      ? `Finding quotes: ${formatCount(progress.done)} of ${formatCount(progress.total)} articles…`
      : 'Comparing the sources…';
  return (
    <div className="analysis-status" role="status" data-testid="analysis-status">
      <span>{label}</span>
      <button type="button" className="link-btn" onClick={() => void cancelAnalysis()}>
        Stop
      </button>
    </div>
  );
}

/** The middle column. */
export function GroupList() {
  const rows = useApp(selectGroupRows);
  const filter = useApp((s) => s.filter);
  const query = useApp((s) => s.query);
  const selectedGroupId = useApp((s) => s.selectedGroupId);
  const setFilter = useApp((s) => s.setFilter);
  const setQuery = useApp((s) => s.setQuery);
  const selectGroup = useApp((s) => s.selectGroup);
  const analysing = useApp((s) => s.analysing);
  const speaker = useApp((s) => s.speaker);
  const setSpeaker = useApp((s) => s.setSpeaker);
  const listMode = useApp((s) => s.listMode);
  const setListMode = useApp((s) => s.setListMode);
  const search = useRef<HTMLInputElement>(null);

  const wording = useApp((s) => s.wording);
  const source = useApp((s) => s.source);
  const setRefinement = useApp((s) => s.setRefinement);
  const articles = useApp((s) => s.articles);
  const refine = useMemo(() => ({ wording, source }), [wording, source]);
  const chipCounts = useApp((s) => s.chipCounts);
  // With nothing narrowed, the list and the counts are the store's as they are: no pass over every row.
  const narrowed = speaker !== null || wording !== null || source !== null;
  const visible = useMemo(
    () => (filter === 'all' && !query.trim() && !narrowed ? rows : filterRows(rows, filter, query, speaker, refine)),
    [rows, filter, query, speaker, refine, narrowed],
  );
  const counts = useMemo(() => (narrowed ? countRows(rows, FILTERS, speaker, refine) : chipCounts), [rows, speaker, refine, narrowed, chipCounts]);
  const setSource = useMemo(() => (s: number | null) => setRefinement({ source: s }), [setRefinement]);

  useWindowEvent('keydown', (e) => {
    if (e.key === '/' && !isTyping(e.target)) {
      e.preventDefault();
      search.current?.focus();
    }
  });

  return (
    <section className="groups" aria-label="Quote groups">
      <header className="panel-header">
        <div className="tabs" role="tablist" aria-label="List">
          <button type="button" role="tab" aria-selected={listMode === 'quotes'} className="tab" onClick={() => setListMode('quotes')}>
            Quotes
          </button>
          <button type="button" role="tab" aria-selected={listMode === 'speakers'} className="tab" onClick={() => setListMode('speakers')}>
            Speakers
          </button>
        </div>
        {analysing ? <span className="spinner" aria-label="Analysing" /> : <span className="badge">{formatCount(rows.length)}</span>}
      </header>
      {analysing && <AnalysisStatus />}
      <SpunCopyNotice />
      {listMode === 'speakers' ? (
        <SpeakerList />
      ) : (
        <>
          <div className="group-tools">
            {speaker && (
              <button type="button" className="speaker-filter" onClick={() => setSpeaker(null)} aria-label={`Show every speaker, not only ${speaker}`}>
                Speaker: <strong>{speaker}</strong> <span aria-hidden="true">×</span>
              </button>
            )}
            <input
              ref={search}
              type="search"
              className="search"
              placeholder="Search words or speakers   /"
              aria-label="Search quotes"
              value={query}
              onChange={(e) => setQuery(e.currentTarget.value)}
            />
            <div className="refine">
              <select aria-label="Wording" value={wording ?? ''} onChange={(e) => setRefinement({ wording: (e.currentTarget.value || null) as Wording | null })}>
                <option value="">Any wording</option>
                {WORDINGS.map((w) => (
                  <option key={w} value={w}>
                    {WORDING_LABELS[w]}
                  </option>
                ))}
              </select>
              <SourceSelect articles={articles} source={source} onChange={setSource} />
            </div>
            <div className="filters" role="radiogroup" aria-label="Show">
              {FILTERS.map((f) => (
                <button key={f} type="button" role="radio" aria-checked={filter === f} className={filter === f ? 'filter active' : 'filter'} onClick={() => setFilter(f)}>
                  {FILTER_LABELS[f]} <span className="filter-count">{formatCount(counts[f])}</span>
                </button>
              ))}
            </div>
          </div>
          {visible.length === 0 ? (
            <div className="panel-empty">
              <p>{rows.length === 0 ? (analysing ? 'Looking for quotes…' : 'No quotes found yet.') : 'No quotes match.'}</p>
              {filter === 'flagged' && rows.length > 0 && !query && <p className="muted">Nothing is flagged: every quote reads the same in every source.</p>}
            </div>
          ) : (
            <VirtualRows rows={visible} selectedId={selectedGroupId} lead={speaker} onSelect={selectGroup} />
          )}
        </>
      )}
    </section>
  );
}
