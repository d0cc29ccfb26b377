import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findParaphrase, findParaphrases } from '../../../electron/engine/attribute/indirect';
import { tokenize } from '../../../electron/engine/attribute/tokens';

function reports(text: string): string[] {
  const t = tokenize(text, 0, text.length, [], 0);
  return findParaphrases(t, 0, t.length).map(
    (p) => `${t.slice(p.source.from, p.source.to).map((x) => x.text).join(' ')}: ${p.parts.map((r) => text.slice(t[r.from]!.start, t[r.to - 1]!.end)).join(' / ')}`,
  );
}

describe('findParaphrases', () => {
  it('finds the common shapes of reported speech', () => {
    expect(reports('Carson said he saw no need to change anything.')).toEqual(['Carson: he saw no need to change anything']);
    expect(reports('The plan is dead, officials said on Monday.')).toEqual(['officials: The plan is dead']);
    expect(reports('The plan is dead, said a spokesman.')).toEqual(['a spokesman: The plan is dead']);
    expect(reports('According to the memo, the plan is dead.')).toEqual(['the memo: the plan is dead']);
    expect(reports('The plan, he said, is dead for now.')).toEqual(['he: The plan / is dead for now']);
  });

  it('reads a long titled source whose title contains a noun-like cue word ("state")', () => {
    expect(reports('US state department spokesperson Tammy Bruce has said any talks will include Kyiv.')).toEqual([
      'US state department spokesperson Tammy Bruce: any talks will include Kyiv',
    ]);
  });

  it('finds two reports in one sentence and stops content at a comment clause', () => {
    expect(reports('Supporters said the case was made, while other voters said they had not heard enough.')).toEqual([
      'Supporters: the case was made',
      'other voters: they had not heard enough',
    ]);
  });

  it('does not read circumstances or plain objects as reports', () => {
    expect(reports('Sanders is speaking Thursday to the conference.')).toEqual([]);
    expect(reports('Rubio still maintains an overwhelming lead in endorsements.')).toEqual([]);
    expect(reports('The Latest: Cruz to give away a shotgun')).toEqual([]);
  });

  it('reads headline colons and infinitive reports', () => {
    expect(reports('Clinton: Trump will reverse the ruling')).toEqual(['Clinton: Trump will reverse the ruling']);
    expect(reports('Sanders promised to take bold action.')).toEqual(['Sanders: to take bold action']);
  });

  it('reads subjects in relative clauses and reports after adverbials', () => {
    expect(reports('Top donor Sheldon Adelson said on Friday he met the candidate this week.')).toEqual(['Top donor Sheldon Adelson: he met the candidate this week']);
    expect(reports('Progressive organizations that have endorsed him say they want a fair count.')).toEqual(['Progressive organizations: they want a fair count']);
    expect(reports('Barkley, who said he typically votes democratic, said one candidate he likes is Kasich.')).toEqual([
      'Barkley: he typically votes democratic',
      'Barkley: one candidate he likes is Kasich',
    ]);
    expect(reports('Reynolds says that after the attacks, Santilli was ready to reenlist.')).toEqual(['Reynolds: after the attacks, Santilli was ready to reenlist']);
    expect(reports('After saying he was nervous to ask a question, the man ended up in the room.')).toEqual(['the man: he was nervous to ask a question']);
    expect(reports('Rather, sources close to her campaign say she stands behind the president.')).toEqual(['sources: she stands behind the president']);
    expect(reports('Walker now says he is being denied the opportunity to speak.')).toEqual(['Walker: he is being denied the opportunity to speak']);
  });

  it('ends content where a named clause starts and reads poll labels and "warned of"', () => {
    expect(reports('Obama announced that the war would not end soon, Republicans blocked the funding bill.')).toEqual(['Obama: the war would not end soon']);
    expect(reports('Poll: Trump and Clinton hold narrow leads in Pennsylvania')).toEqual(['Poll: Trump and Clinton hold narrow leads in Pennsylvania']);
    expect(reports('Hollande warned of the global implications of the vote.')).toEqual(['Hollande: the global implications of the vote']);
  });

  it('reads speech acts whose object is the report: accusations, requests, calls for and on', () => {
    expect(reports('Sanders accused Clinton of dragging her feet.')).toEqual(['Sanders: Clinton of dragging her feet']);
    expect(reports('Trump called for a special prosecutor to investigate Clinton.')).toEqual(['Trump: a special prosecutor to investigate Clinton']);
    expect(reports('Clinton called on Sanders to do the same.')).toEqual(['Clinton: Sanders to do the same']);
    expect(reports('He reminded voters that the economy was growing.')).toEqual(['He: the economy was growing']);
    expect(reports('They called him a liar.')).toEqual([]);
    expect(reports('Voters rejected the demand for a recount.')).toEqual([]);
  });

  it('reads a subject before a modal or a control predicate with "to"', () => {
    expect(reports('The chair is likely to stress that rates will stay low.')).toEqual(['The chair: rates will stay low']);
    expect(reports('Voters were more likely to say they trusted the governor.')).toEqual(['Voters: they trusted the governor']);
    expect(reports('She went out of her way to say that the deal was fair.')).toEqual(['She: the deal was fair']);
    // A plain object after such a group is no report.
    expect(reports('The mayor would have to tell the council.')).toEqual([]);
  });

  it('reads a pronoun with a contracted auxiliary and the clause verbs the lexicon lacks', () => {
    expect(reports("He's predicted big wins in the races ahead.")).toEqual(["He's: big wins in the races ahead"]);
    expect(reports('On Friday, the senator speculated that the vote would slip.')).toEqual(['the senator: the vote would slip']);
    expect(reports('Analysts forecast that turnout would be high.')).toEqual(['Analysts: turnout would be high']);
    expect(reports('The forecast was for rain all week long.')).toEqual([]);
  });

  it('reads weak cues only with an infinitive or a clause right after them', () => {
    expect(reports('The union has pledged to end the strike by May.')).toEqual(['The union: to end the strike by May']);
    expect(reports('The owner threatened to close the plant next year.')).toEqual(['The owner: to close the plant next year']);
    expect(reports('The lawyer maintained that the contract was void.')).toEqual(['The lawyer: the contract was void']);
    expect(reports('He pledged to the fund all of his winnings.')).toEqual([]);
    expect(reports('The team maintained a lead through the third quarter.')).toEqual([]);
  });

  it('resumes a report after a parenthetical attribution with a trailer, and keeps a short resumption', () => {
    expect(reports('The argument would be aided, Devine said, by the upcoming primary calendar.')).toEqual(['Devine: The argument would be aided / by the upcoming primary calendar']);
    expect(reports('The presumed adjustment, they concluded, never happened.')).toEqual(['they: The presumed adjustment / never happened']);
    expect(reports('The solution, the partner told them, was simple.')).toEqual(['the partner: The solution / was simple']);
    expect(reports('If she becomes president, Clinton suggested in a tweet, women will not be punished.')).toEqual(['Clinton: If she becomes president / women will not be punished']);
  });

  it('ends a report at a semicolon', () => {
    expect(reports('Most said they were not looking forward to it; 46 percent said they were unenthusiastic.')).toEqual([
      'Most: they were not looking forward to it',
      '46 percent: they were unenthusiastic',
    ]);
  });

  it('does not take a clause between commas for an appositive of the source', () => {
    expect(reports('Even if the department no longer existed, some of its functions would be performed by other offices, said DeSantis, who was elected in 2012.')).toEqual([
      'DeSantis: Even if the department no longer existed, some of its functions would be performed by other offices',
    ]);
  });

  it('falls back to a clause right after a finite verb of saying when the subject is too long for the phrase rules', () => {
    expect(reports('But those who back her opponents say the negative attention has likely damaged the brand.')).toEqual(['her opponents: the negative attention has likely damaged the brand']);
    expect(reports('Cruz has said for weeks he is the only candidate who can win.')).toEqual(['Cruz: he is the only candidate who can win']);
  });

  it('reads headline labels with a kicker, an addressee or an outlet name', () => {
    expect(reports('EXCLUSIVE – Roger Stone: Do not trust the voting machines')).toEqual(['Roger Stone: Do not trust the voting machines']);
    expect(reports('Clinton to Planned Parenthood: Trump will reverse Roe v. Wade')).toEqual(['Clinton: Trump will reverse Roe v. Wade']);
    expect(reports('NY Post: Megyn Kelly is no different than anyone')).toEqual(['NY Post: Megyn Kelly is no different than anyone']);
  });

  it('reads an infinitive after the audience as the report, not as a trailing phrase', () => {
    expect(reports('In two other instances, Clinton had asked Sullivan to send sensitive information.')).toEqual(['Clinton: Sullivan to send sensitive information']);
    expect(reports('Mr. Trump improved his standing, with 30 percent of voters saying they have a positive view of him.')).toEqual(['30 percent of voters: they have a positive view of him']);
  });

  it('reads the plain object of a verb of saying as its report, but not an audience, an adverb or an adjective', () => {
    expect(reports('The candidate repeated his promise to repeal the executive actions.')).toEqual(['The candidate: his promise to repeal the executive actions']);
    expect(reports('The chairwoman emailed supporters on Monday evening.')).toEqual([]);
    expect(reports('Kelly responded pointedly with a smile.')).toEqual([]);
    expect(reports('He was confirmed 92 to 0 by the Senate.')).toEqual([]);
  });

  it('runs a report from its relative word when the source stands inside a relative clause', () => {
    expect(reports('NATO will spend 1 percent, which he said would be its lowest ever.')).toEqual(['he: which he said would be its lowest ever']);
    expect(reports('It raised about double what Bradley said she anticipated.')).toEqual(['Bradley: what Bradley said she anticipated']);
  });

  it('keeps the opening adverbial of a that-clause with its clause', () => {
    expect(reports('Officials argue that by the end of the month, Clinton will have most of the delegates she needs.')).toEqual([
      "Officials: by the end of the month, Clinton will have most of the delegates she needs",
    ]);
  });

  it('finds the report of a sentence-final "according to" around a report nested in its content', () => {
    expect(reports('The president told her that it was not that simple, according to two people briefed on the talks.')).toEqual([
      'The president: it was not that simple',
      'two people briefed: The president told her that it was not that simple',
    ]);
  });

  it('reads the topic after "about", not the amount, when a source said little or much about it', () => {
    expect(reports('She has said little about the plan in recent months.')).toEqual(['She: the plan in recent months']);
    expect(reports("But he has also said much over the years about the Senate's obligation.")).toEqual(["he: the Senate's obligation"]);
  });

  it('does not take a relative "that" after an infinitive or gerund object for the start of the report', () => {
    expect(reports('Trump called for female contestants to wear shorter dresses that showed more cleavage.')).toEqual([
      'Trump: female contestants to wear shorter dresses that showed more cleavage',
    ]);
    expect(reports('But he called for changing the provisions that benefit him.')).toEqual(['he: changing the provisions that benefit him']);
    expect(reports('Clinton argued during the debate that she could take a hard line on Wall Street.')).toEqual(['Clinton: she could take a hard line on Wall Street']);
  });

  it('does not end a report at "and" before a cue word that is a bare noun ("federal and state law")', () => {
    expect(reports('The lawsuit says the campaign violated federal and state law by using copyrighted material.')).toEqual([
      'The lawsuit: the campaign violated federal and state law by using copyrighted material',
    ]);
  });

  it('reads the questioner after "asked by" as the source of the question', () => {
    expect(reports('Asked by Matt Lauer whether she had practiced her speech, she said no.')[0]).toBe('Matt Lauer: whether she had practiced her speech');
    expect(reports('When asked by Ingraham on Thursday about increasing the number of foreign workers, Cruz said no.')[0]).toBe(
      'Ingraham: about increasing the number of foreign workers',
    );
  });

  it('reads a sentence-initial participle of saying as a report by the subject after the comma', () => {
    expect(reports('Noting he majored in philosophy during college, Allen said he tends to give issues more thought.')).toEqual([
      'Allen: he majored in philosophy during college',
      'Allen: he tends to give issues more thought',
    ]);
    expect(reports('Speaking to the coalition in Washington, Trump said he would win.')).toEqual(['Trump: he would win']);
  });
});

