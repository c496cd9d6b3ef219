// English attribution in political-news constructions: one test per rule, on invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const claimsOf = (text: string) => extract({ id: 't', text, lang: 'en', published: '2020-03-10' }).claims;
const one = (text: string) => {
  const cs = claimsOf(text);
  expect(cs).toHaveLength(1);
  return cs[0];
};

describe('English attribution: sources', () => {
  it('keeps the name of a speaker after a description with a title and no comma ("The chief investigator of the crash Ann Vance")', () => {
    expect(one('The chief investigator of the crash Ann Vance told reporters that the pilot had tried to land.').source).toBe('Ann Vance');
  });

  it('reads a reported clause whose bare subject opens with an adjective ("said heavy rain had caused …")', () => {
    expect(one('Officials said heavy rain had caused the collapse.')).toMatchObject({ actor: 'heavy rain', action: 'had caused the collapse', source: 'Officials' });
    expect(one('The ministry said toxic fuel had spread over a wide area.')).toMatchObject({ actor: 'toxic fuel', source: 'The ministry' });
    // not a comparative before a verb in -s, nor a long stretch the tagger opens with an "adjective"
    expect(claimsOf('The group says more needs to be done.').map((c) => c.actor)).not.toContain('more needs');
    expect(claimsOf('Local economists caution against taking the data as proof that the plan is failing.').map((c) => c.actor)
      .filter((a) => /^against/.test(a))).toEqual([]);
    // nor an adjective before a pronoun
    expect(claimsOf('No single person can do it all but together we can make a difference.').map((c) => c.actor)).not.toContain('together we');
  });

  it('reads a speech verb with an object and a coordinated predicate as two acts ("declared a state of emergency and promised aid")', () => {
    const cs = claimsOf('Governor Ana Ruiz declared a state of emergency on Friday and promised aid for the region.');
    expect(cs.map((c) => [c.actor, c.action, c.source])).toEqual([
      ['Ana Ruiz', 'declared a state of emergency on Friday', null], ['Ana Ruiz', 'promised aid for the region', null],
    ]);
  });

  it('leaves the title "member" out of a speaker ("Council member Jane Ortiz insisted …")', () => {
    expect(one('Council member Jane Ortiz insisted the city would win.')).toMatchObject({ actor: 'the city', source: 'Jane Ortiz' });
  });

  it('reads a reported clause whose verb is a past spelt like a noun ("The ministry said the river rose.")', () => {
    expect(one('The ministry said the river rose.')).toMatchObject({ actor: 'the river', action: 'rose', source: 'The ministry' });
    expect(one('Ana Ruiz said the old bridge fell into the sea.')).toMatchObject({ actor: 'the old bridge', source: 'Ana Ruiz' });
  });

  it('takes no speaker that names nobody ("…, or an estimated $9,000 each")', () => {
    const cs = claimsOf('The managers shared a bonus pool of $2 million, or an estimated $9,000 each on average.');
    expect(cs.map((c) => c.source)).toEqual([null]);
  });

  it('gives a definite document as a speaker ("The report also found") the author its earlier cue named', () => {
    const cs = claimsOf('According to a report by the Fiscal Council, a strike would cost $2 billion. The report also found that 9,000 firms would close.');
    expect(cs.map((c) => c.source)).toEqual(['the Fiscal Council', 'the Fiscal Council']);
    const notes = claimsOf('On May 3, Nordbank released a research note saying that rents would rise. "Prices will fall," the analysts said. '
      + 'The study estimated that sales would drop.');
    expect(notes[notes.length - 1]).toMatchObject({ actor: 'sales', source: 'Nordbank' });
    // no document named before: the report stays the source
    expect(one('The report found that 9,000 firms would close.').source).toBe('The report');
  });

  it('reads a reported clause whose subject is a plural noun the tagger calls a verb ("said prices had fallen")', () => {
    expect(one('The ministry said exports had fallen sharply.')).toMatchObject({ actor: 'exports', action: 'had fallen sharply', source: 'The ministry' });
    expect(one('A statement from the agency said costs would rise.')).toMatchObject({ actor: 'costs', action: 'would rise', source: 'the agency' });
    expect(one('In an interview, the minister said talks were going well.')).toMatchObject({ actor: 'talks', source: 'the minister', kind: 'reported' });
  });

  it('unwraps a belief the speaker states of themselves inside what they say ("X told Y she thought …")', () => {
    expect(one('Lena Marsh told reporters she thought the mayor knew about the deal.')).toMatchObject({
      actor: 'the mayor', action: 'knew about the deal', source: 'Lena Marsh', kind: 'reported',
    });
    expect(one('The senator said he hoped the talks would resume.')).toMatchObject({ actor: 'the talks', action: 'would resume', source: 'The senator' });
    // somebody else's belief stays that person's claim
    expect(one('The mayor said Lena thought the plan was bad.')).toMatchObject({ actor: 'Lena', action: 'thought the plan was bad', source: 'The mayor' });
  });

  it('reads a listener the tagger calls a verb ("told police …") and a place after the listener ("told X at a rally that …")', () => {
    expect(one('Luis Ortiz told police his car was stolen.')).toMatchObject({ actor: 'his car', action: 'was stolen', source: 'Luis Ortiz' });
    expect(one('Mara Lind told supporters at a rally in Iowa that the plan would work.')).toMatchObject({ actor: 'the plan', action: 'would work', source: 'Mara Lind' });
    expect(one('Mara Lind told him at the meeting that the plan would work.')).toMatchObject({ actor: 'the plan', source: 'Mara Lind' });
  });

  it('reads a speaker phrase that opens with a number or runs on with "familiar with"', () => {
    expect(one('The talks had stalled, two sources familiar with the matter said.').source).toBe('two sources familiar with the matter');
    expect(one('The talks stalled, said a person familiar with the matter.').source).toBe('a person familiar with the matter');
  });

  it('reports what a quoted speaker adds after the cue ("…," he said, adding that …)', () => {
    const cs = claimsOf('“We will win,” Mara Lind said, adding that the wall would rise.');
    expect(cs.map((c) => [c.actor, c.action, c.source, c.kind])).toEqual([
      ['We', 'will win', 'Mara Lind', 'quote'],
      ['the wall', 'would rise', 'Mara Lind', 'reported'],
    ]);
  });

  it('reports a clause whose bare subject the tagger calls a verb ("The agency said growth would slow")', () => {
    expect(one('The council said work would start in May.')).toMatchObject({ actor: 'work', action: 'would start in May', source: 'The council' });
    expect(one('The mill said wages rose 4 percent.')).toMatchObject({ actor: 'wages', action: 'rose 4 percent', source: 'The mill' });
  });

  it('reads a trailing cue whose occasion has a participle of its own (", the bank said in a report released Monday")', () => {
    expect(one('Exports will shrink, the central bank said in a report published Tuesday.')).toMatchObject({ actor: 'Exports', action: 'will shrink', source: 'the central bank' });
    expect(one('The dam will hold, the utility said in a statement issued by its press office.')).toMatchObject({ action: 'will hold', source: 'the utility' });
  });

  it('reads a speech verb with a date before its object as an act ("Microsoft announced on Wednesday a new chat tool")', () => {
    expect(one('The carmaker announced on Tuesday a new electric van.')).toMatchObject({ actor: 'The carmaker', action: 'announced on Tuesday a new electric van', kind: 'statement' });
    expect(claimsOf('She said on Monday.')).toEqual([]);
  });

  it('reads a speech verb with an object after a leading clause as the main act, not a cue ("When the polls closed, the party claimed victory")', () => {
    expect(one('When the count ended, the opposition claimed victory.')).toMatchObject({ actor: 'the opposition', action: 'claimed victory', source: null });
    expect(one('In spring 1950, the painter wrote a letter to the mayor.')).toMatchObject({ actor: 'the painter', action: 'wrote a letter to the mayor' });
    // a time adverbial after the verb keeps the cue
    expect(one('Talks will resume, officials said this morning.')).toMatchObject({ actor: 'Talks', source: 'officials' });
  });

  it('reads a cue whose time adverbial the tagger spoils ("she said last week") or whose noun it calls an adjective ("the firm confirmed")', () => {
    expect(one('Talks will resume, she said last week.')).toMatchObject({ action: 'will resume', source: 'she' });
    expect(one('Talks will resume, the firm confirmed in an email.')).toMatchObject({ action: 'will resume', source: 'the firm' });
  });

  it('keeps the dated aside of a speaker as a claim of its own ("The agency, founded in 1990, said …")', () => {
    const cs = claimsOf('The institute, which was set up in 1985, said exports would fall.');
    expect(cs.map((c) => [c.actor, c.action, c.source])).toEqual([
      ['The institute', 'was set up in 1985', null], ['exports', 'would fall', 'The institute'],
    ]);
  });

  it('reads a cue with the speech verb written twice around a titled speaker after a possessive ("said the agency\'s Dr. Ann Lee said Friday")', () => {
    expect(one("Four wells were poisoned, said the ministry's Dr. Omar Haddad said Friday.")).toMatchObject({ actor: 'Four wells', source: 'Omar Haddad', kind: 'reported' });
    expect(one("Four wells were poisoned, said the ministry's Dr. Omar Haddad.").source).toBe('Omar Haddad');
  });

  it('gives a reported expletive "it\'s possible …" to the speaker, the contraction written as in the text', () => {
    const cs = claimsOf("Three ferries were damaged, and it's possible there will be more, the coast guard said.");
    expect(cs.map((c) => [c.actor, c.action, c.source])).toEqual([
      ['Three ferries', 'were damaged', 'the coast guard'], ['the coast guard', "it's possible there will be more", 'the coast guard'],
    ]);
  });

  it('reads a speech verb\'s object whose last plural the tagger calls a verb as the object ("announced a new tax on sugary drinks")', () => {
    expect(one('The state announced a new tax on sugary drinks.')).toMatchObject({ actor: 'The state', action: 'announced a new tax on sugary drinks', source: null });
    // "said" keeps its bare clause
    expect(one('The state said a tax on drinks would start.')).toMatchObject({ actor: 'a tax on drinks', source: 'The state' });
  });

  it('reports a coordinated clause with its own speech cue under its own speaker ("X said A, and Y said B")', () => {
    const cs = claimsOf('Union leaders said the strike would last a week, and managers said the plant would stay open.');
    expect(cs.map((c) => [c.actor, c.action, c.source])).toEqual([
      ['the strike', 'would last a week', 'Union leaders'],
      ['the plant', 'would stay open', 'managers'],
    ]);
    expect(claimsOf('Police said two men were held but prosecutors said no charges had been filed.').map((c) => c.source)).toEqual(['Police', 'prosecutors']);
  });

  it('reports what a speaker\'s later speech act says under the same speaker ("X said A but warned that B")', () => {
    const cs = claimsOf('The agency said it backed the plan but warned that the cost would be high.');
    expect(cs.map((c) => [c.actor, c.action, c.source, c.kind])).toEqual([
      ['The agency', 'backed the plan', 'The agency', 'reported'],
      ['the cost', 'would be high', 'The agency', 'reported'],
    ]);
  });

  it('gives a speaker\'s own later act after a reported clause to the speaker ("X said Y had … and vowed to …")', () => {
    const cs = claimsOf('Mara Lind said the smog had made her upset and vowed to clean the city.');
    expect(cs.map((c) => [c.actor, c.action, c.source, c.kind])).toEqual([
      ['the smog', 'had made her upset', 'Mara Lind', 'reported'],
      ['Mara Lind', 'vowed to clean the city', null, 'statement'],
    ]);
    // any other verb stays in the reported clause
    expect(claimsOf('Mara Lind said the firm had cut wages and closed two plants.').every((c) => c.source === 'Mara Lind')).toBe(true);
  });

  it('takes no subordinator for a speaker ("…, as reported by the Times")', () => {
    expect(one('The bill will pass, as reported by the Times.').source).not.toBe('as');
  });

  it('states a denial in the article\'s voice instead of reporting what is denied ("X denied that Y …")', () => {
    expect(one('Tom Reed denied in May that Lee had taken the money.')).toMatchObject({
      actor: 'Tom Reed', action: 'denied in May that Lee had taken the money', source: null, kind: 'statement',
    });
    expect(one('Mr. Lee has denied taking bribes from the firm.')).toMatchObject({ actor: 'Lee', source: null, kind: 'statement' });
  });

  it('reads a passive cue before the clause ("X was quoted as saying …")', () => {
    expect(one('The governor was quoted as saying the bridge would reopen.')).toMatchObject({ actor: 'the bridge', source: 'The governor', kind: 'reported' });
  });

  it('leaves a date after the speech verb out of the reported clause ("said Tuesday night the plan …", "said on Friday …")', () => {
    expect(one('Mara Lind said Tuesday night the plan would work.')).toMatchObject({ actor: 'the plan', action: 'would work', source: 'Mara Lind' });
    expect(one('Mara Lind said on Friday the plan would work.')).toMatchObject({ actor: 'the plan', action: 'would work', source: 'Mara Lind' });
  });

  it('skips a relative clause on the occasion of speaking ("said during an interview that aired Sunday that …")', () => {
    expect(one('Mara Lind said during an interview that aired Sunday that the economy was strong.')).toMatchObject({
      actor: 'the economy', action: 'was strong', source: 'Mara Lind', kind: 'reported',
    });
  });

  it('reads a parenthetical finding of a document ("The plan, the report found, would work")', () => {
    expect(one('The levy, the audit found, would raise little.')).toMatchObject({ actor: 'The levy', action: 'would raise little', source: 'the audit' });
  });

  it('ends an inverted cue at the speaker, with a relative clause on the speaker inside the cue ("…, said X, who …")', () => {
    expect(one('The deal is done, said Clinton, who spoke in Ohio.')).toMatchObject({ actor: 'The deal', action: 'is done', source: 'Clinton' });
  });

  it('gives the speaker an outlet quotes, not the outlet, as the source ("…, X said, according to the Times")', () => {
    expect(one('The plan will work, Mara Lind said, according to the Times.')).toMatchObject({ actor: 'The plan', action: 'will work', source: 'Mara Lind' });
  });

  it('reads "he" after a speaker described by a title as that speaker ("The senator said he …")', () => {
    const cs = claimsOf('Ann Lee won the vote. The senator said he would run again.');
    expect(cs[1]).toMatchObject({ actor: 'The senator', action: 'would run again', source: 'The senator' });
  });

  it('reads a passive trailing cue ("…, the general was quoted as saying")', () => {
    expect(one('The port will reopen on Monday, the harbour master was quoted as saying.')).toMatchObject({
      actor: 'The port', action: 'will reopen on Monday', source: 'the harbour master', kind: 'reported',
    });
  });

  it('gives a statement or letter to the one who issued it ("X\'s statement said")', () => {
    expect(one("The governor's statement said the bridge would reopen.")).toMatchObject({ source: 'The governor', kind: 'reported' });
    // a plural possessive, whose apostrophe compromise keeps out of the word
    expect(one("Senator Jones' statement said the bridge would reopen.")).toMatchObject({ source: 'Jones', kind: 'reported' });
    expect(one("The unions' letter said the strike would go on.").source).toBe('The unions');
    expect(one("Volta's letter said the plant would close.").source).toBe('Volta');
    expect(one('The statement said the bridge would reopen.').source).toBe('The statement');
    // "according to a report by X", "a statement from X": the author
    expect(one('Rents climbed 4 percent, according to a survey by the housing agency.').source).toBe('the housing agency');
    expect(one('The port will reopen, according to a statement from the harbour board.').source).toBe('the harbour board');
    expect(one('The port will reopen, according to a study of the harbour.').source).toBe('a study of the harbour');
    // a document nobody is named to own gives way to the speaker of the stretch it covers
    expect(one('The board said the port would reopen, according to a statement issued on Friday.'))
      .toMatchObject({ actor: 'the port', source: 'The board', kind: 'reported' });
    expect(one('The port will reopen, according to a statement.').source).toBe('a statement');
  });

  it('leaves the place or body after a person\'s full name ("Mayor Elena Cruz of San Jose") out of the source', () => {
    expect(one('The dam is safe, said Mayor Tomas Reyes of Porto Alegre.').source).toBe('Tomas Reyes');
    expect(one('Paul Smith of the Red Cross said the camp was full.').source).toBe('Paul Smith');
    // a single name with "of" is a name of its own
    expect(one('Catherine of Aragon arrived in 1501.').actor).toBe('Catherine of Aragon');
  });

  it('strips a title that follows other capitalised words ("Senate Majority Leader X")', () => {
    expect(one('Senate Majority Leader Ann Smith said the talks had failed.').source).toBe('Ann Smith');
    expect(one('Ohio Governor Tom Brown said the plant would close.').source).toBe('Tom Brown');
  });

  it('resolves a later bare surname to the name without its title', () => {
    const cs = claimsOf('Senate Majority Leader Ann Smith spoke on Monday. The plan will fail, Smith said.');
    expect(cs[cs.length - 1].source).toBe('Ann Smith');
  });

  it('resolves a pronoun whose nearest mention is a bare surname to the full name', () => {
    const cs = claimsOf('Elizabeth Warren spoke first. Warren argued that the agency had been starved. She has warned that cuts would hurt.');
    expect(cs[cs.length - 1]).toMatchObject({ actor: 'cuts', source: 'Elizabeth Warren' });
  });

  it('keeps a date out of the subject ("X on Thursday signed …")', () => {
    expect(one('Governor Tom Brown on Thursday signed the bill.').actor).toBe('Tom Brown');
  });

  it('keeps date words that belong to the subject ("This flu season", "A four-week closure")', () => {
    expect(one('This flu season started in early December.').actor).toBe('This flu season');
  });

  it('does not take a main verb with a later clause for a reduced relative', () => {
    const cs = claimsOf('Barack Obama arrived in Jordan on Friday after visiting Israel when the prime minister apologized to Turkey.');
    expect(cs[0]).toMatchObject({ actor: 'Barack Obama', action: 'arrived in Jordan on Friday' });
  });

  it('reads a participle phrase after a noun as a reduced relative ("every dollar spent on X returned …")', () => {
    expect(one('Every dollar spent on enforcement returned five dollars.').actor).toBe('Every dollar spent on enforcement');
  });
});

