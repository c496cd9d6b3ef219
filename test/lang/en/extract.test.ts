// English extraction: one test per construction, on small invented sentences.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const claimsOf = (text: string) => extract({ id: 't', text, lang: 'en', published: '2020-03-10' }).claims;
const one = (text: string) => {
  const cs = claimsOf(text);
  expect(cs).toHaveLength(1);
  return cs[0];
};

describe('English statements', () => {
  it('reads a possessive "\'s" the tagger splits off a name as a copula as the possessive, before a noun phrase and a verb', () => {
    const cs = claimsOf('Delta Bank released a note saying that China\'s current economic policies would result in a surge.');
    expect(cs.map((c) => c.actor)).toContain('China\'s current economic policies');
    expect(one('He\'s a doctor.')).toMatchObject({ actor: 'He', action: 'is a doctor' });
  });

  it('reads a past spelt like a noun ("rose") as the verb after a noun phrase with its determiner and a modifier', () => {
    expect(one('The Tana river rose to a record height of six metres.')).toMatchObject({ actor: 'The Tana river', action: 'rose to a record height of six metres' });
    expect(one("The city's old bridge fell into the water.")).toMatchObject({ actor: "The city's old bridge", action: 'fell into the water' });
  });

  it('takes a name with a number in apposition to a description ("The first, Luna-9, …") as the actor, and the description whole', () => {
    expect(claimsOf('The first, Luna-9, landed in 1966. It sent back pictures.').map((c) => c.actor)).toEqual(['Luna-9', 'Luna-9']);
    expect(one('The second ship, Vostok 2, landed in August.').actor).toBe('Vostok 2');
  });

  it('starts the subject after a fronted prepositional phrase without its comma ("In the early hours the order went out")', () => {
    expect(one('In the early hours of the 15th the order went out to abandon the rig.')).toMatchObject({ actor: 'the order' });
    expect(one('During meetings the club discusses new plants.')).toMatchObject({ actor: 'the club' });
    // a quantifier before the determiner is part of the phrase
    expect(one('About twenty delegates from nearly all the member groups took part.').actor).toMatch(/^About twenty delegates/);
  });

  it('keeps "More than" in a subject that opens with it ("More than 4,000 people are living in tents")', () => {
    expect(one('More than 900 families are living in tents.').actor).toBe('More than 900 families');
    expect(one('According to the agency, more than 900 families are living in tents.').actor).toBe('more than 900 families');
  });

  it('gives no claim whose actor is a lowercase date word alone ("…, the maker of routers, today announced …")', () => {
    const cs = claimsOf('Acme Networks Inc., the maker of office routers, today announced in partnership with Zed a new service.');
    expect(cs.filter((c) => c.actor === 'today')).toEqual([]);
  });

  it('gives no claim for a subject that ends in a preposition or "what" (a split inside a prepositional phrase)', () => {
    expect(claimsOf('Trained Staff on Safety Rules for newly hired workers.').filter((c) => / for$/.test(c.actor))).toEqual([]);
    expect(claimsOf('Denver for what may be a small crowd, she said.').filter((c) => / what$/.test(c.actor))).toEqual([]);
  });

  it('gives no claim for a subject that ends in a coordinator (a split inside a coordination)', () => {
    const cs = claimsOf('Tenants must keep their sinks, taps, and fixtures on their own land in good repair and order at their own expense.');
    expect(cs.filter((c) => / (and|or)$/.test(c.actor))).toEqual([]);
  });

  it('takes a subject pronoun after a fronted "to date" without its comma as the whole subject', () => {
    expect(one('By her own count, to date she has written nine novels.').actor).toBe('she');
  });

  it('takes a subject pronoun that a fronted phrase without its comma runs into as the whole subject', () => {
    expect(one('On the slopes she won three medals.')).toMatchObject({ actor: 'she', action: 'won three medals' });
    expect(one('Lee said that as mayor he would cut taxes.')).toMatchObject({ actor: 'Lee', action: 'would cut taxes', source: 'Lee' });
    // a coordination keeps both
    expect(one('Lee and I met the mayor.').actor).toBe('Lee and I');
  });

  it('gives no claim for a subject cut inside a clause, ending in an auxiliary ("timelines that have been …")', () => {
    expect(claimsOf('To voters, most of whom will have little time, the plan means nothing.').map((c) => c.actor)).not.toContain('most of whom will');
    expect(claimsOf('All entries to be received before Friday.')).toEqual([]);
  });

  it('reads past the verb group of a relative clause to the main verb ("A man who was accused of fraud pleaded guilty")', () => {
    expect(one('A Texas man who was accused of fraud pleaded guilty on Monday.')).toMatchObject({
      actor: 'A Texas man who was accused of fraud', action: 'pleaded guilty on Monday',
    });
  });

  it('states an act told by a speech verb with an object of its own ("X declared a state of emergency"), after an aside too', () => {
    expect(one('Ann Lee declared a state of emergency.')).toMatchObject({ actor: 'Ann Lee', action: 'declared a state of emergency', source: null });
    expect(one('The ministry confirmed the deaths.')).toMatchObject({ actor: 'The ministry', action: 'confirmed the deaths' });
    expect(one('Ann Lee, the mayor, announced a new plan.')).toMatchObject({ actor: 'Ann Lee', action: 'announced a new plan', source: null });
    expect(claimsOf('Ann Lee, who visited the region on Sunday, declared a state of emergency.').map((c) => c.action)).toEqual([
      'declared a state of emergency', 'visited the region on Sunday',
    ]);
    // a cue alone still names a speaker and states nothing
    expect(claimsOf('Lee said on Tuesday.')).toEqual([]);
    expect(claimsOf('Not yet, said Lee.')).toEqual([]);
  });

  it('reads a past tense spelt like a noun as the verb after its subject noun (compromise tags it a compound noun)', () => {
    expect(one('The factory cut 450 jobs, according to the union.')).toMatchObject({ actor: 'The factory', action: 'cut 450 jobs', source: 'the union' });
    expect(one('The yen rose sharply on Friday.')).toMatchObject({ actor: 'The yen', action: 'rose sharply on Friday' });
    expect(one('Unemployment hit 9 percent last winter.')).toMatchObject({ actor: 'Unemployment', action: 'hit 9 percent last winter' });
    // a compound noun before a preposition stays a noun: the verb comes later
    expect(one('The pay cut in April angered nurses.')).toMatchObject({ actor: 'The pay cut', action: 'angered nurses' });
  });

  it('reads a present tense the tagger calls an infinitive after a subject pronoun or plural noun ("they tend to …")', () => {
    expect(claimsOf('Talks are slow, but they tend to succeed.').map((c) => c.action)).toContain('tend to succeed');
    expect(claimsOf('The women tend to be careful, and they tend to agree.').map((c) => [c.actor, c.action])).toEqual([
      ['The women', 'tend to be careful'], ['The women', 'tend to agree'],
    ]);
  });

  it('opens a clause at "and the N" before a form of "be" or a modal, without a comma', () => {
    expect(claimsOf('The group sued the firm through the courts and the plan was eventually dropped.').map((c) => [c.actor, c.action])).toEqual([
      ['The group', 'sued the firm through the courts'], ['the plan', 'was eventually dropped'],
    ]);
    // coordinated objects stay in the predicate
    expect(one('The mayor met the governor and the minister on Friday.').action).toBe('met the governor and the minister on Friday');
  });

  it('skips a time phrase set off by a comma before a leading subordinate clause ("Last month, after …, officials …")', () => {
    const c = one('Last month, after heavy rain flooded the valley, engineers closed the old dam.');
    expect(c).toMatchObject({ actor: 'engineers', action: 'closed the old dam' });
    // an article opens a noun phrase, not a time phrase
    expect(one('A four-week, phased closure of the towers will begin on Monday.').actor).toMatch(/^A four-week/);
  });

  it('keeps an apposition out of the subject', () => {
    const c = one('Acme, originally a small bakery, opened a factory in Leeds.');
    expect(c).toMatchObject({ actor: 'Acme', action: 'opened a factory in Leeds', source: null, kind: 'statement' });
  });

  it('keeps the name before a chain of appositions as the subject, not the place that closes the chain', () => {
    expect(one('Martin Hale, 52, of Dover, New Jersey, was reported missing last July.')).toMatchObject({ actor: 'Martin Hale', action: 'was reported missing last July' });
    // a name in apposition to a description is still the actor
    expect(one('The museum\'s director, Ana Silva, opened the new wing on Friday.').actor).toBe('Ana Silva');
  });

  it('reads a causative "had" after a dash aside as the verb, and keeps the participles coordinated after its object together', () => {
    const cs = claimsOf('The inquiry began in May. Ana Ruiz - then the mayor of Tula - had her phone tapped and searched by police and faced a tax inquiry.');
    expect(cs.slice(1).map((c) => [c.actor, c.action])).toEqual([
      ['Ana Ruiz', 'had her phone tapped and searched by police'],
      ['Ana Ruiz', 'faced a tax inquiry'],
    ]);
    // a pluperfect "had" keeps its coordinated verb apart
    expect(claimsOf('The pilot had landed the plane and left the airport.')).toHaveLength(2);
  });

  it('gives no claim whose subject opens or closes with a relative pronoun (a relative clause read as a main one)', () => {
    const cs = claimsOf('The new law says charities must register as "agents" - a term which suggests spying.');
    expect(cs.map((c) => c.actor)).not.toContain('a term which');
    expect(cs.some((c) => /which/.test(c.actor))).toBe(false);
  });

  it('keeps a non-restrictive relative clause out of the subject', () => {
    // The dated aside is a claim of its own (see 'English asides that tell an event').
    const [c, aside] = claimsOf('The mayor, who took office in May, closed the old bridge.');
    expect(c.actor).toBe('The mayor');
    expect(c.action).toBe('closed the old bridge');
    expect(aside).toMatchObject({ actor: 'The mayor', action: 'took office in May' });
    expect(one('The mayor, who likes jazz, closed the old bridge.').action).toBe('closed the old bridge');
  });

  it('cuts a trailing participial aside from the action even when the tagger calls the participle a noun', () => {
    expect(claimsOf('The senate passed the bill on Tuesday, ending months of talks.')[0].action).toBe('passed the bill on Tuesday');
    expect(one('The council approved new rules, including a ban on cars.').action).toBe('approved new rules, including a ban on cars');
  });

  it('splits coordinated predicates into claims with the same actor', () => {
    const cs = claimsOf('The council approved the budget and rejected the new tax.');
    expect(cs.map((c) => [c.actor, c.action])).toEqual([
      ['The council', 'approved the budget'],
      ['The council', 'rejected the new tax'],
    ]);
  });

  it('does not split a coordinated object', () => {
    expect(claimsOf('The shop sells bread and milk.')).toHaveLength(1);
  });

  it('splits two main clauses joined by ", but"', () => {
    const cs = claimsOf('The plan was cheap, but the voters rejected it.');
    expect(cs.map((c) => c.actor)).toEqual(['The plan', 'the voters']);
  });

  it('drops leading adverbials and subordinate clauses', () => {
    expect(one('In response, the union called a strike.').actor).toBe('the union');
    expect(one('While the weather was poor, the fans stayed until the end.').actor).toBe('the fans');
    expect(one('However, the report reached a different conclusion.').actor).toBe('the report');
  });

  it('leaves trailing participial and infinitive asides out of the action', () => {
    expect(claimsOf('The firm cut its prices, hoping to win back customers.')[0].action).toBe('cut its prices');
    expect(one('The city bought new buses, to reduce pollution.').action).toBe('bought new buses');
  });

  it('makes a trailing participle clause a claim of the subject, under the clause\'s source and with its own date', () => {
    expect(claimsOf('A storm hit the coast on Monday, cutting power to 9,000 homes and closing two ports.').map((c) => [c.actor, c.action])).toEqual([
      ['A storm', 'hit the coast on Monday'],
      ['A storm', 'cutting power to 9,000 homes and closing two ports'],
    ]);
    const reported = claimsOf('The union says the guards left the plant on Friday, having arrested 12 workers on Thursday.');
    expect(reported[1]).toMatchObject({ actor: 'the guards', action: 'having arrested 12 workers on Thursday', source: 'The union', date: '2020-03-05' });
    // after a dash too, where the participle would otherwise read as the subject of a new clause
    expect(claimsOf('The airline will close 12 routes -- sparing 30 others that it had planned to cut.')[1])
      .toMatchObject({ actor: 'The airline', action: 'sparing 30 others that it had planned to cut' });
  });

  it('gives no claim to a participle by which the writer comments on the event ("…, underscoring the idea that …")', () => {
    expect(claimsOf('The merger of the two banks went ahead, underscoring the idea that size still matters.')).toHaveLength(1);
  });

  it('gives a participle of speech after a reported clause to the speaker ("…, pointing to a study")', () => {
    const cs = claimsOf('The ministry says the new law will cut costs, pointing to a 2019 study by the treasury.');
    expect(cs[1]).toMatchObject({ actor: 'The ministry', action: 'pointing to a 2019 study by the treasury', source: null });
  });

  it('keeps the logical subject of a passive as written', () => {
    const c = one('The bridge was opened by the governor.');
    expect(c).toMatchObject({ actor: 'The bridge', action: 'was opened by the governor' });
  });

  it('writes out a contracted verb at the start of the action', () => {
    expect(one("It's hard to park in the city.").action).toBe('is hard to park in the city');
  });

  it('does not make claims of headings or questions', () => {
    expect(claimsOf('Regional football results')).toEqual([]);
    expect(claimsOf('Will the bridge open next year?')).toEqual([]);
  });

  it('takes the actor of "there is X who …" from the noun phrase', () => {
    const c = one('There are many farmers who oppose the new law.');
    expect(c.actor).toBe('many farmers');
    expect(c.action).toBe('oppose the new law');
  });

  it('reads "there is X that CLAUSE" with a subject after "that" as the noun\'s content, not a relative clause', () => {
    expect(one('There is little proof that the new bridge is safe.')).toMatchObject({ actor: 'little proof', action: 'There is little proof that the new bridge is safe' });
    expect(one('There are signs that the talks have stalled, diplomats said.')).toMatchObject({ actor: 'diplomats', action: 'There are signs that the talks have stalled' });
    expect(one('There are farmers that oppose the law.')).toMatchObject({ actor: 'farmers', action: 'oppose the law' });
  });

  it('splits coordinated predicates whose second past the tagger calls an adjective ("fired 300 workers and closed two plants")', () => {
    expect(claimsOf('The mill hired 40 welders and closed two sheds.').map((c) => c.action)).toEqual(['hired 40 welders', 'closed two sheds']);
  });

  it('gives a subordinate clause of time with its own subject a claim of its own ("resigned after the report was published")', () => {
    const cs = claimsOf('The coach quit after the club lost the final.');
    expect(cs.map((c) => [c.actor, c.action])).toEqual([['The coach', 'quit after the club lost the final'], ['the club', 'lost the final']]);
    // a reported one keeps its source; "when" after a verb of saying asks, it tells no event
    expect(claimsOf('The coach quit after the club lost the final, fans said.').map((c) => c.source)).toEqual(['fans', 'fans']);
    expect(claimsOf('The club has not announced when the stadium will reopen.')).toHaveLength(1);
  });

  it('gives no claim for a negative inverted clause ("Nor did the bank cover the losses"), whose opener is no actor', () => {
    // compromise reads "cover" as a noun here, so the clause's subject is "Nor"
    expect(claimsOf('Nor did the firm cover the losses.')).toEqual([]);
    expect(claimsOf('Neither did the union accept the offer.')).toEqual([]);
  });

  it('reads "it may be that X …" as a claim about X', () => {
    expect(one('It may be that the company has solved the problem.').actor).toBe('the company');
  });

  it('splits a trailing subordinate clause with its own subject into its own claim', () => {
    const cs = claimsOf('Jane Doe made headlines when she praised the new stadium.');
    expect(cs.map((c) => c.action)).toEqual(['made headlines', 'praised the new stadium']);
  });

  it('skips a leading subordinate clause with its own subject, even one with an apposition', () => {
    const one = (t: string) => claimsOf(t).map((c) => [c.actor, c.action]);
    expect(one('As Mr. Hale, a retired pilot, walked into the hangar, a guard stopped him at the door.')).toContainEqual(['a guard', 'stopped him at the door']);
    expect(one('Two days before the bridge was closed, the city council voted against the plan.')).toContainEqual(['the city council', 'voted against the plan']);
  });

  it('does not take a leading "as well as" phrase for a subordinate clause', () => {
    const cs = claimsOf('As well as long delays, rail workers have faced pay cuts, the union said.');
    expect(cs[0]).toMatchObject({ actor: 'rail workers', action: 'have faced pay cuts' });
  });

  it('reads a first word that the tagger took for an imperative as part of the subject, and leaves the body noun out', () => {
    expect(claimsOf('Steel giant Ferrum has closed two plants.')[0]).toMatchObject({ actor: 'Ferrum', action: 'has closed two plants' });
  });

  it('does not split a plural noun after "and" off as a predicate', () => {
    const cs = claimsOf('The firm sold the unit in March for $2bn in cash and bonds.');
    expect(cs.map((c) => c.action)).toEqual(['sold the unit in March for $2bn in cash and bonds']);
  });

  it('keeps a relative clause that follows a fronted phrase out of the subject', () => {
    const cs = claimsOf('In view of the audit, which found several mistakes, the board apologized to its members.');
    expect(cs[0]).toMatchObject({ actor: 'the board', action: 'apologized to its members' });
  });

  it('splits a past-tense predicate coordinated after a relative clause in another tense', () => {
    const cs = claimsOf('The board apologized for errors that could have cost lives and agreed to pay damages.');
    expect(cs.map((c) => c.action)).toEqual(['apologized for errors that could have cost lives', 'agreed to pay damages']);
  });

  it('takes the one word after two title words for a name', () => {
    expect(claimsOf('Vice President Okonkwo resigned on Friday.')[0].actor).toBe('Okonkwo');
    expect(claimsOf('Prime Minister Okonkwo resigned on Friday.')[0].actor).toBe('Okonkwo');
  });

  it('reads a plural noun that the tagger took for a verb as the subject before a prepositional phrase and a modal', () => {
    const c = claimsOf('Agents told clients that premiums for young drivers could climb steeply.')[0];
    expect(c).toMatchObject({ actor: 'premiums for young drivers', action: 'could climb steeply', source: 'Agents' });
  });

  it('keeps an adverb between subject and verb out of the subject, also after a relative pronoun', () => {
    expect(claimsOf('The firm later sold its shares.')[0]).toMatchObject({ actor: 'The firm', action: 'sold its shares' });
    expect(claimsOf('The crew which first crossed the desert has disbanded.')[0]).toMatchObject({ actor: 'The crew which first crossed the desert', action: 'has disbanded' });
  });

  it('leaves out a place of birth written in two words ("New Zealand-born X")', () => {
    const cs = claimsOf('Anna Berg died on Friday. South Africa-born Ms Berg was a pilot.');
    expect(cs[1].actor).toBe('Anna Berg');
  });

  it('gives a leading "although"/"because"/"as" clause with its own subject a claim of its own', () => {
    const cs = claimsOf('Although the mine has been profitable, relations with the town have often been tense.');
    expect(cs.map((c) => [c.actor, c.action])).toEqual([['the mine', 'has been profitable'], ['relations with the town', 'have often been tense']]);
  });

  it('gives no claim to a leading clause of time or a hedging "while" clause', () => {
    expect(claimsOf('Two days before the bridge was closed, the council voted against the plan.')).toHaveLength(1);
    expect(claimsOf('While the future of the deal is unclear, both firms continue to hire.')).toHaveLength(1);
  });
});

