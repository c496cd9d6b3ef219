// Word lists the English extractor reasons with. Lowercase.

const forms = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean));

/**
 * Verbs of saying whose complement is a reported clause ("said that …", "warned …"). Not "deny": "Davis denied that
 * Roth had a deal" does not report that Roth had a deal; the article states Davis's denial.
 */
export const SPEECH_VERBS = forms(`
  say says said saying tell tells told telling state states stated announce announces announced
  claim claims claimed write writes wrote written add adds added note notes noted argue argues argued
  insist insists insisted warn warns warned confirm confirms confirmed report reports reported
  explain explains explained declare declares declared acknowledge acknowledges acknowledged admit admits admitted
  suggest suggests suggested predict predicts predicted contend contends contended maintain maintains maintained
  reply replies replied respond responds responded tweet tweets tweeted testify testifies testified
  proclaim proclaims proclaimed estimate estimates estimated reveal reveals revealed conclude concludes concluded
  assert asserts asserted allege alleges alleged stress stresses stressed emphasise emphasises emphasised
  emphasize emphasizes emphasized concede concedes conceded caution cautions cautioned observe observes observed
  recall recalls recalled complain complains complained remark remarks remarked disclose discloses disclosed
  promise promises promised vow vows vowed pledge pledges pledged
  counter counters countered
`);

/**
 * Verbs of belief and expectation that report a stance like speech when a clause follows ("BP expects the
 * buyback could take a year", "experts fear the dam may fail"); never with an infinitive ("expects to"). Not "think":
 * "the firm initially thought a fault was to blame" tells what the firm did.
 */
export const STANCE_VERBS = forms('believe believes believed expect expects fear fears feared');

/**
 * Verbs of belief that, when the speaker is their own subject inside what the speaker says, only frame the speaker's
 * claim: "Lee told reporters she thought the mayor knew" reports that the mayor knew, from Lee.
 */
export const OWN_BELIEF_VERBS = forms('think thinks thought hope hopes hoped suspect suspects suspected');

/** Verbs of assent that report a stance only before "that" ("analysts agree that …", not "agreed the plan was good"). */
export const ASSENT_VERBS = forms('agree agrees agreed');

/**
 * Participles of acts of speech without a clause of their own: after a reported clause they are the speaker's acts
 * ("The ministry says the law will cut costs, pointing to a 2019 study"), not the reported subject's.
 */
export const SPEAKER_PARTICIPLES = forms(`
  pointing citing calling urging describing referring accusing blaming praising welcoming dismissing rejecting
  questioning demanding asking vowing promising pledging criticising criticizing
`);

/**
 * Past tenses of what a speaker goes on to do after a reported clause: "Li said the smog had upset him and vowed to act"
 * — the vow is Li's, not the smog's.
 */
export const SPEAKER_ACTS = forms('vowed pledged promised called urged demanded asked added warned insisted stressed appealed refused declined');

/**
 * Participles by which the writer comments on what an event means ("…, reinforcing the idea that …", "…, underscoring
 * the risks"): an interpretation, not a further act of the subject, so no claim of their own.
 */
export const COMMENT_PARTICIPLES = forms(`
  reinforcing underscoring underlining highlighting reflecting signalling signaling illustrating demonstrating echoing
  emphasizing emphasising exemplifying symbolizing symbolising epitomizing epitomising
`);

/** Verbs by which a document reports a finding ("a report released Tuesday found that …"). */
export const FINDING_VERBS = forms('find finds found show shows showed shown indicate indicates indicated');

/** Documents that speak for their authors: the subject of a finding verb is a source. */
export const DOCUMENT_NOUNS = forms(`
  report reports study studies survey surveys poll polls analysis review audit investigation research data
  paper memo letter filing document assessment inquiry
`);

/** What a person or body issues to speak: "The senator's statement said …" is the senator speaking. */
export const STATEMENT_NOUNS = forms(`
  statement statements remarks comments letter note memo email post tweet release announcement message
`);

/** Verbs by which a text says what it says as a closing cue (`"…," the post reads`). */
export const READING_VERBS = forms('read reads');

