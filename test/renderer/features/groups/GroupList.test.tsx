import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SourceBadges } from '../../../../renderer/src/features/groups/badges';
import { analysis, articles } from '../../listFixture';
import { renderOpenedApp } from '../../openedApp';
import { withScrollerLayout } from '../../layout';

afterEach(cleanup);
withScrollerLayout();

const renderList = () => renderOpenedApp(articles, analysis);

const list = () => screen.getByRole('region', { name: 'Quote groups' });
/** The quotes the list shows, in order. */
const shown = () => within(list()).queryAllByTestId('group-row').map((r) => r.querySelector('.group-text')?.textContent);
const chip = (name: RegExp) => within(list()).getByRole('radio', { name });
const click = (el: HTMLElement) => act(async () => el.click());

describe('quote list', () => {
  it('opens on the flagged quotes, with a count on every chip', async () => {
    await renderList();
    expect(chip(/^Flagged/).getAttribute('aria-checked')).toBe('true');
    expect(shown()).toEqual(['“We must act now”']);
    const counts = within(list())
      .getAllByRole('radio')
      .map((r) => r.textContent);
    expect(counts).toEqual(['Flagged 1', 'All 3', 'Speaker differs 1', 'In several sources 2', 'Single source 1']);
  });

  it('lists everything most urgent first, and narrows by chip', async () => {
    await renderList();
    await click(chip(/^All/));
    expect(shown()).toEqual(['“We must act now”', '“Taxes will fall”', '“Later”']);
    await click(chip(/^Speaker differs/));
    expect(shown()).toEqual(['“We must act now”']);
    await click(chip(/^Single source/));
    expect(shown()).toEqual(['“Later”']);
    await click(chip(/^In several sources/));
    expect(shown()).toEqual(['“We must act now”', '“Taxes will fall”']);
  });

  it('narrows by wording class and by source, and the chip counts follow', async () => {
    await renderList();
    await click(chip(/^All/));
    await act(async () => {
      fireEvent.change(within(list()).getByLabelText('Wording'), { target: { value: 'cosmetic' } });
    });
    expect(shown()).toEqual(['“Taxes will fall”']);
    expect(chip(/^Flagged/).textContent).toBe('Flagged 0');
    await act(async () => {
      fireEvent.change(within(list()).getByLabelText('Wording'), { target: { value: '' } });
    });
    const source = within(list()).getByLabelText('Source');
    expect(within(source).getAllByRole('option').map((o) => o.textContent)).toEqual(['Any source', 'A · Vote', 'B · Poll']);
    await act(async () => {
      fireEvent.change(source, { target: { value: '1' } });
    });
    expect(shown()).toEqual(['“We must act now”', '“Taxes will fall”']);
    expect(chip(/^All/).textContent).toBe('All 2');
  });

  it('searches the words and the speakers', async () => {
    await renderList();
    await click(chip(/^All/));
    const search = within(list()).getByLabelText('Search quotes');
    await act(async () => {
      fireEvent.change(search, { target: { value: 'LATER' } });
    });
    expect(shown()).toEqual(['“Later”']);
    await act(async () => {
      fireEvent.change(search, { target: { value: 'bo chan' } });
    });
    expect(shown()).toEqual(['“We must act now”', '“Taxes will fall”']);
    await act(async () => {
      fireEvent.change(search, { target: { value: 'nobody said this' } });
    });
    expect(within(list()).getByText('No quotes match.')).toBeTruthy();
  });

  it('moves through the quotes with j and k, focuses the search with /, and opens the article with Enter', async () => {
    const store = await renderList();
    await click(chip(/^All/));
    const key = (k: string, target: Window | Element = window) => act(async () => void fireEvent.keyDown(target, { key: k }));
    expect(store.getState().selectedGroupId).toBe('g1');
    await key('j');
    expect(store.getState().selectedGroupId).toBe('g3');
    expect(within(list()).getAllByTestId('group-row')[1]?.getAttribute('aria-current')).toBe('true');
    await key('j');
    await key('j');
    expect(store.getState().selectedGroupId).toBe('g2');
    await key('k');
    expect(store.getState().selectedGroupId).toBe('g3');
    await key('/');
    expect(document.activeElement).toBe(within(list()).getByLabelText('Search quotes'));
    // Typing in the search box does not move the selection.
    await key('j', document.activeElement!);
    expect(store.getState().selectedGroupId).toBe('g3');
    (document.activeElement as HTMLElement).blur();
    await key('Enter');
    expect(store.getState()).toMatchObject({ pane: 'article', selectedId: 'a_00000000000a', focusQuoteId: 'q4' });
    expect(document.querySelector('mark.focused')?.textContent).toBe('Taxes will fall');
  });
});

describe('speakers view', () => {
  it('lists everyone quoted with their counts, sources and flags, and shows one person’s quotes', async () => {
    const store = await renderList();
    await click(within(list()).getByRole('tab', { name: 'Speakers' }));
    const people = within(screen.getByTestId('speaker-list')).getAllByRole('button');
    expect(people.map((p) => p.querySelector('.speaker-name')?.textContent)).toEqual(['Bo Chan', 'Ann Lee']);
    expect(people[0]!.textContent).toContain('3 quotes');
    expect(people[0]!.textContent).toContain('1 flag');
    expect(people[1]!.textContent).toContain('2 quotes');
    expect([...people[0]!.querySelectorAll('.group-sources > *')].map((b) => b.textContent)).toEqual(['A', 'B']);

    await click(people[1]!);
    expect(within(list()).getByRole('tab', { name: 'Quotes' }).getAttribute('aria-selected')).toBe('true');
    // Choosing a person shows all their quotes, flagged or not.
    expect(shown()).toEqual(['“We must act now”', '“Later”']);
    expect(store.getState().filter).toBe('all');
    await click(within(list()).getByRole('button', { name: 'Show every speaker, not only Ann Lee' }));
    expect(shown()).toEqual(['“We must act now”', '“Taxes will fall”', '“Later”']);
  });
});

describe('source badges', () => {
  it('a quote in many sources shows a few badges and how many more', () => {
    render(<SourceBadges sources={[0, 1, 2, 3, 4, 5, 6, 40]} />);
    const badges = [...document.querySelectorAll('.source-badge')];
    expect(badges.map((b) => b.textContent)).toEqual(['A', 'B', 'C', 'D', '+4']);
    expect(badges.at(-1)?.getAttribute('title')).toMatch(/^Also in E, F, G, /);
  });
});