describe('English attribution: cues', () => {
  it('gives the one an outlet quotes in an aside as the source ("The Times, quoting a senior aide, said …")', () => {
    expect(one('The Times, quoting a senior aide, said the president would sign the bill.')).toMatchObject({
      actor: 'the president', source: 'a senior aide', kind: 'reported',
    });
  });

  it('cuts what a released document says off the act of releasing it ("released a note saying …")', () => {
    expect(claimsOf('The Delta Bank issued a note warning that growth would slow.').map((c) => [c.actor, c.action, c.source])).toEqual([
      ['The Delta Bank', 'issued a note', null], ['growth', 'would slow', 'The Delta Bank'],
    ]);
  });

  it('reads a text that "reads" a quotation as its source (`"…," the post reads`)', () => {
    expect(one('"The plan is dead," the post reads.')).toMatchObject({ actor: 'The plan', source: 'the post', kind: 'quote' });
    expect(claimsOf('He reads.').every((c) => c.source === null)).toBe(true);
  });

  it('reads a surname the tagger calls a verb before its relative clause as the subject ("Park, who chairs …, warned that …")', () => {
    expect(one('Park, who chairs the budget committee, warned that the government could shut down.')).toMatchObject({
      actor: 'the government', action: 'could shut down', source: 'Park',
    });
  });

  it('reads a cue in an "as" clause ("As X put it, …", "…, as X noted, …"), not a thing\'s name or an "as" of time', () => {
    expect(one('As the treasury secretary put it, the markets were nervous.')).toMatchObject({ actor: 'the markets', source: 'the treasury secretary' });
    expect(one('The vote, as Ann Smith noted, was close.')).toMatchObject({ actor: 'The vote', action: 'was close', source: 'Ann Smith' });
    expect(one('As prices rose, the bank raised rates.')).toMatchObject({ actor: 'the bank', source: null });
    expect(claimsOf('As its name suggests, the fund invests in bonds.').every((c) => c.source === null)).toBe(true);
  });

  it('skips a participle on the occasion of speaking ("said in a statement released Tuesday that …")', () => {
    expect(one('The governor\'s office said in a statement released Tuesday that the law takes effect in July.')).toMatchObject({
      actor: 'the law', action: 'takes effect in July', source: 'The governor\'s office', kind: 'reported',
    });
  });

  it('gives the name in apposition to a description as the speaker of a colon cue ("The X\'s spokeswoman, Amy Reed, said: …")', () => {
    expect(one('The governor\'s spokeswoman, Amy Reed, said: "The law is fair."')).toMatchObject({ actor: 'The law', source: 'Amy Reed', kind: 'quote' });
    // a place in apposition is no speaker's name
    expect(one('The mission of the Friends of Finland (Ottawa) is to help students.').actor).not.toBe('Ottawa');
  });

  it('reads a quoted phrase inside reported speech as part of the reported clause', () => {
    const c = one('Tom Brown, a Republican from Ohio, said the agency "has lost the trust of the people."');
    expect(c).toMatchObject({ actor: 'the agency', action: 'has lost the trust of the people', source: 'Tom Brown', kind: 'reported' });
  });

  it('leaves no stray quote mark in an action cut inside a quoted phrase', () => {
    expect(one('Ann Smith said the cuts would "reward tax cheats."').action).toBe('would reward tax cheats');
  });

  it('reads "X said in a statement that …" (a speech verb is not a reduced relative)', () => {
    expect(one('The White House said in a statement that the president would veto the bill.')).toMatchObject({ actor: 'the president', source: 'The White House' });
  });

  it('reads "X has warned that …" (a listener verb followed directly by "that")', () => {
    expect(one('The senator has warned that cuts would hurt families.')).toMatchObject({ actor: 'cuts', source: 'The senator' });
  });

  it('reads a complement that opens with a gerund ("Researchers say raising wages …")', () => {
    expect(one('Researchers say raising wages too quickly can reduce hiring.')).toMatchObject({ actor: 'raising wages', source: 'Researchers' });
  });

  it('reads a finding of a report, past a participle and date ("A report released Tuesday by X found that …")', () => {
    const c = one('A report released Tuesday by the budget office found that the program saved money.');
    expect(c).toMatchObject({ actor: 'the program', action: 'saved money', kind: 'reported' });
    expect(c.source).toMatch(/^A report/);
  });

  it('does not take "shows" without "that" for a finding cue', () => {
    expect(one('The analysis shows a direct link between smoking and cancer.').kind).toBe('statement');
  });

  it('reads "told Y there was …" and a quantified subject after "but that"', () => {
    const cs = claimsOf('A police spokesman told reporters there was a fight but that no injuries had been reported.');
    expect(cs.map((c) => c.source)).toEqual(['A police spokesman', 'A police spokesman']);
    expect(cs[1].actor).toBe('no injuries');
  });
});

