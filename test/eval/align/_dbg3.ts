import { tokenize } from '../../../electron/engine/align/tokens';
import { alignWords } from '../../../electron/engine/align/words';
import { containment } from '../../../electron/engine/align/verify';
import { loadPairs } from './data';
for (const p of loadPairs()) {
  if (p.speaker_a !== p.speaker_b) continue;
  const a = tokenize([p.a_text]); const b = tokenize([p.b_text]);
  const m = alignWords(a, b, { synonyms: null });
  const c = containment(a,b,m);
  if (c.value < 0.7 || !m.length) continue;
  const S = c.shorterIsA ? a : b; const L = c.shorterIsA ? b : a;
  const sIdx = (x: typeof m[0]) => c.shorterIsA ? x.a : x.b; const lIdx = (x: typeof m[0]) => c.shorterIsA ? x.b : x.a;
  const f = m[0]!, l = m[m.length-1]!;
  const sPre = S.slice(0, sIdx(f)), sPost = S.slice(sIdx(l)+1);
  const lPre = lIdx(f), lPost = L.length-1-lIdx(l);
  const conflictStart = sPre.some(t=>!t.stop) && lPre > 0;
  const conflictEnd = sPost.some(t=>!t.stop) && lPost > 0;
  // inner unmatched content words in S
  const matchedS = new Set(m.map(sIdx));
  const inner = S.slice(sIdx(f), sIdx(l)+1).filter((t,i)=>!matchedS.has(i+sIdx(f)) && !t.stop && !t.editorial).length;
  if (conflictStart || conflictEnd || inner>0)
    console.log(`${p.same_utterance?'T':'F'} ${p.pair_index} c=${c.value.toFixed(2)} cs=${conflictStart} ce=${conflictEnd} inner=${inner} | ${S.map(t=>t.key).join(' ').slice(0,80)} || ${L.map(t=>t.key).join(' ').slice(0,100)}`);
}