describe('English verbs the tagger calls nouns', () => {
  it('reads a past spelt like a noun after the subject, before a preposition ("emissions rose by 3 percent")', () => {
    expect(one('According to the survey, exports rose by 3 percent.')).toMatchObject({ actor: 'exports', action: 'rose by 3 percent', source: 'the survey' });
    expect(one('The study, published by the institute on Monday, found that wages rose.')).toMatchObject({ actor: 'wages', action: 'rose' });
  });
  it('reads it before "to" and a figure, which the tagger takes for a conjunction ("Sales rose to $5 billion")', () => {
    expect(one('Ticket sales rose to $4 million.')).toMatchObject({ actor: 'Ticket sales', action: 'rose to $4 million' });
    expect(one('The harbour index fell to 1,250 points in 2009.')).toMatchObject({ actor: 'The harbour index', action: 'fell to 1,250 points in 2009', date: '2009' });
    // "to" and a noun: "cost" stays the noun of its phrase, and the verb after it is the claim's.
    expect(one('The water cost to farmers doubled.')).toMatchObject({ actor: 'The water cost to farmers', action: 'doubled' });
  });
});

describe('English "there is" clauses', () => {
  it('ends the noun phrase of "there is" before a second "there" clause, and gives "it" nothing denied to take up', () => {
    const cs = claimsOf('There is no parade and there never has been. It is an event the town hopes will grow.');
    expect(cs.map((c) => c.actor)).toEqual(['no parade', 'It']);
  });

  it('reads an inverted clause ("So severe are X that Y", "Also being shown are X") by its "that" clause, or not at all', () => {
    expect(one('So severe are the town\'s woes that officials have been forced to act.')).toMatchObject({ actor: 'officials', action: 'have been forced to act' });
    expect(claimsOf('Also being shown for the first time are maps of the old city.')).toEqual([]);
    expect(one('Many were injured.').actor).toBe('Many');
  });

  it('leaves an adverb out of the noun phrase and reads a noun the tagger calls a verb after it ("There are now plans …")', () => {
    expect(one('There are now plans for a new pier.')).toMatchObject({ actor: 'plans', action: 'There are now plans for a new pier' });
  });
});

