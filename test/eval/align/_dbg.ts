import { tokenize } from '/work/main/electron/engine/align/tokens';
import { alignWords } from '/work/main/electron/engine/align/words';
import { containment, verifyPair, strayEdge, overlapping } from '/work/main/electron/engine/align/verify';
import { compareTokens } from '/work/main/electron/engine/align/compare';
import { WordNetSynonyms } from '/work/main/electron/engine/align/wordnet';
import { loadPairs } from '/work/main/test/eval/align/data';
import { candidatePairs } from '/work/main/electron/engine/align/candidates';
const syn = new WordNetSynonyms();
const want = process.argv.slice(2);
for (const p of loadPairs()) {
  if (!want.some(w => p.a_text.includes(w))) continue;
  const a = tokenize([p.a_text]); const b = tokenize([p.b_text]);
  const m = alignWords(a, b, { synonyms: null });
  console.log(p.pair_index, p.same_utterance, p.relation);
  console.log(' A:', a.map(t=>t.key).join(' '));
  console.log(' B:', b.map(t=>t.key).join(' '));
  console.log(' M:', m.map(x=>`${a[x.a]!.key}${x.kind==='same'?'':'/'+x.kind}@${x.a}:${x.b}`).join(' '));
  const cc = containment(a,b,m); console.log(' C:', cc, verifyPair(a,b,'same',false,null), 'stray', strayEdge(a,b,m,cc.shorterIsA), 'ov', overlapping(a,b,m));
  console.log(' cand:', candidatePairs([{index:0,tokens:a,speaker:p.speaker_a},{index:1,tokens:b,speaker:p.speaker_b}]));
  const c = compareTokens(b.length>=a.length?b:a, b.length>=a.length?a:b, syn);
  console.log(' cmp:', c.wording, c.changes.map(x=>`${x.kind}/${x.place}/${x.severity} r${x.refFrom}-${x.refTo} v${x.verFrom}-${x.verTo}`).join('; '));
}
