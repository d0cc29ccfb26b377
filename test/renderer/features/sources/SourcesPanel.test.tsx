import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../../renderer/src/app/App';
import { createAppStore } from '../../../../renderer/src/store/appStore';
import { StoreProvider } from '../../../../renderer/src/store/context';
import { fakeApi, textFile } from '../../fakeApi';

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