describe('English lists of dated events', () => {
  it('splits a clause that a comma and a fronted date open ("…, in May he toured Spain, and on June 3 he …"), each with its date', () => {
    const cs = claimsOf('The envoy visited Paris, in May he toured Spain, and on June 3 he returned home.');
    expect(cs.map((c) => [c.action, c.date])).toEqual([['visited Paris', null], ['toured Spain', '2019-05'], ['returned home', '2019-06-03']]);
    const rockets = claimsOf('In 2009, the first rocket failed, in 2011 the second lost a satellite, and in 2013 the third exploded.');
    expect(rockets.map((c) => [c.actor, c.date])).toEqual([['the first rocket', '2009'], ['the second', '2011'], ['the third', '2013']]);
  });
});

describe('English headlines', () => {
  it('reads a verb in -s that the tagger calls a noun in a headline ("Coast guard rescues fishing crew")', () => {
    const title = (h: string) => claimsOf(`${h}\n\nThe text goes on here.`).filter((c) => c.sentence === 0).map((c) => [c.actor, c.action]);
    expect(title('Coast guard rescues fishing crew off Maine')).toEqual([['Coast guard', 'rescues fishing crew off Maine']]);
    expect(title('Space agency grounds rocket fleet after launch failure')).toEqual([['Space agency', 'grounds rocket fleet after launch failure']]);
    expect(title('International rail collaborations')).toEqual([]);
  });

  it('reads a headline verb in -s after a noun compound before a bare verb form ("Senate panel delays vote on budget")', () => {
    const title = (h: string) => claimsOf(`${h}\n\nThe text goes on here.`).filter((c) => c.sentence === 0).map((c) => [c.actor, c.action]);
    expect(title('Senate committee sets vote on nominee')).toEqual([['Senate committee', 'sets vote on nominee']]);
    expect(title('Senate panel delays vote on port deal')).toEqual([['Senate panel', 'delays vote on port deal']]);
    // a plural subject that is no such verb keeps its verb
    expect(title('Union members vote on pay deal')).toEqual([['Union members', 'vote on pay deal']]);
  });

  it('leaves out a heading glued to the sentence it heads ("History The abbey hosted …", "Reactions Pope Leo said …")', () => {
    expect(claimsOf('The fire was put out. History The abbey hosted three coronations.')[1].actor).toBe('The abbey');
    expect(claimsOf('Background Italy sits on two fault lines.')[0].actor).toBe('Italy');
    // a name that opens with such a word stays whole
    expect(claimsOf('History Channel aired the film.')[0].actor).toBe('History Channel');
  });

  it('reads such a verb before an adjective of its object ("Storm destroys historic pier in Brighton")', () => {
    const title = (h: string) => claimsOf(`${h}\n\nThe text goes on here.`).filter((c) => c.sentence === 0).map((c) => [c.actor, c.action]);
    expect(title('Storm destroys historic pier in Brighton')).toEqual([['Storm', 'destroys historic pier in Brighton']]);
    expect(title('Regional airline cancels early flights')).toEqual([['Regional airline', 'cancels early flights']]);
  });

  it('makes no claim of a headline whose only "verb" is its last noun after a singular noun ("… on port contract")', () => {
    const title = (h: string) => claimsOf(`${h}\n\nThe text goes on here.`).filter((c) => c.sentence === 0).map((c) => [c.actor, c.action]);
    expect(title('Government to review port contract')).toEqual([]);
    expect(title('Storm destroys historic pier in Brighton')).toEqual([['Storm', 'destroys historic pier in Brighton']]);
  });
});

