import { describe, expect, it } from 'vitest';
import { tokenizePart } from '../../../electron/engine/align/tokens';
import { containmentBound, verifyPair } from '../../../electron/engine/align/verify';

const tok = (s: string) => tokenizePart(s, 0);
const link = (a: string, b: string, relation: 'same' | 'unknown' | 'different' = 'same') => verifyPair(tok(a), tok(b), relation, false, null).link;

describe('verifyPair', () => {
  it('accepts an excerpt of the same speaker, however short the excerpt', () => {
    expect(link('We need strong leadership. I am not quite there yet.', 'I’m not quite there yet,')).toBe('strong');
    expect(link('but God wants us to help ourselves by putting people back to work', 'putting people back to work')).toBe('strong');
  });

  it('accepts overlapping excerpts that share an unbroken stretch', () => {
    expect(link('As mayor, I will end the war on our parks and I will fight for every bench in this city,', 'And I will fight for every bench in this city. Parks made us strong.')).toBe('strong');
  });

  it('rejects remarks that only share a stock phrase', () => {
    expect(link('I still think he was destined to be president of the United States.', 'I know him, and he is not going to be president of the United States.', 'different')).toBeNull();
    expect(link('In our shared mission to make America great again, I support the speaker,', 'my partner in this campaign, to make America safe again and to make America great again.')).not.toBe('strong');
  });

  it('tells a different sentence sharing a phrase from an excerpt of it', () => {
    expect(link('But I was against the war in Iraq. I said it would destabilize the region.', 'totally against the war in Iraq')).toBe('distinct');
    expect(link('That is not putting people back to work,', 'but God wants us to help ourselves by putting people back to work!')).not.toBe('strong');
  });

  it('needs more for a missing speaker and much more for a different one', () => {
    expect(link('freedom means freedom for everyone', 'I think that freedom means freedom for everyone,', 'different')).toBeNull();
    expect(link('Our schools will get every cent they were promised this year.', 'Our schools will get every cent they were promised this year', 'different')).toBe('strong');
    expect(link('every cent the state legislature promised them', 'Our schools will get every cent the state legislature promised them this year', 'unknown')).toBe('strong');
    expect(link('every cent they were promised', 'Our schools will get every cent they were promised this year', 'unknown')).toBeNull();
  });

  it('does not see a misattribution where one speaker quotes another', () => {
    expect(link('Crooked Ann and her team ‘were extremely careless in their handling of very sensitive, highly classified information.’ Not fit!', 'extremely careless in their handling of very sensitive, highly classified information.', 'different')).toBeNull();
  });
});

describe('containmentBound', () => {
  it('bounds the aligned containment from above', () => {
    const a = tok('the cat sat on the mat');
    const b = tok('on the mat the cat sat');
    expect(containmentBound(a, b).value).toBe(1);
    expect(containmentBound(tok('dogs bark loudly.'), tok('cats purr softly.')).value).toBe(0);
  });
});
