import { tokenize } from '../../../electron/engine/align/tokens';
import { alignWords } from '../../../electron/engine/align/words';
import { containment, overlapping } from '../../../electron/engine/align/verify';
import { WordNetSynonyms } from '../../../electron/engine/align/wordnet';
import { loadPairs } from './data';
const syn = new WordNetSynonyms();
for (const p of loadPairs()) {
  const a = tokenize([p.a_text]); const b = tokenize([p.b_text]);
  const m = alignWords(a, b, { synonyms: syn });
  const m0 = alignWords(a, b, { synonyms: null });
  const c = containment(a,b,m); const c0 = containment(a,b,m0);
  if (p.speaker_a !== p.speaker_b) continue;
  console.log(`${p.same_utterance?'T':'F'} ${String(p.pair_index).padStart(3)} syn=${c.value.toFixed(2)} nosyn=${c0.value.toFixed(2)} content=${c.content} spread=${c.spread.toFixed(1)} ov=${overlapping(a,b,m)} short=${Math.min(a.length,b.length)} | ${p.a_text.slice(0,50)} | ${p.b_text.slice(0,50)}`);
}