describe('English asides that tell an event', () => {
  it('leaves a trailing apposition that sums up the clause ("…, a claim X denied") out of the action', () => {
    expect(one('The senator said the mayor had lied, a charge the mayor denied.')).toMatchObject({ actor: 'the mayor', action: 'had lied' });
    expect(claimsOf('The bank raised rates on Monday, a surprising move that hit shares.')[0].action).toBe('raised rates on Monday');
  });

  it('reads an aside whose participle follows an adverb ("Discovery, first launched in 1984, flew …")', () => {
    const cs = claimsOf('The Orion, first launched in 1984, flew 39 missions.');
    expect(cs.map((c) => [c.actor, c.action, c.date])).toContainEqual(['The Orion', 'first launched in 1984', '1984']);
  });

  it('keeps an indirect question with "when" as the object of a verb of saying or knowing, not an event', () => {
    expect(one('The agency has not said when the program will end.')).toMatchObject({ actor: 'The agency', action: 'has not said when the program will end' });
    // after another verb "when" still tells an event of its own
    expect(claimsOf('The city closed the bridge when the storm hit the coast.').map((c) => c.actor)).toEqual(['The city', 'the storm']);
  });

  const rows = (text: string) => claimsOf(text).map((c) => [c.actor, c.action]);

  it('gives a dated participle aside after the subject to the subject, a comma inside its date included', () => {
    expect(rows('The Kestrel rocket, lost on January 28, 1986, was the second of its kind.')).toEqual([
      ['The Kestrel rocket', 'was the second of its kind'],
      ['The Kestrel rocket', 'lost on January 28, 1986'],
    ]);
    expect(claimsOf('The pier, built in 1961, was closed on Friday.')[1]).toMatchObject({ actor: 'The pier', action: 'built in 1961', date: '1961' });
  });

  it('gives a dated relative aside to the noun phrase before it, and makes no claim of an undated one', () => {
    expect(claimsOf('The council praised the old library, which opened in 1994.')[1]).toMatchObject({
      actor: 'the old library', action: 'opened in 1994', date: '1994',
    });
    expect(rows('The mill, which makes paper, cut 30 jobs.')).toEqual([['The mill', 'cut 30 jobs']]);
  });

  it('gives a participle after ", while" to the clause\'s subject as an act of its own', () => {
    expect(rows('The levy will raise fares for young riders, while cutting them for older ones.')).toEqual([
      ['The levy', 'will raise fares for young riders'],
      ['The levy', 'cutting them for older ones'],
    ]);
  });

  it('gives "after VERBing" to the subject and a later "when" clause with its own subject to that subject', () => {
    expect(rows('Ana Lee arrived in Lima on Friday after winning a vote just before leaving Chile when Tom Webb apologized to Peru.')).toEqual([
      ['Ana Lee', 'arrived in Lima on Friday'],
      ['Ana Lee', 'winning a vote just before leaving Chile'],
      ['Tom Webb', 'apologized to Peru'],
    ]);
  });

  it('keeps a predicate that goes on after an interrupting relative clause ("that X, who …, will …")', () => {
    expect(rows('The ruling does not mean that Ms. Ida Moss, who lost her seat in 2019, will go to jail.')).toEqual([
      ['The ruling', 'does not mean that Ms. Ida Moss will go to jail'],
      ['Ida Moss', 'lost her seat in 2019'],
    ]);
  });

  it('reads "memoirs and photographs from …" as two nouns when the verb comes later', () => {
    expect(rows('A box of letters and photographs from the war is due to be sold in May.')).toEqual([
      ['A box of letters and photographs from the war', 'is due to be sold in May'],
    ]);
  });
});

