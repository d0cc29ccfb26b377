import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../../../shared/contract';
import { App } from '../../../../renderer/src/app/App';
import { createAppStore } from '../../../../renderer/src/store/appStore';
import { StoreProvider } from '../../../../renderer/src/store/context';
import { analysis, articles } from '../../listFixture';
import { fakeApi, serveAnalysis, textFile } from '../../fakeApi';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function renderApp(overrides: Partial<Api> = {}, nativeDialogs = false) {
  const api = fakeApi({
    'app.info': async () => ({ mode: nativeDialogs ? 'electron' : 'browser', version: 'test', nativeDialogs, maxFileBytes: 1000, extensions: ['.txt'] }),
    'articles.load': async () => ({ articles, failures: [] }),
    ...serveAnalysis(async () => analysis),
    ...overrides,
  });
  const store = createAppStore(api, null);
  await store.getState().init();
  render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  return { store, api };
}

const open = (store: ReturnType<typeof createAppStore>) => act(async () => store.getState().openFiles([textFile('a.txt', 'x')]));

describe('export menu', () => {
  it('appears once there are quotes, with the four formats', async () => {
    const { store } = await renderApp();
    expect(screen.queryByText('Export')).toBeNull();
    await open(store);
    const menu = screen.getByText('Export').closest('details')!;
    expect(within(menu).getAllByRole('menuitem').map((m) => m.textContent)).toEqual([
      'Printable report (HTML)',
      'Markdown',
      'Spreadsheet (CSV)',
      'Data (JSON)',
    ]);
  });

  it('saves through the native dialog in the app, with every group in the file', async () => {
    const saved: { name: string; content: string }[] = [];
    const { store } = await renderApp({ 'files.save': async (file) => (saved.push(file), { saved: true }) }, true);
    await open(store);
    await act(async () => screen.getByRole('menuitem', { name: 'Spreadsheet (CSV)' }).click());
    expect(saved).toHaveLength(1);
    expect(saved[0]!.name).toMatch(/^verbatim-report-.*\.csv$/);
    for (const words of ['We must act now', 'We have to act now', 'Later', 'Taxes will fall']) expect(saved[0]!.content).toContain(words);
    expect(screen.getByRole('status').textContent).toContain(`Exported ${saved[0]!.name}`);
  });

  it('downloads in the browser mode', async () => {
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    URL.createObjectURL = vi.fn(() => 'blob:report');
    URL.revokeObjectURL = vi.fn();
    const { store } = await renderApp();
    await open(store);
    await act(async () => screen.getByRole('menuitem', { name: 'Markdown' }).click());
    expect(clicked).toHaveLength(1);
    expect(clicked[0]).toMatch(/^verbatim-report-.*\.md$/);
  });
});

describe('copy one group as text', () => {
  it('copies only the selected quote: every version, its speaker as written, cue and differences', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    const { store } = await renderApp();
    await open(store);
    await act(async () => within(screen.getByTestId('group-detail')).getByRole('button', { name: 'Copy as text' }).click());
    expect(writeText).toHaveBeenCalledTimes(1);
    const text = writeText.mock.calls[0]![0];
    expect(text).toContain('[A] “We must act now”');
    expect(text).toContain('Ann Lee (as “Mayor Ann Lee”), said — Vote');
    expect(text).toContain('[B] “We have to act now”');
    expect(text).toContain('1 word substituted (must→have to).');
    expect(text).not.toContain('Taxes will fall');
    expect(screen.getByRole('status').textContent).toContain('Copied the quote and its versions as text');
  });

  it('says so when the clipboard refuses', async () => {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => Promise.reject(new Error('Not allowed')) } });
    const { store } = await renderApp();
    await open(store);
    await act(async () => within(screen.getByTestId('group-detail')).getByRole('button', { name: 'Copy as text' }).click());
    expect(screen.getByRole('alert').textContent).toContain('Could not copy: Not allowed');
  });
});
