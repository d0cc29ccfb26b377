/** The whole app rendered over a fake Api whose load returns these articles and whose analysis returns this result, with one file opened. */
import { act, render } from '@testing-library/react';
import { App } from '../../renderer/src/app/App';
import { createAppStore } from '../../renderer/src/store/appStore';
import { StoreProvider } from '../../renderer/src/store/context';
import type { Analysis, Article } from '../../shared/types';
import { fakeApi, serveAnalysis, textFile } from './fakeApi';

export async function renderOpenedApp(articles: readonly Article[], analysis: Analysis, storage: Storage | null = null) {
  const store = createAppStore(fakeApi({ 'articles.load': async () => ({ articles: [...articles], failures: [] }), ...serveAnalysis(async () => analysis) }), storage);
  await store.getState().init();
  render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  await act(async () => store.getState().openFiles([textFile('a.txt', 'x')]));
  return store;
}