describe('English reported speech', () => {
  it('reads "X said (that) CLAUSE"', () => {
    const c = one('Police said that the driver had fled the scene.');
    expect(c).toMatchObject({ actor: 'the driver', action: 'had fled the scene', source: 'Police', kind: 'reported' });
    expect(one('The minister said the tax would rise.').source).toBe('The minister');
  });

  it('reads a reported clause whose subject carries a relative clause or participle set off by commas', () => {
    const cs = claimsOf('Officials said the negotiations, which opened in January, had broken down.');
    expect(cs.find((c) => c.action === 'had broken down')).toMatchObject({ actor: 'the negotiations', source: 'Officials', kind: 'reported' });
    expect(claimsOf('Engineers said the dam, completed in 1972, was leaking.').find((c) => c.action === 'was leaking'))
      .toMatchObject({ actor: 'the dam', source: 'Engineers' });
    // an age or a short apposition after the subject's noun
    expect(one('Police said the pilot, 52, had been flying for ten hours.')).toMatchObject({ actor: 'the pilot', source: 'Police', kind: 'reported' });
    expect(one('Police said the pilot, a former soldier, had been flying alone.')).toMatchObject({ actor: 'the pilot', source: 'Police' });
    // a comma before a coordinated clause is no aside: the speech verb keeps its object
    expect(claimsOf('She said the word, and the crowd cheered.').every((c) => c.source === null)).toBe(true);
  });

  it('reads a trailing cue, plain or inverted', () => {
    expect(one('The factory will close in June, the owners said.')).toMatchObject({ actor: 'The factory', source: 'the owners', kind: 'reported' });
    const c = one('The factory will close in June, said Mary Jones, a union official.');
    expect(c.source).toBe('Mary Jones');
    expect(c.action).toBe('will close in June');
  });

  it('reads "X told Y (that) CLAUSE" with the listener left out', () => {
    expect(one('The company told reporters the plant would reopen.')).toMatchObject({ actor: 'the plant', source: 'The company' });
    expect(one('A neighbour told the BBC that the fire started at night.')).toMatchObject({ actor: 'the fire', source: 'A neighbour' });
  });

  it('reads "according to X" before or after the clause', () => {
    expect(one('According to the ministry, exports fell by 5%.')).toMatchObject({ actor: 'exports', source: 'the ministry', kind: 'reported' });
    expect(one('Exports fell by 5%, according to UK-based Trade Watch.')).toMatchObject({ actor: 'Exports', source: 'Trade Watch' });
  });

  it('strips titles from the source', () => {
    expect(one('Prime Minister Ann Smith said the talks had failed.').source).toBe('Ann Smith');
    expect(one('The talks had failed, city council spokesman Tom Brown said.').source).toBe('Tom Brown');
  });

  it('takes "a spokesperson for X" as X', () => {
    expect(one('A spokesperson for the airline said the flights were cancelled.').source).toBe('the airline');
  });

  it('gives the clause subject as source of ", arguing that …"', () => {
    const cs = claimsOf('The unions rejected the offer, arguing that wages had fallen.');
    expect(cs.find((c) => c.kind === 'reported')).toMatchObject({ actor: 'wages', source: 'The unions' });
  });

  it('does not take a passive "was reported" for a cue', () => {
    expect(one('No damage was reported.').kind).toBe('statement');
  });

  it('reads a stance verb with a clause as a cue ("expects the X could …", "agree that …"), not one with an infinitive', () => {
    expect(one('The airline expects the strike could last two weeks.')).toMatchObject({ actor: 'the strike', action: 'could last two weeks', source: 'The airline', kind: 'reported' });
    expect(one('Economists agree that prices will rise.')).toMatchObject({ actor: 'prices', source: 'Economists' });
    expect(one('The airline expects to hire 300 pilots this year.')).toMatchObject({ actor: 'The airline', source: null });
    expect(one('The two leaders agreed the timing was right.')).toMatchObject({ source: null });
  });

  it('reads a speech verb in the progressive with its listener as a cue', () => {
    expect(one('Landlords are quietly warning tenants that rents could double next year.')).toMatchObject({ actor: 'rents', action: 'could double next year', source: 'Landlords' });
  });
});

