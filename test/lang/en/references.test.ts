// English coreference: pronouns, definite descriptions, surnames.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';

const claimsOf = (text: string) => extract({ id: 't', text, lang: 'en' }).claims;

describe('English references', () => {
  it('names the owner of a leading "its" ("Its bell tower collapsed" → the cathedral\'s), a statement\'s by the last body that spoke', () => {
    expect(claimsOf('The cathedral was built in 1250. Its bell tower collapsed in 1562.')[1].actor).toBe("The cathedral's bell tower");
    expect(claimsOf('Nordbank will close 40 branches. The majority of its 9,000 staff will move.')[1].actor).toBe("The majority of Nordbank's 9,000 staff");
    const cs = claimsOf('Spain had sued the firm, and Portugal said the two sides agreed to drop the case. Later, its revised statement left that out.');
    expect(cs[cs.length - 1].actor).toBe("Portugal's revised statement");
    // inside another phrase "its" stays
    expect(claimsOf('Nordbank will close 40 branches. It has cut ties with its partners.')[1].action).toBe('has cut ties with its partners');
  });

  it('takes up a speaker described by a person\'s noun with a later "he" ("The governor told reporters … He added …")', () => {
    const cs = claimsOf('"The law is clear," said Tom Reyes. The governor told reporters that he was confident. He added that talks were possible.');
    expect(cs[cs.length - 1]).toMatchObject({ actor: 'talks', source: 'The governor' });
  });

  it('takes no apposition head from a coordinated clause after a name ("as a Heritage Site, and the city restored …")', () => {
    const cs = claimsOf('The fire started in Lyon. In 1998, UNESCO listed it as a World Heritage Site, and the city restored its facade in 2005.');
    expect(cs[cs.length - 1]).toMatchObject({ actor: 'Lyon', action: 'restored its facade in 2005' });
  });

  it('keeps a lowercase particle inside a name ("Lula da Silva", "van Dijk", "Rio Grande do Sul") for the actor and for "he"', () => {
    const cs = claimsOf('President Joao Carlos da Costa opened the bridge on Monday. He praised the workers.');
    expect(cs.map((c) => c.actor)).toEqual(['Joao Carlos da Costa', 'Joao Carlos da Costa']);
    expect(claimsOf('Pieter van Dijk won the race. He thanked his team.')[1].actor).toBe('Pieter van Dijk');
    expect(claimsOf('Mato Grosso do Sul has lost half its forest.')[0]).toMatchObject({ actor: 'Mato Grosso do Sul', action: 'has lost half its forest' });
  });

  it('gives a name no title from a title word before a verb ("The president claimed that China …" makes China no president)', () => {
    const cs = claimsOf('The president claimed that China had cheated. In an interview, the vice president said talks were going well.');
    expect(cs[cs.length - 1].source).toBe('the vice president');
  });

  it('gives a speaker "it" with no earlier body speaking the subject of the sentence before ("The Commission fined X. It said …")', () => {
    expect(claimsOf('The European Commission fined Nordbank 2 billion euros. It said the bank had broken the rules.')[1]).toMatchObject({
      actor: 'the bank', source: 'The European Commission',
    });
  });

  it('takes "he" and "she" up by the gender a first name or honorific gives, also for a later bare surname', () => {
    expect(claimsOf('John Smith met Anna Berg on Monday. He said the talks were useful.')[1].source).toBe('John Smith');
    expect(claimsOf('Anna Berg met John Smith on Monday. She said the talks were useful.')[1].source).toBe('Anna Berg');
    expect(claimsOf('Mrs Lee met Tom Ortiz. Lee spoke first. She said the plan was fair.')[2].source).toBe('Lee');
    // nobody of the pronoun's gender: no name rather than the wrong one
    expect(claimsOf('Anna Berg met the minister. He said the talks were useful.')[1].source).not.toBe('Anna Berg');
  });

  it('gives a pronoun speaker after a quotation of a speaker of the other gender the person of its own', () => {
    const cs = claimsOf('Dana Price criticized the plan. "We waited too long," Governor Tom Reyes said. "The clinics matter," she said.');
    expect(cs[cs.length - 1].source).toBe('Dana Price');
  });

  it('gives a subject "it" no demonstrative to take up ("This has not stopped investors. It was …")', () => {
    expect(claimsOf('This has not stopped investors. It was followed by a second fund.')[1].actor).toBe('It');
  });

  it('takes up a place name by its kind ("the city" is a city), not a body whose name holds a place word', () => {
    const post = claimsOf('Olsen told The Washington Post that the law was unfair. The mayor said the city would comply.');
    expect(post.find((c) => c.action === 'would comply')?.actor).toBe('the city');
    const house = claimsOf('The White House criticized the plan. The mayor insisted that the city would stay open.');
    expect(house.find((c) => c.action === 'would stay open')?.actor).toBe('the city');
    expect(claimsOf('Floods hit Paris on Monday. The city closed its schools.')[1].actor).toBe('Paris');
    expect(claimsOf('Rebels attacked Mali on Monday. The country closed its borders.')[1].actor).toBe('Mali');
  });

  it('resolves "they" to the earlier plural actor', () => {
    const cs = claimsOf('Both France and Spain face high prices. In response, they are building new plants.');
    expect(cs[1].actor).toBe('France and Spain');
  });

  it('resolves "both countries", "the pair" to the names coordinated last, never to a plural group', () => {
    expect(claimsOf('Chile and Peru signed a trade deal on Friday. Both countries will cut tariffs next year.')[1].actor).toBe('Chile and Peru');
    expect(claimsOf('Maria Ruiz and Omar Haddad won the prize. The pair will share the money.')[1].actor).toBe('Maria Ruiz and Omar Haddad');
    expect(claimsOf('The miners marched on Friday. Both groups left the square.')[1].actor).toBe('Both groups');
  });

  it('names the place a speaking body belongs to ("The country\'s defence ministry said …" after Russia), not a person\'s office', () => {
    const cs = claimsOf("Chile closed its border on Monday. The country's health ministry said the measure would last a month.");
    expect(cs[1].source).toBe("Chile's health ministry");
    // two countries named: no safe owner
    const two = claimsOf("A storm hit Chile. Peru sent aid. The country's health ministry said the roads were closed.");
    expect(two[two.length - 1].source).toBe("The country's health ministry");
    const office = claimsOf("Ana Ruiz was named district attorney in May. The district attorney's office said the case was closed.");
    expect(office[office.length - 1].source).toBe("The district attorney's office");
  });

  it('keeps the lowercase part of a hyphenated name ("President Kim Dae-jung") in the name and in a group', () => {
    const cs = claimsOf('President Park Min-soo met Prime Minister Ana Lee in Seoul. The two leaders agreed to cut tariffs.');
    expect(cs.map((c) => c.actor)).toEqual(['Park Min-soo', 'Park Min-soo and Ana Lee']);
  });

  it('counts "the two leaders", "both countries" over the last two people or countries named apart, within two sentences', () => {
    expect(claimsOf('Ana Lee met Omar Ortiz in Lima on Monday. The two leaders agreed to cut tariffs.')[1].actor).toBe('Ana Lee and Omar Ortiz');
    expect(claimsOf('Chile signed a deal with Peru on Friday. Both countries will cut tariffs.')[1].actor).toBe('Chile and Peru');
    // "both" or "the two" alone, as actor or speaker
    expect(claimsOf('Chile and Peru signed a trade deal. Both said tariffs would fall.')[1].source).toBe('Chile and Peru');
    expect(claimsOf('Ana Lee met Omar Ortiz in Lima on Monday. The two signed a pact.')[1].actor).toBe('Ana Lee and Omar Ortiz');
    // too far back, nothing is counted
    const far = claimsOf('Ana Lee met Omar Ortiz. Talks began. Prices rose. Markets fell. The two leaders left.');
    expect(far[far.length - 1].actor).toBe('The two leaders');
  });

  it('keeps a coordinated subject whole before a name in apposition to its last part', () => {
    expect(claimsOf('The president and the regional governor, Ana Ruiz, toured the shelters.')[0].actor).not.toBe('Ana Ruiz');
  });

  it('resolves a definite description to the name the apposition described', () => {
    const cs = claimsOf('Norbank, a regional savings bank, opened ten branches. Later the bank closed two of them.');
    expect(cs[1].actor).toBe('Norbank');
  });

  it('resolves a description to a name ending in that noun', () => {
    const cs = claimsOf('Trade Watch released the Global Trade Index on Monday. The index ranks Chile first.');
    expect(cs[1].actor).toBe('Global Trade Index');
  });

  it('resolves a surname to the full name given earlier', () => {
    const cs = claimsOf('Maria Lopez founded the company. Lopez sold it in 2019.');
    expect(cs[1].actor).toBe('Maria Lopez');
  });

  it('resolves "he" to the named speaker of a reported clause', () => {
    const cs = claimsOf('John Carter said he would run again.');
    expect(cs[0]).toMatchObject({ actor: 'John Carter', source: 'John Carter' });
  });

  it('resolves a pronoun source to the earlier person', () => {
    const cs = claimsOf('Maria Lopez visited the plant. “The workers are proud,” she said.');
    expect(cs[1].source).toBe('Maria Lopez');
  });

  it('makes a speaking body of "it": a head before "of" ("The Department of Labor"), or a description naming no person', () => {
    expect(claimsOf('Two miners remain missing. The Department of Labor announced it will pay the families.')[1].actor).toBe('The Department of Labor');
    expect(claimsOf('The ferry sank on Monday. The harbour police said that it will investigate.')[1].actor).toBe('The harbour police');
    // a person's description is no body
    expect(claimsOf('The ferry sank on Monday. The port spokesman said that it was overloaded.')[1].actor).toBe('The ferry');
  });

  it('leaves a pronoun with no antecedent as written', () => {
    expect(claimsOf('She bought the house.')[0].actor).toBe('She');
  });

  it('makes "we" in a quote the speaker\'s organisation only when it was named earlier', () => {
    const named = claimsOf('Greenway Trust bought the land. “We will plant trees,” said Ann Smith, director of Greenway Trust.');
    expect(named[1].actor).toBe('Greenway Trust');
    const unnamed = claimsOf('“We will plant trees,” said Ann Smith, director of Greenway Trust.');
    expect(unnamed[0].actor).toBe('We');
    // an earlier cue of the same speaker gave the organisation ("Greenway director Ann Smith said"); "she said" keeps it
    const later = claimsOf('Greenway director Ann Smith said the land was sold. "We will plant trees," she said.');
    expect(later[1]).toMatchObject({ actor: 'Greenway', source: 'Ann Smith' });
  });
  it('resolves a "they" speaker to names coordinated in an earlier sentence', () => {
    const cs = claimsOf('Smith and Jones said the plan would fail. They added that costs would rise.');
    expect(cs[1].source).toBe('Smith and Jones');
  });

  it('resolves "they" to a plural noun phrase for people or organisations, as written', () => {
    expect(claimsOf('Democrats won the vote. They will push the bill next week.')[1].actor).toBe('Democrats');
    const cs = claimsOf('The two companies signed a deal on Friday. They will merge in June, they said.');
    expect(cs[1]).toMatchObject({ actor: 'The two companies', source: 'The two companies' });
  });

  it('does not resolve "they" to a plural of things', () => {
    const cs = claimsOf('Fuel prices rose 5 percent in May. They will fall in June.');
    expect(cs[0].actor).toBe('Fuel prices');
    expect(cs[1].actor).toBe('They');
  });

  it('takes "they" after "told them" as who was told, not the speaker', () => {
    const cs = claimsOf('The two men were arrested on Friday. Police told them they would be charged.');
    expect(cs[1]).toMatchObject({ actor: 'The two men', source: 'Police' });
  });

  it('looks for the plural antecedent only in the same or the previous two sentences', () => {
    const cs = claimsOf('The protesters marched on Monday. The city was quiet. The mayor spoke at noon. The bridge closed at night. They said the law was unfair.');
    expect(cs[cs.length - 1].source).toBe('They');
  });

  it('resolves a subject "it" to an earlier clause of the sentence or the subject of the sentence before', () => {
    const same = claimsOf('The heat wave is easing, and it has closed 40 schools so far.');
    expect(same[1].actor).toBe('The heat wave');
    const before = claimsOf('The storm reached the coast on Monday. It flooded two towns, according to the weather service.');
    expect(before[1]).toMatchObject({ actor: 'The storm', source: 'the weather service' });
  });

  it('never resolves a subject "it" to a person or a name the text first calls a person', () => {
    const cs = claimsOf('Maria Lopez opened the museum in May. It drew 4,000 visitors in a week.');
    expect(cs[1].actor).toBe('It');
  });

  it('never resolves an expletive "it" to the topic; a reported or quoted one is the speaker\'s stance, with "it" in the action', () => {
    expect(claimsOf('The dam was finished in 2019. It is impossible to repair the spillway this year.')[1].actor).toBe('It');
    const reported = claimsOf('The dam was finished in 2019. It is impossible to repair the spillway this year, the ministry said.');
    expect(reported[1]).toMatchObject({ actor: 'the ministry', action: 'It is impossible to repair the spillway this year', source: 'the ministry' });
    const quoted = claimsOf('"When I started, it was rare to see a woman run a mine," said Ann Cole.');
    expect(quoted[0]).toMatchObject({ actor: 'Ann Cole', action: 'it was rare to see a woman run a mine', kind: 'quote' });
  });

  it('resolves a quoted "he" to the person the speaker spoke of last, not to the speaker', () => {
    const cs = claimsOf('"We never knew whether Novak had signed the deal," Karen Ruiz told reporters. "He has signed it now."');
    expect(cs[1]).toMatchObject({ actor: 'Novak', source: 'Karen Ruiz' });
  });

  it('resolves a description with one modifier to the name it stood before ("Oil giant X" → "the oil giant")', () => {
    const cs = claimsOf('Shipping giant Marlow has sold its stake in the port. "We have earned a good return," the shipping giant said.');
    expect(cs[cs.length - 1].source).toBe('Marlow');
  });

  it('resolves "the lawyer" to the person an apposition called a lawyer, and "he" in what the lawyer said to that person', () => {
    const cs = claimsOf("Mr. Green's lawyer, Paul Okafor, called the ruling unfair. The lawyer said he would appeal.");
    expect(cs[1]).toMatchObject({ actor: 'Paul Okafor', source: 'Paul Okafor' });
  });

  it('takes "it" as a speaker for the last body that spoke, even when the text later calls it part of a title', () => {
    const cs = claimsOf('The company Vantor said it would cut 300 jobs. It said it "expected to return to profit next year". Ana Reyes, now the head of Vantor, declined to comment.');
    expect(cs[1].source).toBe('Vantor');
  });

  it('names the group a part is taken from ("most of them")', () => {
    const cs = claimsOf('The nurses voted on Monday. Most of them backed the strike.');
    expect(cs[1].actor).toBe('Most of the nurses');
  });
  it('does not take a body named through a title ("the head of X", "an inspector of X") for a person', () => {
    const cs = claimsOf('Ana Reyes was the head of Vantor until May. She later moved to Lisbon.');
    expect(cs[1].actor).toBe('Ana Reyes');
    const worked = claimsOf('Mr Okafor worked as an Inspector of Schools, and he leaves two daughters.');
    expect(worked[1].actor).toBe('Okafor');
  });
  it('takes up an organisation the tagger knows by its acronym as "the agency"', () => {
    const cs = claimsOf('The FAA will close 149 towers on Monday. Most of its staff are controllers, the agency says.');
    expect(cs[1].source).toBe('FAA');
  });
  it('resolves "she" after "Her lawyer, X, said" to the person the lawyer is hers, not to the lawyer', () => {
    const cs = claimsOf('Ana Cole sued the bank in May. Her lawyer, Paul Okafor, said she had been unaware of the loan.');
    expect(cs[1]).toMatchObject({ actor: 'Ana Cole', source: 'Paul Okafor' });
    // without such a possessive the speaker is still the one who speaks of himself
    expect(claimsOf('Ana Cole sued the bank in May. Paul Okafor said he would appeal.')[1].actor).toBe('Paul Okafor');
  });
  it('does not make "we" the place a speaker represents ("Democrat of Ohio")', () => {
    const cs = claimsOf('Ohio voted in May. "We are growing in number," said Senator Amy Ross, Democrat of Ohio.');
    expect(cs[1]).toMatchObject({ actor: 'We', source: 'Amy Ross' });
  });
  it('makes a quoted "we" the body named before the speaker\'s lowercase title ("BP chairman X said")', () => {
    const cs = claimsOf('Shares of Kelco fell in May. Kelco chairman Carl Holm said: "We expect the sale will pay off."');
    expect(cs[1]).toMatchObject({ actor: 'Kelco', source: 'Carl Holm' });
  });

  it('resolves "her husband", "his son" to the last person sharing the speaker\'s surname', () => {
    const cs = claimsOf('Ana Ortiz and Luis Ortiz ran a bakery in Leeds. Ana Ortiz said her husband had kept the books.');
    expect(cs[1]).toMatchObject({ actor: 'Luis Ortiz', action: 'had kept the books', source: 'Ana Ortiz' });
    // no relative of that name: as written
    expect(claimsOf('Ana Ortiz ran a bakery. Ana Ortiz said her husband had kept the books.')[1].actor).toBe('her husband');
  });

  it('takes a plural group from its own determiner on, not from a noun phrase before it ("the potential the women hold")', () => {
    const cs = claimsOf('Few doubt the potential the women hold. "But they tend to agree," Mara Lind said.');
    expect(cs[cs.length - 1].actor).toBe('the women');
  });

  it('resolves "they" in a later clause to the plural subject of the earlier clause of its sentence, head before a preposition', () => {
    const cs = claimsOf('Regulators met on Monday. Federal grants under the new law will help towns pay for roads, but they are rarely included in forecasts.');
    expect(cs[2]).toMatchObject({ actor: 'Federal grants under the new law', action: 'are rarely included in forecasts' });
  });

  it('resolves a description with its modifier to the name that title stood before ("the district attorney")', () => {
    const cs = claimsOf('District Attorney Ann Cole filed the charges. His lawyer, Tom Reed, said he would appeal. The case is pending, the district attorney said.');
    expect(cs[cs.length - 1].source).toBe('Ann Cole');
  });

  it('resolves the owner of a possessive description as an actor ("The son\'s case" → "Marco Ortiz\'s case"), not as a source', () => {
    const cs = claimsOf('Luis Ortiz was reported missing by his son, Marco Ortiz. The son\'s case is pending, the district attorney\'s office said.');
    expect(cs[1]).toMatchObject({ actor: "Marco Ortiz's case", source: "the district attorney's office" });
  });

  it('resolves a lawyer\'s "his client" to the person the lawyer was named for ("X\'s lawyer, Y")', () => {
    const cs = claimsOf("Mark Hale was charged in May. Mark Hale's lawyer, Ann Webb, spoke on Friday. Webb added that her client had been ill.");
    expect(cs[2]).toMatchObject({ actor: 'Mark Hale', action: 'had been ill', source: 'Ann Webb' });
  });

  it('resolves a reported "they" after "discussed … with Y" to the speaker and Y', () => {
    const cs = claimsOf('Prime Minister Ana Lee visited Paris. President Tom Webb spoke on Friday. '
      + 'He said he discussed the issue with Ms. Lee during his visit, and that they agreed the timing was good.');
    expect(cs[cs.length - 1]).toMatchObject({ actor: 'Tom Webb and Ana Lee', action: 'agreed the timing was good', source: 'Tom Webb' });
  });

  it('does not take up a public body ("the Labor Department") as "the company" or "the firm", but as "the agency"', () => {
    const cs = claimsOf('The plant will close, according to the Labor Department. The company will cut 500 jobs. The agency will review the plan.');
    expect(cs.map((c) => c.actor)).toEqual(['The plant', 'The company', 'Labor Department']);
  });
  it('takes no earlier name whose own head is qualified by a noun for a description with another modifier ("World Bank" is not "the central bank")', () => {
    expect(claimsOf('The loan was approved by the World Bank in March. The central bank raised interest rates on Tuesday.')[1].actor).toBe('The central bank');
    expect(claimsOf('The loan was approved by the World Bank in March. The troubled bank raised interest rates on Tuesday.')[1].actor).toBe('World Bank');
    const cs = claimsOf('Canberra will fund the scheme, the Australian Government said. The federal government will spend $2 billion.');
    expect(cs[cs.length - 1].actor).toBe('Australian Government');
    // a level of government ("federal") is no kind of body: it takes up a name qualified by a noun too
    expect(claimsOf('The Morrison Government announced the plan on Monday. The federal government will spend $2 billion.')[1].actor).toBe('Morrison Government');
  });
  it('does not take up an outlet a speaker talks to ("In an interview with the BBC", "told Reuters") as "the company"', () => {
    const cs = claimsOf('Norvik Motors reported a loss on Friday. In an interview with the BBC, Tom Webb said sales fell. The company will shut two mills.');
    expect(cs[cs.length - 1].actor).toBe('Norvik Motors');
    const told = claimsOf('Norvik Motors reported a loss on Friday. Tom Webb told Reuters that sales fell. The firm will shut two mills.');
    expect(told[told.length - 1].actor).toBe('Norvik Motors');
    // a business told something stays one
    const business = claimsOf('The union told Norvik Motors it would strike. The company rejected the demand.');
    expect(business[business.length - 1].actor).toBe('Norvik Motors');
  });
  it('makes a later quoted "we" of a speaker the body her apposition named ("X, a spokeswoman for Y, said …")', () => {
    const cs = claimsOf('Lena Berg, a spokeswoman for Harwick Airlines, said flights would resume. "We are sorry for the delays," she said.');
    expect(cs[cs.length - 1]).toMatchObject({ actor: 'Harwick Airlines', source: 'Lena Berg' });
    // a relative clause names no body of hers
    const rel = claimsOf('Lena Berg, who spoke at the rally, said flights would resume. "We are sorry for the delays," she said.');
    expect(rel[rel.length - 1].actor).toBe('We');
  });
});
