/**
 * What the PolNeAR evaluation counts as a *speech cue*: a gold cue containing a verb of saying. PolNeAR
 * annotates every attribution relation, including beliefs, intentions and findings ("figures that",
 * "wants", "the poll shows"); a quote checker is judged on speech only.
 *
 * The list was derived from the train split: the cue head words that occur at least five times in the
 * PolNeAR train cues, keeping the verbs of saying, those that report what someone said or wrote ("said",
 * "told", "noted that", "according to"), and dropping
 * - belief and intention (think, believe, seem, expect, want, hope, plan),
 * - evidence (show, find, reveal by documents), stance (support, endorse, oppose, back),
 * - evaluative acts whose object is a target, not a report (praise X, accuse X of, criticize, call for,
 *   attack, defend, reject, dismiss, mock, blast, slam, tout, decry, denounce, cite, refer to),
 * - verbs that characterise rather than report (describe X as Y) and aspectual ones (continue).
 * What remains are verbs that report what was said: they take a clause ("said that …", "asked whether
 * …", "vowed to …") or introduce a quotation; a colon introduction (cue ":") counts too.
 * The speech acts that the first list left out although a kept verb reports the same act are counted as
 * well: "accused X of …" and "charged that …" (as "alleged"), "assured", "reminded" (as "told"),
 * "implied" (as "suggested"), "threatened" (as "vowed"), "demanded", "requested", "recommended",
 * "encouraged" and "called for/on" (as "urged", "proposed", "advised"), "yelled" (as "shouted"),
 * "forecast" (as "predicted"). "call" alone stays out ("called him a liar" characterises, like "describe").
 * It is kept separate from the engine's own lexicon on purpose: the engine must not define the yardstick
 * it is measured by.
 */
const LEMMAS = [
  'say', 'tell', 'according', 'write', 'ask', 'add', 'report', 'note', 'announce', 'suggest', 'argue',
  'tweet', 'explain', 'acknowledge', 'declare', 'respond', 'insist', 'warn', 'claim', 'state',
  'reply', 'promise', 'pledge', 'vow', 'recall', 'concede', 'admit', 'confirm', 'deny', 'predict', 'urge',
  'assert', 'stress', 'emphasize', 'reiterate', 'complain', 'joke', 'boast', 'conclude',
  'remark', 'mention', 'post', 'testify', 'echo', 'repeat', 'shout', 'chant', 'lament', 'propose',
  'indicate', 'answer', 'counter', 'caution', 'contend', 'allege', 'observe', 'advise', 'inform', 'email',
  'recount', 'exclaim', 'retort', 'quip', 'brag', 'disclose', 'estimate', 'speculate', 'maintain',
  'accuse', 'charge', 'assure', 'remind', 'imply', 'threaten', 'demand', 'request', 'recommend',
  'encourage', 'yell', 'forecast',
];

const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says', 'saying'],
  tell: ['told', 'tells', 'telling'],
  write: ['wrote', 'writes', 'writing', 'written'],
  speak: ['spoke', 'speaks', 'speaking', 'spoken'],
  read: ['reads', 'reading'],
  forecast: ['forecasts', 'forecasting', 'forecasted'],
};

function forms(lemma: string): string[] {
  const irregular = IRREGULAR[lemma];
  if (irregular) return [lemma, ...irregular];
  const stem = lemma.replace(/e$/, '');
  const y = lemma.endsWith('y') && !/[aeiou]y$/.test(lemma);
  const base = y ? lemma.slice(0, -1) : lemma;
  return [lemma, `${lemma}s`, `${lemma}es`, y ? `${base}ies` : '', y ? `${base}ied` : '', `${stem}ed`, `${stem}ing`, `${lemma}ed`, `${lemma}ing`, `${lemma}${lemma.at(-1)}ed`, `${lemma}${lemma.at(-1)}ing`].filter(Boolean);
}

const SPEECH_WORDS = new Set(LEMMAS.flatMap(forms));

/** True when a gold cue is a verb of saying (or "according to", or a colon introduction). */
export function isSpeechCue(cue: string | null | undefined): boolean {
  if (!cue) return false;
  if (cue.trim() === ':') return true;
  const words = cue.toLowerCase().replace(/’/g, "'").match(/[a-z]+/g) ?? [];
  return words.some((w) => SPEECH_WORDS.has(w)) || words.some((w, i) => CALL.has(w) && (words[i + 1] === 'for' || words[i + 1] === 'on'));
}

/** "called for a special prosecutor", "called on Sanders to …": a proposal or a request, as "urged". */
const CALL = new Set(forms('call'));
