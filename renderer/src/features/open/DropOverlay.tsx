/** The full-window hint shown while files are dragged over Verbatim. */
export function DropOverlay() {
  return (
    <div className="drop-overlay" role="presentation">
      <div className="drop-card">
        <span className="drop-mark" aria-hidden="true">
          “ ”
        </span>
        <strong>Drop to open these articles</strong>
        <span>Plain-text files (.txt, .md)</span>
      </div>
    </div>
  );
}