/** Verbs whose inverted object is the one spoken to ("…, told reporters"), never the speaker. */
export const LISTENER_ONLY = forms('tell tells told telling');

/** "The Times quoted Lee as saying …": verbs of quoting, and the gerunds after "as" that open what was quoted. */
export const QUOTING_VERBS = forms('quoted quotes quote quoting');
export const QUOTED_AS_GERUNDS = forms('saying telling stating');

/** Speech verbs that take a listener before the reported clause ("told reporters the plan …"). */
export const LISTENER_VERBS = forms(`
  tell tells told telling warn warns warned warning assure assures assured assuring remind reminds reminded reminding
  inform informs informed informing
`);

/** Words that open a subordinate clause; a leading segment opened by one is not the main clause. */
export const SUBORDINATORS = forms(`
  while whilst although though if when whenever because since as after before once unless whereas until
  despite given rather unlike like amid amidst following
`);

/** Nouns of time that may stand before a subordinator at the head of a sentence ("The day before …", "An hour after …"). */
export const TIME_NOUNS = forms(`
  moment moments minute minutes hour hours day days night nights week weeks month months year years decade decades time shortly soon long
`);

/** Words that open a time adverbial after a verb ("said this morning", "announced late Friday", "said last week"). */
export const TIME_OPENERS = forms('this last late early next earlier later yesterday today tonight overnight');

/** Words that open a negative inverted clause ("Nor did the bank cover the losses"): the subject comes after the verb. */
export const NEGATIVE_INVERTERS = forms('nor neither');

/** Subordinators that a time noun can take ("two days after the vote …"). */
export const TIME_SUBORDINATORS = forms('before after since until when');

/** Words that end a predicate when they follow a comma: asides and trailing subordinate clauses. */
export const ASIDE_OPENERS = forms('though although whereas which who whom whose with to even as');

/**
 * Nouns that sum up the clause before them in a trailing apposition: "said the rival had lied, a claim the rival
 * denied", "raised rates, a move that surprised markets".
 */
export const SUMMARY_NOUNS = forms(`
  claim claims charge charges accusation accusations allegation allegations assertion move step decision view position
  stance remark assessment figure estimate
`);

/** Coordinators that may join two main clauses. */
export const CLAUSE_COORDINATORS = forms('and but while so yet whereas');

/**
 * "it" of an expletive clause points at nothing: "it is impossible to cut the budget", "it's possible there
 * will be more", "it was unusual to have a woman managing a bill".
 */
