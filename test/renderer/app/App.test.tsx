import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/src/app/App';
import { createAppStore } from '../../../renderer/src/store/appStore';
import { StoreProvider } from '../../../renderer/src/store/context';
import { fakeApi, textFile } from '../fakeApi';

afterEach(cleanup);

async function renderApp() {
  const store = createAppStore(fakeApi());
  await store.getState().init();
  render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  return store;
}

describe('<App>', () => {
  it('shows the empty state with the open button', async () => {
    await renderApp();
    expect(screen.getByRole('heading', { name: 'Is the quote real, and who said it?' })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Open articles…' })).toHaveLength(2);
    expect(screen.getByText('Browser mode')).toBeTruthy();
  });

  it('lists opened files with title and word count, and failures inline', async () => {
    await renderApp();
    const input = screen.getByTestId('file-input') as HTMLInputElement;
    await act(async () => {
      fireEvent.change(input, { target: { files: [textFile('one.txt', 'Talks resume\nThey said yes.'), textFile('empty.txt', '')] } });
      await new Promise((r) => setTimeout(r, 50));
    });
    const item = screen.getByTestId('source-item');
    expect(within(item).getByTestId('source-title').textContent).toBe('Talks resume');
    expect(within(item).getByTestId('source-words').textContent).toBe('5 words');
    expect(screen.getByTestId('failure-item').textContent).toContain('empty.txt');
    expect(screen.getByRole('heading', { level: 1, name: 'Talks resume' })).toBeTruthy();
  });

  it('renders article text as text, never as HTML', async () => {
    const store = await renderApp();
    await act(async () => {
      await store.getState().openFiles([textFile('x.txt', 'Evil\n<img src=x onerror="alert(1)"><script>alert(2)</script>')]);
    });
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('.reader script')).toBeNull();
    expect(screen.getByText('<img src=x onerror="alert(1)"><script>alert(2)</script>')).toBeTruthy();
  });
});
