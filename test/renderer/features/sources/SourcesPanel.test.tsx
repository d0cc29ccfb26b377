import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../../renderer/src/app/App';
import { createAppStore } from '../../../../renderer/src/store/appStore';
import { StoreProvider } from '../../../../renderer/src/store/context';
import { analysis, articles } from '../../listFixture';
import { fakeApi, textFile } from '../../fakeApi';
import { renderOpenedApp } from '../../openedApp';
import { withScrollerLayout } from '../../layout';

afterEach(cleanup);

describe('sources panel', () => {
  it('lists sources with letters and counts, shows failures inline, and removes a source', async () => {
    const store = createAppStore(fakeApi());
    render(
      <StoreProvider store={store}>
        <App />
      </StoreProvider>,
    );
    await act(async () => store.getState().openFiles([textFile('one.txt', 'One\nA b c.'), textFile('bad.txt', ''), textFile('two.txt', 'Two\nD e.')]));
    const items = screen.getAllByTestId('source-item');
    expect(items.map((i) => within(i).getByTestId('source-title').textContent)).toEqual(['One', 'Two']);
    expect(screen.getByTestId('failure-item').textContent).toContain('bad.txt');
    await act(async () => screen.getByRole('button', { name: 'Dismiss message about bad.txt' }).click());
    expect(screen.queryByTestId('failure-item')).toBeNull();
    await act(async () => screen.getByRole('button', { name: 'Remove one.txt' }).click());
    expect(screen.getAllByTestId('source-item')).toHaveLength(1);
    expect(screen.getByText('1 source · 3 words')).toBeTruthy();
  });
});

describe('sources panel with an analysis and with many sources', () => {
  withScrollerLayout();

  it('counts each source’s quotes once analysed', async () => {
    await renderOpenedApp(articles, analysis);
    const items = screen.getAllByTestId('source-item');
    expect(items.map((i) => i.querySelector('.source-meta')?.textContent)).toEqual(['18 words·3 quotes', '16 words·2 quotes']);
    expect(items.map((i) => i.querySelector('.source-letter')?.textContent)).toEqual(['A', 'B']);
  });

  it('shows load progress with Cancel, then lists thousands of sources with only those on screen in the page', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const base = fakeApi();
    const store = createAppStore(fakeApi({ 'articles.load': async (input) => (await gate, base['articles.load'](input)) }), null);
    await store.getState().init();
    render(
      <StoreProvider store={store}>
        <App />
      </StoreProvider>,
    );
    const files = Array.from({ length: 600 }, (_, i) => textFile(`f${i}.txt`, `Story ${i}\nSome words here.`));
    let opening: Promise<void> = Promise.resolve();
    await act(async () => {
      opening = store.getState().openFiles(files);
    });
    const progress = screen.getByRole('progressbar');
    expect(progress.textContent).toContain('Opening 0 of 600 files…');
    expect(within(progress).getByRole('button', { name: 'Cancel' })).toBeTruthy();
    await act(async () => {
      release();
      await opening;
    });
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('complementary', { name: 'Sources' }).querySelector('.badge')?.textContent).toBe('600');
    expect(screen.getByText('600 sources · 3,000 words')).toBeTruthy();
    const listed = screen.getAllByTestId('source-item');
    expect(listed.length).toBeGreaterThan(5);
    expect(listed.length).toBeLessThan(40);
    expect(within(listed[0]!).getByTestId('source-title').textContent).toBe('Story 0');
  });
});