export const EXPLETIVE_IT = /^(?:is|was|'s|will be|would be|could be|may be|might be|has been|had been|seems?|seemed|appears?|appeared|remains?|remained)\s+(?:\w+ly\s+)?\w+\s+(?:to|that|for|whether|if|there|when|how|what|who|as)\b/i;

/** Forms of "be" (passives, copulas). */
export const BE = forms("be is are was were been being am 's 're 'm");

/** Verbs that agree only with a singular subject ("the plan is", "it has"): no plural noun stands before them. */
export const SINGULAR_VERBS = forms("is was has does 's");

export const RELATIVE_PRONOUNS = forms('that who which whom whose');

/** Subordinators of condition and concession: a clause they open states no fact ("If the virus reaches …"). */
export const CONDITION_SUBORDINATORS = forms('if unless whether although though');

/** Words that open a clause inside a noun phrase: "the era over which he presided", "depend on how music is defined". */
export const EMBEDDING_WORDS = forms('who which whom whose how what where why');

/** Honorifics written before a surname ("Mr Osborne", "Dr. Lee"); written capitalised, with or without a full stop. */
export const HONORIFICS = forms('mr mrs ms dr');

/** Honorifics and titles left out of names ("Mr Osborne", "President Obama"). */
export const TITLES = forms(`
  ${[...HONORIFICS].map((h) => `${h} ${h}.`).join(' ')} miss prof prof. professor sir dame lord lady rev rev. reverend father
  president vice prime minister secretary senator sen sen. rep rep. representative congressman congresswoman
  governor gov gov. mayor chancellor premier chief executive director judge justice general gen gen. colonel col col.
  captain capt capt. lieutenant lt sergeant sgt officer inspector sheriff deputy ambassador commissioner speaker
  leader chairman chairwoman chair ceo cfo coo founder co-founder coach king queen prince princess pope
  special assistant adviser advisor spokesman spokeswoman spokesperson head analyst economist
  attorney solicitor counsel commander administrator superintendent treasurer comptroller auditor
  assemblyman assemblywoman councilman councilwoman councillor councilor alderman envoy member
`);

/**
 * Section headings of news sites that a page's text may run into the next sentence without a stop ("Reactions Pope
 * Leo said …", "Background The town is …").
 */
export const SECTION_HEADINGS = forms('background history reaction reactions aftermath investigation casualties response overview details');

/**
 * Lowercase particles inside a name, between its capitalised words ("Luiz Inacio Lula da Silva", "Ludwig van Beethoven",
 * "Rio Grande do Sul", "Osama bin Laden").
 */
export const NAME_PARTICLES = forms('da de do dos das di del della du van von der den ter bin ibn');

/** Nouns naming a spokesperson of some body ("a spokesperson for X" → X). */
export const SPOKES = forms('spokesperson spokesman spokeswoman representative spokespeople');

export const PERSON_PRONOUNS = forms('he she him her his hers himself herself');

/** Pronouns of one gender: "he" takes up a man named before, not the woman named last. */
export const GENDERED_PRONOUNS = { m: forms('he him his himself'), f: forms('she her hers herself') };

/** Honorifics and titles of one gender before a name ("Mr. Lee", "Queen Anne"). */
export const GENDERED_TITLES = { m: forms('mr sir lord king prince'), f: forms('mrs ms miss dame lady queen princess') };

/** Subject pronouns that take up a speaker inside what the speaker says ("Lee said she thought …"). */
export const SPEAKER_PRONOUNS = forms('he she they we i');
export const PLURAL_PRONOUNS = forms('they them their theirs themselves');
/** Pronouns in the subject case: the subject itself when a fronted phrase runs into one ("On the slopes she won …"). */
export const SUBJECT_PRONOUNS = forms('i we you he she it they');
export const FIRST_SINGULAR = forms('i me my mine myself');
export const FIRST_PLURAL = forms('we us our ours ourselves');

/** Heads of definite descriptions that refer to people ("the minister"). */
export const PERSON_HEADS = forms(`
  minister president senator governor mayor chancellor premier secretary leader nominee candidate chairman
  chairwoman director executive ceo founder spokesman spokeswoman spokesperson official judge actor singer player
  coach man woman lawyer attorney prosecutor client curator historian author
`);

/** Lawyers, whose "client" is the one whose lawyer the text called them ("X's attorney, Y … his client" → X). */
export const COUNSEL_NOUNS = forms('attorney lawyer counsel solicitor barrister');

/** Family members, who often share a surname: "Ana Ortiz said her husband kept the books" → Ana Ortiz's kin. */
export const KIN_NOUNS = forms('husband wife son daughter father mother brother sister');

/** Heads of definite descriptions that refer to organisations, products or documents ("the bank", "the index"). */
export const THING_HEADS = forms(`
  company firm bank group agency organisation organization ministry department government party index report study
  network carrier airline manufacturer giant startup start-up retailer lender insurer automaker maker broadcaster
  newspaper paper outlet site platform app service channel fund union council commission committee court
  university school hospital club team league association institute foundation charity regulator operator
  model system programme program project survey poll review analysis campaign office administration embassy
`);

/**
 * Nouns that take up a name the tagger knows as an organisation when nothing closer was called so ("The FAA will
 * close 149 towers. … the agency says"): the kinds of body news most often names by acronym or brand.
 */
export const ORGANIZATION_HEADS = forms('company firm group organisation organization agency body authority');

/**
 * Last words that make a name a public body ("the Labor Department", "the Finance Ministry"): "the company" or
 * "the firm" does not take such a name up ("The plant will close, according to the Labor Department. The company …").
 */
export const PUBLIC_BODY_HEADS = forms(`
  department ministry agency commission council committee court parliament congress senate assembly office administration
  government party union university police army navy service bureau authority board
`);

/** Nouns for a business, which take up no public body. */
export const BUSINESS_HEADS = forms('company firm');

/**
 * Modifiers of a definite description that say how the writer sees a body or at which level it works, not which kind of
 * body it is: "the new bank", "the former company" may take up "World Bank", "the federal department" "Justice
 * Department"; "the central bank" may not take up "World Bank" (see NATIONAL_QUALIFIER).
 */
export const NON_KIND_MODIFIERS = forms(`
  new old same former latter other local troubled embattled struggling ailing rival parent federal national provincial municipal
`);

/**
 * The shape of a name's word that qualifies its head by a nation or an adjective ("Australian Government", "Federal
 * Court", "British Council"), which a description with another modifier ("the federal government") can still take up;
 * a noun ("World Bank", "Labor Department") names another kind of body than "the central bank", "the justice department".
 */
export const NATIONAL_QUALIFIER = /(?:an|ese|ish|ch|i|al|ic|ary)$/i;

/**
 * Words before a name that make it the channel a speaker talks through, a media outlet, which "the company" does not
 * take up: "In an interview with the BBC, Ana Ortiz said …", "quoted by Bloomberg News".
 */
export const CHANNEL_CUES = [
  'interview with', 'interviews with', 'interviewed by', 'quoted by', 'appearance on', 'wrote in', 'op-ed in', 'broadcast by', 'aired on',
];

/**
 * Verbs of speaking to someone, which make a one-word name after them an outlet ("she told Reuters", "Speaking to CNN, …");
 * a longer name may be a business told something ("The union told Volta Motors it would strike").
 */
export const SPEAKING_TO_CUES = ['told', 'speaking to', 'spoke to', 'talking to', 'talked to', 'speaking with', 'spoke with'];

/** Last words of a media outlet's name ("The Daily Herald", "Channel News"), which "the company" does not take up either. */
export const MEDIA_NAME_HEADS = forms('times post journal news press herald tribune gazette television tv radio broadcasting');

/** Countries and other places are often taken up as "the country". */
export const PLACE_HEADS = forms('country nation state city region island kingdom republic');

/**
 * The nouns that take up a place name, by the kind of place the tagger gives its last word: "the city" is Paris,
 * not the Washington Post nor the White House (a place word inside a body's name, or a place of no known kind).
 */
export const PLACE_KIND_HEADS: Record<string, Set<string>> = {
  City: forms('city'),
  Country: forms('country nation state kingdom republic'),
  Region: forms('state region island'),
};

/** Plural nouns for groups of people or for organisations ("officials", "the companies"), not for things. */
export const GROUP_NOUNS = forms(`
  people persons men women children kids parents families residents locals citizens villagers voters
  officials authorities leaders ministers lawmakers legislators senators representatives politicians
  diplomats negotiators envoys delegates members partners allies rivals critics supporters opponents
  protesters protestors demonstrators activists campaigners strikers unions workers employees staff
  executives managers directors bosses founders owners shareholders investors traders analysts economists
  experts researchers scientists scholars academics doctors nurses physicians surgeons patients teachers
  students pupils farmers fishermen miners drivers pilots passengers travellers travelers tourists visitors
  consumers customers shoppers users buyers sellers landlords tenants homeowners taxpayers
  police officers detectives investigators prosecutors lawyers attorneys judges jurors firefighters rescuers
  soldiers troops forces rebels militants fighters insurgents militias guards
  victims survivors witnesses suspects defendants prisoners detainees hostages refugees migrants immigrants
  players athletes fans coaches teams clubs artists musicians actors writers journalists reporters editors
  companies firms banks lenders insurers carriers airlines automakers manufacturers makers producers
  retailers startups giants businesses corporations agencies regulators governments ministries parties
  groups organisations organizations institutions universities schools hospitals charities councils
  committees countries nations states democrats republicans conservatives liberals socialists tories
`);

/**
 * Headline verbs in -s that the tagger takes for a plural noun after a noun compound ("Senate panel delays vote on budget",
 * "City council backs plan for new stadium"): with a bare verb form after them, they are the verb and that form its object.
 */
export const NOUN_LIKE_S_VERBS = forms(`
  delays plans backs eyes cuts bans probes slams hikes weighs mulls nears vows halts ends blocks rejects approves
  unveils names taps boosts extends seeks urges orders sets opens closes launches drops raises lifts eases
`);

/**
 * Past tenses spelt like nouns, which compromise tags as the second noun of a compound after a subject noun
 * ("The company cut 300 jobs", "The index rose sharply", "Inflation hit 5 percent"); see fixNounPast in tokens.ts.
 */
export const NOUN_LIKE_PASTS = forms('cut rose hit set put spread shut cost quit split fell hurt bid cast burst');

/**
 * Adverbs of time and sequence that compromise may tag as something else ("later" an adjective, "now" a
 * conjunction, "first" an ordinal) and that stand between a subject and its verb ("He later made …").
 */
export const SUBJECT_ADVERBS = forms('later earlier now first then also still eventually initially finally once already soon');

/** Adverbs and connectives that open a sentence without being part of its subject. */
export const LEADING_CONNECTIVES = forms(`
  but and or so yet however meanwhile moreover furthermore also still instead indeed nevertheless nonetheless
  naturally previously maybe perhaps today yesterday now then first finally thus hence therefore besides
  overall currently recently later earlier initially ultimately eventually additionally separately likewise
  similarly consequently accordingly importantly notably crucially sadly fortunately unfortunately
`);

/** Gerunds that report what the clause's subject said or found (", arguing that …", ", establishing that …"). */
export const REPORTING_GERUNDS = forms(`
  arguing saying claiming warning noting adding insisting stressing establishing showing finding
  suggesting concluding explaining asserting stating
`);

/** Subordinators that open a trailing clause of their own after a comma ("…, when the bridge closed"). */
export const TRAILING_SUBORDINATORS = forms('when after before because while since once until unless although though whereas');

/**
 * Verbs and adjectives after which "when" opens an indirect question, not an event: "NASA has not said when the
 * program will end", "It is unclear when talks resume" assert no end and no talks.
 */
export const QUESTION_FRAMES = forms(`
  know knows knew known decide decides decided ask asks asked wonder wonders wondered clear unclear sure certain
  announce announces announced disclose discloses disclosed reveal reveals revealed explain explains explained
  specify specifies specified
`);

/** Of those, the ones of time and cause whose clause tells an event after a cue ("…, he said, after the vote failed"). */
export const EVENT_SUBORDINATORS = forms('when after before because while since once until unless');

/**
 * Subordinators whose leading clause states something of its own ("Although X has been lucrative, …"). Not
 * "while"/"whereas": "While the sustainability of the boom is debatable, …" mostly hedges the main clause.
 */
export const STATING_SUBORDINATORS = forms('as because although though');

/** Quantifiers that can open a subject ("Most staff agreed", "None of the bids arrived"). */
export const QUANTIFIERS = forms('no none neither each every all some any many most few both');

/** Quantifiers that make their noun phrase plural ("both sides", "several officials"). */
export const PLURAL_QUANTIFIERS = forms('both many several some most all');

/** Relative pronouns of an aside that tells its noun's own event ("the station, which opened in 2004"). */
export const EVENT_RELATIVES = forms('which who');

/** Subordinators before a participle that tells a further act of the clause's subject ("…, while cutting them for the old"). */
export const PARTICIPLE_SUBORDINATORS = forms('while after before');

/** Past tenses of speech that close a cue clause before a quotation (`X said: "…"`). */
export const CLOSING_CUE_VERBS = forms('said says told added wrote stated declared explained announced insisted warned');

/** Verbs of cost and time whose expletive "it" stands for a later noun ("it cost $5 million to build the station"). */
export const COST_VERBS = forms('cost costs take takes took taken');

/** Personal pronouns that can stand as an actor. */
export const PRONOUNS = forms('he she they it we i you him her them us me');

/** Prepositions after a head noun ("Federal subsidies under the health law": the head is "subsidies"). */
export const HEAD_PREPOSITIONS = forms('of under in for from with at on by to across over');
