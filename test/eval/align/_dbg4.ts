import { loadSeeds } from './seeds';
import { splitSentences } from '../../../electron/engine/align/sentences';
import { tokenizePart } from '../../../electron/engine/align/tokens';
import { alignWords } from '../../../electron/engine/align/words';
import { WordNetSynonyms } from '../../../electron/engine/align/wordnet';
const syn = new WordNetSynonyms();
const [a, b] = loadSeeds()!;
const sa = splitSentences(a!.text), sb = splitSentences(b!.text);
console.log(sa.length, sb.length);
const sigA = new Set(sa.filter(s=>s.anchors.length>=2).map(s=>s.anchors.join('|')));
for (const s of sb) if (s.anchors.length>=2) console.log(sigA.has(s.anchors.join('|')) ? 'SHARED' : '      ', s.anchors.join(','));
for (const x of sa) for (const y of sb) {
  const ta = tokenizePart(x.text,0), tb = tokenizePart(y.text,0);
  const m = alignWords(ta, tb, {synonyms: syn});
  const sim = m.length/Math.max(ta.length,tb.length);
  if (sim > 0.35) console.log(sim.toFixed(2), x.index, y.index, x.text.slice(0,60), '|', y.text.slice(0,60));
}