describe('English attribution: more cues', () => {
  it('reads "warned CLAUSE" without a listener, even after a hyphenated word', () => {
    expect(one('One analyst warned the dispute was likely to drag on.')).toMatchObject({ actor: 'the dispute', source: 'One analyst' });
    expect(one('One expert warned in-flight internet was often unreliable.')).toMatchObject({ actor: 'in-flight internet', source: 'One expert' });
  });

  it('keeps "warned Y that …" with a listener', () => {
    expect(one('The mayor warned residents that the river would flood.')).toMatchObject({ actor: 'the river', source: 'The mayor' });
  });

  it('splits "said that X … and that Y …" into two reported claims', () => {
    const cs = claimsOf('Tai said that Washington had made concessions and that the EU was moving the goalposts.');
    expect(cs.map((c) => [c.actor, c.source])).toEqual([['Washington', 'Tai'], ['the EU', 'Tai']]);
  });

  it('takes a plural noun tagged as a verb before a modal for the subject ("talks would continue")', () => {
    expect(one('The commission said that talks would continue next week.')).toMatchObject({ actor: 'talks', source: 'The commission' });
  });

  it('keeps a closed quoted phrase and drops only the unclosed quote mark', () => {
    expect(one('She said he would allow “huge numbers” of migrants under a “merit system.”').action).toBe('would allow “huge numbers” of migrants under a merit system');
  });
});

