import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { analysis, articles } from '../../analysisFixture';
import { renderOpenedApp } from '../../openedApp';

afterEach(cleanup);

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, v),
  };
}

const renderApp = (storage: Storage) => renderOpenedApp(articles, analysis, storage);

describe('review', () => {
  it('marks with the buttons and keys 1–4, toggles off, and keeps a note', async () => {
    const store = await renderApp(memoryStorage());
    const review = screen.getByTestId('review');
    await act(async () => within(review).getByRole('radio', { name: /Misattributed/ }).click());
    expect(store.getState().marks['g1']?.status).toBe('misattributed');
    await act(async () => {
      fireEvent.keyDown(window, { key: '3' });
    });
    expect(store.getState().marks['g1']).toBeUndefined();
    await act(async () => {
      fireEvent.keyDown(window, { key: '1' });
    });
    expect(store.getState().marks['g1']?.status).toBe('ok');
    await act(async () => {
      fireEvent.change(within(review).getByLabelText('Note'), { target: { value: 'Checked the video.' } });
    });
    expect(store.getState().marks['g1']).toMatchObject({ status: 'ok', note: 'Checked the video.' });
    expect(store.getState().marks['g1']?.anchors).toHaveLength(2);
  });

  it('keys typed into the note do not mark', async () => {
    const store = await renderApp(memoryStorage());
    const note = within(screen.getByTestId('review')).getByLabelText('Note');
    await act(async () => {
      fireEvent.keyDown(note, { key: '2' });
    });
    expect(store.getState().marks['g1']).toBeUndefined();
  });

  it('autosaves to browser storage and restores the marks for the same articles', async () => {
    const storage = memoryStorage();
    const first = await renderApp(storage);
    await act(async () => first.getState().setMark('g1', 'wording-error'));
    await act(async () => new Promise((r) => setTimeout(r, 700)));
    expect(storage.length).toBe(1);
    // Only the marks: the articles' text would not fit the quota for a large set (the key names the articles).
    const kept = JSON.parse(storage.getItem(storage.key(0)!)!) as { articles: unknown[]; marks: unknown[] };
    expect(kept.articles).toEqual([]);
    expect(kept.marks).toHaveLength(1);
    cleanup();
    const second = await renderApp(storage);
    expect(second.getState().marks['g1']?.status).toBe('wording-error');
    expect(second.getState().reviewPlace).toBe('browser');
  });

  it('says so, rather than failing silently, when the browser refuses to keep the review', async () => {
    const full = { ...memoryStorage(), setItem: () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); } };
    const store = await renderApp(full);
    await act(async () => store.getState().setMark('g1', 'ok'));
    await act(async () => new Promise((r) => setTimeout(r, 700)));
    expect(store.getState().error).toMatch(/could not be kept in this browser.*quota.*Download the review file/);
  });
});
