import { describe, expect, it } from 'vitest';
import { chooseReference } from '../../../electron/engine/align/detail';
import { speakerFlags } from '../../../electron/engine/align/speakers';
import { buildVersions } from '../../../electron/engine/align/versions';
import { article, quote } from './helpers';

const a = article('a', 'She said: "We will open the harbour in March and not a day later."');
const b = article('b', 'She said: "We will open the harbour in March."');
const c = article('c', 'She said that they will open the harbour in March and not a day later.');
const order = new Map([['a', 0], ['b', 1], ['c', 2]]);
const versions = buildVersions(
  [
    quote(b, 'We will open the harbour in March.', 'Dana Okafor'),
    quote(a, 'We will open the harbour in March and not a day later.', 'Dana Okafor'),
    quote(c, 'they will open the harbour in March and not a day later', null, { kind: 'indirect' }),
  ],
  order,
);

describe('chooseReference', () => {
  it('prefers a direct quote, then the fullest', () => {
    expect(versions[chooseReference(versions, new Set())]!.articleId).toBe('a');
  });

  it('avoids a version from a spun copy', () => {
    expect(versions[chooseReference(versions, new Set(['a']))]!.articleId).toBe('b');
  });
});

describe('speakerFlags', () => {
  it('flags versions against the reference speaker', () => {
    const { speakers, flags } = speakerFlags(versions, versions[0]!);
    expect(speakers).toEqual(['Dana Okafor']);
    expect(flags).toEqual(['agrees', 'agrees', 'unattributed']);
  });
});
