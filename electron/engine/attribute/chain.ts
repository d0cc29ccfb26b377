/**
 * The verb group between a subject and a cue that is not itself finite: a modal ("I can now say …"), a
 * raising or control predicate before an infinitive ("Yellen is likely to stress that …", "voters are
 * more likely to say …", "she appeared to imply that …", "he went out of his way to say …"). Read
 * leftwards from the cue, the group is where the subject's own verb sits; the source is the phrase
 * before it. The word lists are the shapes of the PolNeAR train reports the phrase rules missed for
 * want of this reading (about 60 of them: modals, "likely to", "seemed/appeared to", "has to", "tried to").
 */
import type { Token } from './tokens';

/** Modals and auxiliaries (finite or not) that may stand in the group. */
const AUXILIARIES = new Set(
  (
    "can could may might must shall should will would 'll is are was were be been being am has have had do " +
    "does did not never isn't aren't wasn't weren't hasn't haven't hadn't don't doesn't didn't can't couldn't " +
    "won't wouldn't shouldn't cannot"
  ).split(' '),
);

/** Adverbs and degree words inside the group ("now", "more", "slightly", "also"). */
const ADVERBS = new Set('now also still even just already again then more most less least so too all but both ever often always first really increasingly generally'.split(' '));

/** Predicates that take a "to" infinitive and keep the subject ("is likely to", "seemed to", "went on to"). */
const CONTROL = new Set(
  (
    'likely unlikely able unable willing unwilling ready eager quick careful poised expected set going about due sure ' +
    'certain bound prepared forced allowed supposed trying tried try tries continuing continued continue continues ' +
    'began begin begins begun beginning started start starts seemed seem seems appeared appear appears wanted want ' +
    'wants decided chose moved sought rushed went proceeded struggled hesitated managed failed used need needs needed ' +
    'hoped planned plans plan intends intended afraid quick prepared reluctant happy glad'
  ).split(' '),
);

/** "went out of his way to say": a fixed phrase inside the group. */
const OUT_OF_WAY = ['out', 'of', '*', 'way'];

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word';
}

/**
 * For a cue at `cue`, the index where the non-finite verb group before it starts, when there is one that
 * ends in "to" or a modal and holds a control predicate or a modal; otherwise -1. The group is read
 * leftwards over at most eight words and never past `floor`.
 */
export function verbGroupStart(tokens: readonly Token[], cue: number, floor: number): number {
  let j = cue - 1;
  const last = tokens[j];
  if (!isWord(last)) return -1;
  let control = false;
  let modal = false;
  let words = 0;
  while (j >= floor && words < 8) {
    const t = tokens[j];
    if (!isWord(t) || t.text !== t.lower) break;
    const w = t.lower;
    if (w === 'to' && j > floor && (CONTROL.has(tokens[j - 1]!.lower) || tokens[j - 1]!.lower === 'way' || AUXILIARIES.has(tokens[j - 1]!.lower) || tokens[j - 1]!.lower === 'has' || tokens[j - 1]!.lower === 'have')) {
      modal ||= ['has', 'have', 'had'].includes(tokens[j - 1]!.lower);
      j--;
      words++;
      continue;
    }
    if (w === 'way' && j - 3 >= floor && OUT_OF_WAY.every((x, n) => x === '*' || tokens[j - 3 + n]!.lower === x)) {
      j -= 4;
      words += 4;
      control = true;
      continue;
    }
    if (CONTROL.has(w)) control = true;
    else if (AUXILIARIES.has(w)) modal ||= ['can', 'could', 'may', 'might', 'must', 'shall', 'should', 'will', 'would', "'ll", 'cannot'].includes(w);
    else if (!ADVERBS.has(w) && !(w.endsWith('ly') && w.length > 4)) break;
    j--;
    words++;
  }
  const start = j + 1;
  if (start >= cue || !(control || modal)) return -1;
  // The group must end at the cue in "to" or a modal/auxiliary, and begin after its subject.
  if (last.lower !== 'to' && !AUXILIARIES.has(last.lower) && !ADVERBS.has(last.lower) && !last.lower.endsWith('ly')) return -1;
  return start;
}
