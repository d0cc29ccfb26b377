/** Quick groups: each utterance alone, split parts joined; the engine's extraction-only pass and the window both build them here. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../electron/engine/analyze';
import { singletonGroups } from '../../shared/singletons';
import { articleOf } from '../engine/helpers';

describe('singletonGroups', () => {
  it('makes one group per utterance, a split quote’s parts joined, as the extraction-only pass lists them', () => {
    const split = articleOf('“We will rebuild,” Mayor Ana Ruiz said, “and we will do it this year.” Officials said the pier would reopen.', 'split');
    const quick = analyze([split], { extractOnly: true });
    expect(quick.groups).toEqual(singletonGroups(quick.quotes));
    const [first] = quick.groups;
    expect(first!.id).toBe(`group-${first!.quoteIds[0]}`);
    expect(first!.quoteIds).toHaveLength(2);
    expect(first!.versions[0]!.text).toBe('We will rebuild and we will do it this year.');
    expect(first!.speakers).toEqual(['Ana Ruiz']);
  });

  it('flags a quote without a speaker as unattributed', () => {
    const [group] = singletonGroups(analyze([articleOf('The sign read “Closed for good.”')], { extractOnly: true }).quotes);
    expect(group?.unattributed).toBe(true);
    expect(group?.versions[0]!.speakerFlag).toBe('unattributed');
  });

  it('shares one quote-id array between a group and its version (nothing mutates them)', () => {
    const quick = analyze([articleOf('“One,” she said. “Two,” Lee said.')], { extractOnly: true });
    for (const g of singletonGroups(quick.quotes)) expect(g.versions[0]!.quoteIds).toBe(g.quoteIds);
  });
});
