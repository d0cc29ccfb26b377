import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../../renderer/src/app/App';
import { createAppStore } from '../../../../renderer/src/store/appStore';
import { StoreProvider } from '../../../../renderer/src/store/context';
import { analysis, articles } from '../../analysisFixture';
import { analysis as listAnalysis, articles as listArticles } from '../../listFixture';
import { fakeApi, serveAnalysis, textFile } from '../../fakeApi';
import { renderOpenedApp } from '../../openedApp';

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
    // The window lists articles without their text and asks main for the one it shows.
    expect(store.getState().articles.some((a) => 'text' in a)).toBe(false);
    expect([...store.getState().texts.keys()]).toEqual(['a_00000000000b']);
  });
});

describe('group view: speakers, cues, confidence and legend', () => {
  async function renderList(select: string) {
    const store = await renderOpenedApp(listArticles, listAnalysis);
    act(() => store.getState().selectGroup(select));
    // The versions are fetched when the group is opened.
    return screen.findByTestId('group-detail');
  }

  it('shows each version’s canonical speaker, the words the text used, the cue and how sure the engine is', async () => {
    const detail = await renderList('g1');
    const [reference, other] = within(detail).getAllByTestId('version') as [HTMLElement, HTMLElement];
    expect(within(reference).getByText('Reference')).toBeTruthy();
    expect(reference.querySelector('.version-speaker')?.textContent).toBe('Ann Leeas “Mayor Ann Lee”cue “said”90% sure');
    expect(within(other).getByText('Bo Chan')).toBeTruthy();
    expect(within(other).queryByText(/^as “/)).toBeNull();
    expect(within(other).getByText('Different speaker')).toBeTruthy();
    expect(within(detail).getByRole('heading').textContent).toBe('Ann Lee / Bo Chan');
    expect(within(detail).getByText('2 versions in 2 sources')).toBeTruthy();
    expect(within(detail).getByLabelText('Legend').textContent).toBe('abc Substitutedabc Spellingabc Addedabc Left outabc Punctuation');
  });

  it('a pronoun is shown as written beside the person it stands for; one version has no legend', async () => {
    const detail = await renderList('g2');
    expect(within(detail).getByText('as “she”')).toBeTruthy();
    expect(within(detail).getByText('cue “added”')).toBeTruthy();
    expect(within(detail).getByText('62% sure')).toBeTruthy();
    expect(within(detail).getByText('1 version in 1 source')).toBeTruthy();
    expect(within(detail).queryByLabelText('Legend')).toBeNull();
  });
});
