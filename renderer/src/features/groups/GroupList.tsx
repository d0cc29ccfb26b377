/** The quote groups: search, filter chips with counts, and the rows, flagged first. */
import { useEffect, useMemo, useRef } from 'react';
import { formatCount } from '../../format';
import { useApp } from '../../store/context';
import { selectGroupRows } from '../../store/appStore';
import { SourceBadge, SpeakerChips, WordingChip } from './badges';
import { SpunCopyNotice } from './SpunCopyNotice';
import { FILTER_LABELS, filterRows, isFlagged, type GroupFilter, type GroupRow } from './rows';

const FILTERS: readonly GroupFilter[] = ['flagged', 'all', 'reworded', 'speaker', 'multi'];

function countFor(rows: readonly GroupRow[], filter: GroupFilter): number {
  return filterRows(rows, filter, '').length;
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
  const search = useRef<HTMLInputElement>(null);

  const visible = useMemo(() => filterRows(rows, filter, query), [rows, filter, query]);
  const counts = useMemo(() => Object.fromEntries(FILTERS.map((f) => [f, countFor(rows, f)])) as Record<GroupFilter, number>, [rows]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.key === '/' && target?.tagName !== 'INPUT' && target?.tagName !== 'TEXTAREA') {
        e.preventDefault();
        search.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <section className="groups" aria-label="Quote groups">
      <header className="panel-header">
        <h2>Quotes</h2>
        {analysing ? <span className="spinner" aria-label="Analysing" /> : <span className="badge">{formatCount(rows.length)}</span>}
      </header>
      <SpunCopyNotice />
      <div className="group-tools">
        <input
          ref={search}
          type="search"
          className="search"
          placeholder="Search words or speakers   /"
          aria-label="Search quotes"
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
        />
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
        <ol className="group-list" data-testid="group-list">
          {visible.map((r) => (
            <li key={r.id}>
              <button
                type="button"
                className={r.id === selectedGroupId ? 'group-row selected' : 'group-row'}
                aria-current={r.id === selectedGroupId ? 'true' : undefined}
                data-testid="group-row"
                data-flagged={isFlagged(r) ? 'true' : 'false'}
                onClick={() => selectGroup(r.id)}
              >
                <span className="group-text">“{r.text}”</span>
                <span className="group-meta">
                  <span className="group-speaker">{r.speakers[0] ?? 'Unattributed'}</span>
                  {r.speakers.length > 1 && <span className="muted">+{r.speakers.length - 1}</span>}
                  <span className="group-sources">
                    {r.sources.map((s) => (
                      <SourceBadge key={s} index={s} />
                    ))}
                  </span>
                </span>
                <span className="group-chips">
                  <WordingChip wording={r.wording} single={r.versions === 1} />
                  <SpeakerChips conflict={r.flags.speakerConflict} unattributed={r.flags.unattributed && r.versions > 1} />
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