describe('English subjects that hold a clause without its verb', () => {
  it('makes no claim when the subject ends inside a relative, question or conditional clause ("the era over which he | presided", "If …")', () => {
    expect(claimsOf('The results depend on how the test is scored.').filter((c) => /how/.test(c.actor))).toEqual([]);
    expect(claimsOf('The records of the years during which she ruled were lost.').map((c) => c.actor)).not.toContain('The records of the years during which she');
    // a clause of condition or concession read as the main one states nothing
    expect(claimsOf('If the river rises further the town will flood.').filter((c) => /^If/.test(c.actor))).toEqual([]);
    expect(claimsOf('Even if most disputes are settled quickly.').filter((c) => /^Even if/.test(c.actor))).toEqual([]);
    // a relative clause with its own verb stays in the subject
    expect(one('The rebels who had seized the port surrendered.').actor).toBe('The rebels who had seized the port');
  });
});

describe('English "nor" clauses', () => {
  it('reads ", nor will we …" as a clause of its own, its subject after the auxiliary, the stretch as written its action', () => {
    const cs = claimsOf('"We will not sell the land, nor will we lease it," Ann Smith said.');
    expect(cs.map((c) => c.action)).toEqual(['will not sell the land', 'nor will we lease it']);
    expect(cs[1]).toMatchObject({ actor: 'we', source: 'Ann Smith', kind: 'quote' });
    expect(claimsOf('He did not vote, nor did he speak.').map((c) => c.action)).toEqual(['did not vote', 'nor did he speak']);
  });
});

