/**
 * The three baselines both benches print beside our figures, as one pass over one text each: the raw
 * quotation-mark scan (the floor no extractor beats) and two peer NLP passes (dev dependencies only).
 */
import compromise from 'compromise';
import winkNLP from 'wink-nlp';
import winkModel from 'wink-eng-lite-web-model';

/** Counts quotation marks, nothing else. */
function countQuoteMarks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x201c || c === 0x201d) n++;
  }
  return n;
}

// Only tokenisation and sentence boundaries: the cheapest pass wink-nlp offers.
const wink = winkNLP(winkModel, ['sbd']);

/** Each baseline's name and its pass over one text. */
export const BASELINES: readonly (readonly [name: string, pass: (text: string) => number])[] = [
  ['raw quotation-mark scan', countQuoteMarks],
  ['wink-nlp tokenise-and-split', (t) => wink.readDoc(t).sentences().length()],
  ['compromise quotations()', (t) => compromise(t).quotations().length],
];
