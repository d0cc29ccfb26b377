/**
 * A toolbar drop-down built on <details>: opens and closes without script state, closes itself when
 * an item is chosen. Items are buttons with the menu roles.
 */
import { createContext, useContext, useRef, type ReactNode } from 'react';

const CloseContext = createContext<() => void>(() => undefined);

/** The button and its list. */
export function Menu({ label, title, children, after }: { label: string; title?: string; children: ReactNode; after?: ReactNode }) {
  const details = useRef<HTMLDetailsElement>(null);
  return (
    <details className="menu" ref={details}>
      <summary className="btn" title={title}>
        {label}
      </summary>
      <CloseContext.Provider value={() => details.current?.removeAttribute('open')}>
        <ul className="menu-list" role="menu">
          {children}
        </ul>
      </CloseContext.Provider>
      {after}
    </details>
  );
}

/** One command in a menu. */
export function MenuItem({ onSelect, children }: { onSelect: () => void; children: ReactNode }) {
  const close = useContext(CloseContext);
  return (
    <li role="none">
      <button
        type="button"
        role="menuitem"
        className="menu-item"
        onClick={() => {
          close();
          onSelect();
        }}
      >
        {children}
      </button>
    </li>
  );
}
