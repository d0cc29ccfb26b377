import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../../renderer/src/app/App';
import { createAppStore } from '../../../../renderer/src/store/appStore';
import { StoreProvider } from '../../../../renderer/src/store/context';
import { analysis, articles } from '../../analysisFixture';
import { fakeApi, serveAnalysis, textFile } from '../../fakeApi';

afterEach(cleanup);

async function renderWithAnalysis() {
  const api = fakeApi({
    'articles.load': async () => ({ articles, failures: [] }),
    ...serveAnalysis(async () => analysis),
  });
  const store = createAppStore(api);
  render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  await act(async () => {
    await store.getState().openFiles([textFile('a.txt', 'x')]);
  });
  return store;
}

describe('quote groups view', () => {
  it('opens on the most urgent group with its versions and differences', async () => {
    await renderWithAnalysis();
    const detail = screen.getByTestId('group-detail');
    expect(within(detail).getAllByTestId('version')).toHaveLength(2);
    expect(within(detail).getByText('have to').className).toContain('diff-sub');
    expect(within(detail).getByText('have to').getAttribute('title')).toBe('Reference: “must”');
    expect(within(detail).getByText('Different speaker')).toBeTruthy();
    expect(within(detail).getByText('1 word substituted (must→have to).')).toBeTruthy();
  });

  it('jumps from a version to its article with the quote highlighted', async () => {
    const store = await renderWithAnalysis();
    const second = screen.getAllByTestId('version')[1]!;
    await act(async () => within(second).getByRole('button', { name: 'Show in article →' }).click());
    expect(store.getState()).toMatchObject({ pane: 'article', selectedId: 'a_00000000000b', focusQuoteId: 'q3' });
    expect(document.querySelector('mark.focused')?.textContent).toBe('We have to act now');
  });
});
