/** The app bar: brand, what is open, and the open command. */
import { ExportMenu } from '../features/export/ExportMenu';
import { OpenButton, OpenFolderButton } from '../features/open/OpenButton';
import { ReviewMenu } from '../features/review/ReviewMenu';
import { useApp } from '../store/context';
import { Logo } from './Logo';

/** Top bar of the window. */
export function Toolbar() {
  const mode = useApp((s) => s.info?.mode);
  return (
    <header className="toolbar">
      <div className="brand">
        <Logo />
        <div>
          <span className="brand-name">Verbatim</span>
          <span className="brand-tag">Quote checker</span>
        </div>
      </div>
      <div className="toolbar-actions">
        {mode === 'browser' && (
          <span className="mode-pill" title="Electron is not available on this machine, so Verbatim runs in your browser.">
            Browser mode
          </span>
        )}
        <ReviewMenu />
        <ExportMenu />
        <OpenFolderButton />
        <OpenButton />
      </div>
    </header>
  );
}
