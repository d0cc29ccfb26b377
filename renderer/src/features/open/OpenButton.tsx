/** "Open articles…", in the toolbar or as the large empty-state button. */
import { useChoosers } from './FileChooser';

/** Opens the file chooser. */
export function OpenButton({ variant = 'toolbar', label = 'Open articles…' }: { variant?: 'toolbar' | 'hero'; label?: string }) {
  const { files } = useChoosers();
  return (
    <button type="button" className={variant === 'hero' ? 'btn btn-primary btn-large' : 'btn btn-primary'} onClick={files}>
      <svg aria-hidden="true" viewBox="0 0 20 20" className="btn-icon">
        <path d="M3 5.5A1.5 1.5 0 0 1 4.5 4h3.6l1.6 1.8h5.8A1.5 1.5 0 0 1 17 7.3v7.2a1.5 1.5 0 0 1-1.5 1.5h-11A1.5 1.5 0 0 1 3 14.5z" />
      </svg>
      {label}
    </button>
  );
}

/** "Open folder…": every article file in a folder and its subfolders. */
export function OpenFolderButton() {
  const { folder } = useChoosers();
  return (
    <button type="button" className="btn" onClick={folder}>
      Open folder…
    </button>
  );
}