describe('English attribution: pronoun speakers', () => {
  it('gives a pronoun speaker the latest named speaker', () => {
    const cs = claimsOf('Sherrod Brown spoke first. "Nobody wants a trade war," Tai said. She noted that the duties had been lifted.');
    expect(cs[cs.length - 1]).toMatchObject({ actor: 'the duties', source: 'Tai' });
  });

  it('takes a name with a role apposition for a person ("X, the EU\'s trade commissioner")', () => {
    const cs = claimsOf('"We came with an offer," said Valdis Dombrovskis, the EU\'s trade commissioner. "There is still time," he added, "but the window is closing."');
    expect(cs[cs.length - 1]).toMatchObject({ actor: 'the window', source: 'Valdis Dombrovskis' });
  });
});

describe('English attribution: news idioms', () => {
  it('reads "… and X said …" as a second clause with its own speaker', () => {
    const cs = claimsOf('Turkey had been prosecuting the soldiers and Israel initially said the leaders agreed to drop the case.');
    expect(cs.map((c) => c.source)).toEqual([null, 'Israel']);
    expect(cs[1].actor).toBe('the leaders');
  });

  it('reads "X said in a filing that …", "at a briefing that …": the occasion in -ing is a noun, not a verb', () => {
    expect(one('The bank said in a filing that its profit had doubled.')).toMatchObject({ actor: "The bank's profit", source: 'The bank', kind: 'reported' });
    expect(one('The council said at a hearing on Monday that the road would reopen.')).toMatchObject({ actor: 'the road', source: 'The council' });
    expect(one('The king said in a televised speech that the army would return.')).toMatchObject({ actor: 'the army', source: 'The king' });
  });

  it('strips "District Attorney" and similar titles from a source', () => {
    expect(one('The man pleaded guilty, Nassau County District Attorney Kathleen Rice said.').source).toBe('Kathleen Rice');
  });

  it('does not take "That said," for a cue', () => {
    expect(one("That said, it's not going to conquer the world.").source).toBeNull();
  });

  it('does not take a relative clause for a speaker ("a term which suggests …")', () => {
    const cs = claimsOf('Groups must register as agents, a term which suggests the groups are spies.');
    expect(cs.some((c) => c.source === 'a term which')).toBe(false);
  });

  it('resolves "it said" to the latest speaking body and "X said it …" to X', () => {
    const cs = claimsOf('The towers will close in April, the FAA said. Before the announcement, it said it would keep some open.');
    expect(cs[1]).toMatchObject({ actor: 'the FAA', source: 'the FAA' });
    expect(one('The company said it would cut jobs.').actor).toBe('The company');
    expect(one('The minister said it was raining.').actor).toBe('it');
  });
});