describe('findParaphrase: what a report needs', () => {
  // findParaphrases skips a sentence with no cue or speech-act word and no colon; every rule must agree.
  const plain = fc.constantFrom('Clinton', 'Smith', 'The', 'the', 'plan', 'is', 'dead', 'to', 'that', 'he', 'who', 'by', 'as', 'and', 'for', 'Mr.', 'FULL', 'Reuters', 'was', 'first', 'in', 'a', 'tweet');
  const cue = fc.constantFrom('Asked', 'asked', 'Noting', 'reported', 'Says', 'says', 'said', 'told', 'according', 'According', 'demanded', 'calls', 'call');
  const punct = fc.constantFrom(',', ':', ';', '.', '–', '(', ')', '“Yes,”');
  const opening = fc.constantFrom('', 'Clinton', 'Mr. Smith', 'FULL', 'EXCLUSIVE – Smith', 'Asked by Smith whether', 'Noting that', 'As Reuters', 'Clinton to Smith');
  const rest = fc.array(fc.oneof({ arbitrary: plain, weight: 12 }, { arbitrary: cue, weight: 1 }, { arbitrary: punct, weight: 3 }), { maxLength: 20 });
  const sentence = fc.tuple(opening, rest).map(([first, words]) => [first, ...words].join(' ').trim());

  it('finds none without a cue or speech-act word in the sentence or a colon in it or just after it', () => {
    let checked = 0;
    fc.assert(
      fc.property(sentence, fc.nat(), (text, cut) => {
        const quotes = [...text.matchAll(/“[^”]*”/g)].map((m) => ({ open: m.index, close: m.index + m[0].length }));
        const t = tokenize(text, 0, text.length, quotes, 0);
        const to = cut % 3 === 0 || t.length === 0 ? t.length : cut % (t.length + 1);
        const flagged = t.slice(0, to).some((x) => x.cueWord || x.actWord) || t.slice(0, to + 1).some((x) => x.text === ':');
        if (flagged) return;
        checked++;
        expect(findParaphrase(t, 0, to)).toBeNull();
      }),
      { numRuns: 5000 },
    );
    expect(checked).toBeGreaterThan(1000);
  });
});
