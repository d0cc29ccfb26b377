/** The speakers view: every person quoted across the sources; choosing one lists all their quotes. */
import { useMemo } from 'react';
import { plural } from '../../format';
import { useApp } from '../../store/context';
import { selectGroupRows } from '../../store/appStore';
import { SourceBadges } from './badges';
import { speakerRows } from './rows';

/** People, most quoted first. */
export function SpeakerList() {
  const rows = useApp(selectGroupRows);
  const quotes = useApp((s) => s.analysis?.quotes);
  const articles = useApp((s) => s.articles);
  const setSpeaker = useApp((s) => s.setSpeaker);
  const people = useMemo(() => speakerRows(rows, quotes ?? [], articles), [rows, quotes, articles]);
  if (people.length === 0) return <div className="panel-empty">No speakers found yet.</div>;
  return (
    <ol className="speaker-list" data-testid="speaker-list">
      {people.map((p) => (
        <li key={p.name}>
          <button type="button" className="speaker-row" onClick={() => setSpeaker(p.name)}>
            <span className="speaker-name">{p.name}</span>
            <span className="speaker-meta">
              {plural(p.quotes, 'quote')}
              {p.flagged > 0 && <span className="chip chip-reworded">{plural(p.flagged, 'flag')}</span>}
              <SourceBadges sources={p.sources} />
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}