describe('English attribution: "according to" inside a sentence', () => {
  it('attributes only the clause around a parenthetical "according to X"', () => {
    const cs = claimsOf('The talks, according to officials, would resume next week, while the commission said it would impose duties.');
    expect(cs.map((c) => [c.actor, c.source])).toEqual([['The talks', 'officials'], ['the commission', 'the commission']]);
  });

  it('runs a trailing "according to X" back over a list with "and"', () => {
    expect(one('Russia ranks 31st for implementation, innovation, and investment, according to the index.').source).toBe('the index');
  });
});

describe('English attribution: quotations', () => {
  it('does not resolve a quoted "she" to the speaker', () => {
    const cs = claimsOf('Maria Lopez spoke. "A worker may have two jobs, but she still can\'t pay rent," Lopez said.');
    const she = cs.find((c) => c.action.includes('pay rent'));
    expect(she?.source).toBe('Maria Lopez');
    expect(she?.actor).not.toBe('Maria Lopez');
  });

  it('reads a quoted sentence that a cue interrupts between subject and verb as one clause', () => {
    const cs = claimsOf('"The new rules," Dana Price said, "will hurt farmers. We will fight them."');
    expect(cs.map((c) => [c.actor, c.action, c.source, c.kind])).toEqual([
      ['The new rules', 'will hurt farmers', 'Dana Price', 'quote'], ['We', 'will fight them', 'Dana Price', 'quote'],
    ]);
    // a verbless opener the cue cuts off states nothing; the clause after the cue has its own subject
    expect(one('"In my view," Dana Price said, "the plan will fail."')).toMatchObject({ actor: 'the plan', action: 'will fail', source: 'Dana Price' });
    // a verbless quotation alone is still the speaker's stance
    expect(one('"A total disgrace," Dana Price said.')).toMatchObject({ actor: 'Dana Price', action: 'A total disgrace' });
  });
});

