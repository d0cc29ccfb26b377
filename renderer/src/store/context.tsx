/** Makes the store available to components, and lets tests provide one built on a fake Api. */
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AppActions, AppState, AppStore } from './appStore';

const StoreContext = createContext<AppStore | null>(null);

/** Provides the app store to the tree. */
export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** Reads a slice of the store; re-renders only when that slice changes. */
export function useApp<T>(selector: (state: AppState & AppActions) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useApp must be used inside <StoreProvider>');
  return useStore(store, selector);
}
