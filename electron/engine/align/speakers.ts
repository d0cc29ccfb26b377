/**
 * Speaker flags: within a group, which versions credit the group's speaker, which credit someone
 * else (a possible misattribution) and which credit nobody — so "reworded", "misattributed" and
 * "unattributed" stay three different findings.
 */
import type { SpeakerFlag } from '../../../shared/alignment';
import type { Version } from './versions';

/** The group's speakers, most frequent first (ties: first seen), and each version's flag. */
export function speakerFlags(
  versions: readonly Version[],
  reference: Version,
): { readonly speakers: readonly string[]; readonly flags: readonly SpeakerFlag[] } {
  // A group of one (most groups): its own speaker, if any, agrees with itself.
  if (versions.length === 1 && versions[0] === reference) {
    const speaker = reference.speaker;
    return { speakers: speaker ? [speaker] : [], flags: [speaker === null ? 'unattributed' : 'agrees'] };
  }
  const counts = new Map<string, number>();
  for (const v of versions) if (v.speaker) counts.set(v.speaker, (counts.get(v.speaker) ?? 0) + 1);
  const speakers = [...counts.entries()].sort((x, y) => y[1] - x[1]).map(([name]) => name);
  const main = reference.speaker ?? speakers[0] ?? null;
  const flags = versions.map<SpeakerFlag>((v) => (v.speaker === null ? 'unattributed' : v.speaker === main ? 'agrees' : 'conflict'));
  return { speakers, flags };
}

/** How two speakers relate for verification: same, one unknown, or different. */
export function speakerRelation(a: string | null, b: string | null): 'same' | 'unknown' | 'different' {
  if (a === null || b === null) return 'unknown';
  return a === b ? 'same' : 'different';
}