describe('English: expletive "it" and modal "may"', () => {
  it('takes the actor of "it takes X time to …" from its object', () => {
    expect(one('The study estimates that it would take passengers four minutes to cross the river.')).toMatchObject({ actor: 'passengers', source: 'The study' });
  });

  it('takes the actor of "it cost $N to build X" from the infinitive\'s object', () => {
    expect(one('By comparison, it cost $5 million to build the new station.').actor).toBe('the new station');
    expect(one('It took years to finish.').actor).toBe('It');
  });

  it('reads a lowercase "may" before a verb as a modal, not the month', () => {
    const cs = claimsOf("Today, Smith may be a senator, but he isn't a lawyer.");
    expect(cs.map((c) => [c.actor, c.action])).toEqual([['Smith', 'may be a senator'], ['Smith', "isn't a lawyer"]]);
  });
});

describe('English attribution: openers and modifiers', () => {
  it('skips a leading participle phrase before the speaker ("Asked about X, Pence said …")', () => {
    expect(one('Asked about the plan, Pence said the two men had not spoken.')).toMatchObject({ actor: 'the two men', source: 'Pence' });
  });

  it('reads "state party officials said" as a trailing cue (a speech word as a modifier)', () => {
    expect(one('The caucuses will be held on January 15, state party officials said.').source).toBe('state party officials');
  });

  it('takes "it" after "Her campaign said" for the campaign', () => {
    expect(one('The campaign said Friday it had raised $24 million.').actor).toBe('The campaign');
  });

  it('reads a parenthetical cue with a listener and an adverb ("X, the guard quietly told her, …")', () => {
    expect(one('The rooms, the guard quietly told her, were for members only.')).toMatchObject({ actor: 'The rooms', action: 'were for members only', source: 'the guard' });
  });

  it('takes the name in apposition to a description as the speaker of a cue, and never the listener of "told X"', () => {
    expect(one('"The decision is final," the chief executive, Dan Cole, told reporters.')).toMatchObject({
      actor: 'The decision', action: 'is final', source: 'Dan Cole', kind: 'quote',
    });
    expect(one('The plant will close, the plant manager, Ida Moss, said.')).toMatchObject({ actor: 'The plant', action: 'will close', source: 'Ida Moss' });
  });

  it('gives a clause an outlet quotes somebody as saying to the one quoted ("X quoted Y as saying …")', () => {
    expect(one('The paper quoted Ida Moss as saying the vote would be close.')).toMatchObject({
      actor: 'the vote', action: 'would be close', source: 'Ida Moss', kind: 'reported',
    });
  });
});
