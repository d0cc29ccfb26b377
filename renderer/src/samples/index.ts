/**
 * Sample articles written for Verbatim: a fictional council vote reported by two fictional outlets,
 * with a reworded quote, a quote credited to different people, an excerpt and a spelling variant.
 * Bundled into the page so "Try a sample" works offline in both modes.
 */
import bayside from './bayside-daily.txt?raw';
import ledger from './coastal-ledger.txt?raw';

/** The sample articles as files, ready for the normal open path. */
export function sampleFiles(): File[] {
  return [new File([ledger], 'coastal-ledger.txt', { type: 'text/plain' }), new File([bayside], 'bayside-daily.txt', { type: 'text/plain' })];
}