describe('English quotations', () => {
  it('reads each sentence of a quotation on its own and gives no claim to a quoted question', () => {
    const cs = claimsOf('Mia Park filmed the storm. "The crew was exhausted. Do you help them - or do you keep filming?" she said.');
    expect(cs.slice(1).map((c) => [c.actor, c.action])).toEqual([['The crew', 'was exhausted']]);
    const two = claimsOf('Tom Reed left in May. "Prices will rise. Call me Sunday night at the hotel," Tom Reed wrote to his son.');
    expect(two[1]).toMatchObject({ actor: 'Prices', action: 'will rise', date: null, source: 'Tom Reed' });
    // a question quoted inside the quotation is part of a statement
    expect(claimsOf('"Then a clerk was like, \'Did you see this?\'" says Lee Pall.')).toHaveLength(1);
  });

  it('takes the speaker of a quote with a following cue', () => {
    const c = one('“The river is rising fast,” said Tom Brown.');
    expect(c).toMatchObject({ actor: 'The river', action: 'is rising fast', source: 'Tom Brown', kind: 'quote' });
    expect(one('"The river is rising fast," the mayor said.').source).toBe('the mayor');
  });

  it('reads both halves of a quote split by its cue', () => {
    const cs = claimsOf('“The river is rising,” she said, “and the roads are closed.”');
    expect(cs.map((c) => c.actor)).toEqual(['The river', 'the roads']);
    expect(cs.every((c) => c.kind === 'quote')).toBe(true);
  });

  it('links the cue after a multi-sentence quotation to every sentence of it', () => {
    const cs = claimsOf('Jane Roe spoke first. “The water is safe. The tests were clean,” she said.');
    const quoted = cs.filter((c) => c.kind === 'quote');
    expect(quoted).toHaveLength(2);
    expect(quoted.every((c) => c.source === 'Jane Roe')).toBe(true);
  });

  it('links a cue in the next sentence', () => {
    const cs = claimsOf('“The water is safe.” The mayor said.');
    expect(cs).toHaveLength(1);
    expect(cs[0]).toMatchObject({ source: 'The mayor', kind: 'quote' });
  });

  it('makes "I" in a quote the speaker', () => {
    const c = one('“I will not resign,” Ann Smith said.');
    expect(c.actor).toBe('Ann Smith');
  });

  it('uses the speaker as actor when the quotation has no clear subject', () => {
    const c = one('“Absolutely unacceptable in every way,” said Tom Brown.');
    expect(c).toMatchObject({ actor: 'Tom Brown', source: 'Tom Brown', kind: 'quote' });
  });

  it('does not take a quoted phrase inside a statement for a quotation', () => {
    expect(one('The course has been "certified" by the agency.').kind).toBe('statement');
  });

  it('gives the cue range so that the cue date dates the quote', () => {
    expect(one('“The river is rising,” the mayor said on March 3.').date).toBe('2020-03-03');
  });
});

describe('English quotations with the speaker\'s own act after the cue', () => {
  it('gives a participle after the cue to the speaker, with a quoted phrase run on inside it', () => {
    const rows = (text: string) => claimsOf(text).map((c) => [c.actor, c.action, c.source, c.kind]);
    expect(rows('"Costs will rise," the union said, urging lower fares and "a fair deal for riders."')).toEqual([
      ['Costs', 'will rise', 'the union', 'quote'],
      ['the union', 'urging lower fares and a fair deal for riders', null, 'statement'],
    ]);
    expect(rows('"Costs will rise," the union said, urging lower fares.')).toEqual([
      ['Costs', 'will rise', 'the union', 'quote'],
      ['the union', 'urging lower fares', null, 'statement'],
    ]);
  });
});

describe('English quotations over several sentences', () => {
  it('dates a quotation that goes on after its cue by the cue\'s date when it gives none of its own', () => {
    const cs = claimsOf('"We had doubts," Davis told reporters on Monday. "He has admitted it now."');
    expect(cs.map((c) => [c.action, c.source, c.date])).toEqual([
      ['had doubts', 'Davis', '2020-03-09'],
      ['has admitted it now', 'Davis', '2020-03-09'],
    ]);
  });
});

