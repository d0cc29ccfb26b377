/** Renderer entry: pick the transport, build the store, render. */
import '@fontsource-variable/inter/wght.css';
import '@fontsource/source-serif-4/latin-400.css';
import '@fontsource/source-serif-4/latin-600.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createClient } from './api/client';
import { createAppStore } from './store/appStore';
import { StoreProvider } from './store/context';

const root = createRoot(document.getElementById('root') as HTMLElement);

try {
  const client = createClient();
  const store = createAppStore(client.api);
  client.onMenuCommand((command) => {
    if (command === 'open-articles') void store.getState().openWithDialog();
    if (command === 'open-pending') void store.getState().openPending();
    if (command === 'open-folder') void store.getState().openFolderWithDialog();
    if (command === 'open-review') void store.getState().openReview();
    if (command === 'save-review-as') void store.getState().saveReviewAs();
  });
  void store.getState().init().then(() => store.getState().openPending());
  root.render(
    <StrictMode>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </StrictMode>,
  );
} catch (error) {
  root.render(
    <div className="fatal" role="alert">
      <h1>Verbatim cannot start</h1>
      <p>{error instanceof Error ? error.message : String(error)}</p>
    </div>,
  );
}
