// What `detect` knows of English (see DetectionData): its frequent words and spelling.
//
// English words that are frequent in any English text and rare as words of Indonesian or Malay.
// Written from general knowledge of English; words that are also common Indonesian/Malay words
// (data, bank, film, total, media, radio …) are left out on purpose.
import type { DetectionData } from '../types.js';

/** Function words: they make up roughly half of running English text. */
export const EN_FUNCTION = new Set(`
the of and to a an in is was that for it with as on be by at this are from or have has had not but which
they he she his her hers their theirs its we you i were been will would can could should may might must shall
there what when where who whom whose why how all any some no more most other others such only also than then
so if about into over after before between under up out do does did done being our ours my mine your yours
them him us me these those one two three four five six seven eight nine ten first second third last next
very much many well even because while through against during without within each both here now still however
since until again ever never always often already yet just than though although whether either neither nor
upon onto off down above below across along around behind beyond near per via among toward towards despite
unless whereas whom whoever whatever whichever something anything nothing everything someone anyone everyone
somebody anybody nobody everybody itself himself herself themselves ourselves yourself myself
it's don't doesn't didn't isn't wasn't aren't weren't won't can't couldn't wouldn't shouldn't i'm you're
we're they're he's she's that's there's what's let's i've we've they've you've i'd we'd they'd i'll we'll
they'll you'll hasn't haven't hadn't
am be being been become became get got gets getting make made makes making take took taken go went gone goes
going come came comes say said says saying tell told know knew known think thought see saw seen want wanted
give gave given use used find found put let seem seemed keep kept
yes not like same own few less least lot lots else another every such rather quite perhaps maybe
today tomorrow yesterday ago later soon once twice
`.trim().split(/\s+/));

/** Frequent English content words, for short inputs where function words may be missing. */
export const EN_COMMON = new Set(`
people year years time times day days week weeks month months way ways man men woman women child children
world life lives hand hands part parts place places case cases point points home school schools country
countries number numbers group groups problem problems fact facts government company companies system
systems  programme question questions work works working worked night nights  areas money
story stories right rights study studies book books eye eyes job jobs word words business issue issues side
sides kind kinds head house houses service services friend friends father mother power hour hours game games
line lines end member members law laws car cars city cities community name names president team minute
minutes idea ideas kid kids body information back parent parents face faces others level levels office
door health person art war history party result results change changes morning reason reasons research
girl girls guy guys moment  teacher force education foot feet boy boys age policy everything process
music market markets sense nation plan plans college interest death experience effect effects class control
care field development role effort rate heart drug show leader light voice wife police mind price report
decision son view relationship town road arm difference value building action  season society tax
director position player record paper space ground form event official matter center centre couple site
project activity star table need court oil situation cost industry figure street image phone land sale
season election military economy security minister public state states national federal local general
council company's officials spokesman spokeswoman chief executive
new good great old big high small large long little young important different early able bad best better
true whole free sure  full special easy clear recent certain personal open red difficult available
likely short single medical current wrong private past foreign fine common poor natural significant similar
hot dead central happy serious ready simple left physical general environmental financial blue democratic
dark various entire close legal religious cold   green nice huge popular traditional cultural
strong low late hard major former political social economic international human
also really about just back still even almost enough far away together actually probably simply
ago already especially finally recently nearly quickly directly exactly instead indeed
ask asked asking asks became believe believed bring brought build built buy bought call called calls calling
change changed continue continued create created die died expect expected fall fell feel felt follow
followed happen happened hear heard help helped hold held include included including increase increased
kill killed lead led learn learned leave left live lived look looked looking lose lost love loved meet met
move moved need needed offer offered open opened pay paid play played provide provided reach reached read
remain remained remember report reported require required run ran send sent serve served set show showed
shown sit speak spoke spend spent stand stood start started stay stop stopped talk talked try tried turn
turned understand understood wait walk walked watch watched win won write wrote written agree agreed
allow allowed appear appeared begin began begun consider considered describe described develop developed
explain explained add added announced announce according percent million billion thousand hundred
`.trim().split(/\s+/));

/**
 * More frequent English words (nouns, verbs with their common forms, adjectives, adverbs) for two-word inputs,
 * which rarely contain a function word. Words also usual in Indonesian/Malay text (program, media, hotel,
 * video, online, download …) are left out.
 */
export const EN_MORE = new Set(`
ability access accept accepted account accounts achieve achieved across activities actual addition
additional address addresses administration adult adults advance advanced advantage advice affect affected
afternoon agency agencies agreement ahead aircraft alone amount amounts analysis ancient animal animals annual
answer answers anyone anything anyway apartment apparently application applications applied apply approach
approval approved argue argued argument arrive arrived article articles artist artists aspect assessment
assistance associated association attack attacks attempt attend attended attention attitude audience author
authority authorities avoid award awarded aware background balance based basic basis beautiful beauty become
becomes becoming bedroom beginning behavior behaviour believes benefit benefits beside birth birthday board
boards border bottom branch bread break breakfast bridge brief bright broad brother brothers budget buildings
burden business businesses button buyer buying calendar campaign cancer candidate candidates capable capital
career careful carefully carry carried catch caught caused causes celebrate celebration century chain chair
chairman challenge challenges champion championship chance chances chapter character characters charge
charged charges cheap check checked chicken choice choices choose chosen church churches citizen citizens
civil claim claimed claims clean clearly client clients climate closed closely clothes coach coast coffee
collection colour color combination comfortable coming command comment comments commercial commission
committee common communication communities compared comparison competition complete completed completely
complex concern concerned concerns condition conditions conference confidence conflict congress connection
consequences conservative construction consumer consumers contact contain contains content context contract
contracts contribute contribution conversation cooking corner correct costs cottage council counter county
course courses cover covered coverage create creates creating creative credit crime criminal crisis critical
crowd culture current currently customer customers cutting daily damage dance danger dangerous daughter
daughters dealing death deaths debate debt decade decades decide decided decisions declared defence defense
define degree delivery demand demands department depending depends describe describes design designed desire
despite detail detailed details determine determined developing device devices different difficult dinner
direction disease diseases display distance distribution district doctor doctors document documents dollars
double doubt downtown dozen drawing dream dreams dress drink drinking drive driver driving during earlier
earth easily eastern eating economic edition editor educational effective effectively efforts eight either
elderly elected electric electricity element elements eleven employee employees employment encourage
energy enforcement engine engineering enjoy enjoyed enough ensure enter entered entire entirely entrance
environment equal equipment escape especially essential establish established estate estimated evening events
eventually evidence exactly examination example examples excellent except exchange excited exciting exercise
exist existing expensive experienced experiences expert experts explain explained express extend extra
extremely facilities facility factor factors failed failure fairly faith familiar families family famous
farmer farmers father favorite favourite feature features federal feeling feelings female fifty
fight fighting figures filled finance financial finding fingers finish finished fishing flight floor
flowers flying focus folks follow following foods football forces foreign forest forget forgotten
former forward freedom frequently fresh friendly front fruit funding funds further future garden gather
gathered generally generation gentle getting giving glass goals golden government governments governor
grade graduate grand grant grass greater greatest ground groups growing growth guess guest guests guidance
guide guilty happened happening happens happiness harbor harbour health healthy heard hearing heavy height
helping highly hillside himself historic historical holding holiday holidays honest honour honor horse
hosted housing however human humans hundreds hungry husband identify imagine immediately
impact important impossible improve improved improvement include includes income increasing incredible
independent indicate individual individuals industrial industries influence inform injury inside inspired
instead institute institution institutions insurance intended interested interesting interview
introduced investment invited involved island islands issued itself joined joint journal journey judge
justice keeping killing kitchen knowledge labour labor language languages larger largest latest laughed launch
launched leaders leadership leading learning least leave leaves leaving lecture legislation length letter
letters level library license lifestyle limited listen listening literature living located location looks
lovely lower lucky machine magazine maintain majority makes management managers manner marriage
married massive match material materials matter matters maybe meaning means measure measures meeting
meetings memory mental mentioned message method methods middle might military million minutes mission
modern moment money monthly mostly mother mountain mountains movement moving murder musical
myself narrow native natural nature nearby necessary neighbour neighbor network neither nervous newspaper
nobody noted nothing notice novel number numbers nurse object obtain obviously occasion occur offers office
officer officers offices operation operations opinion opportunity opposite option options order
ordinary organisation organization organizations others otherwise outside overall owner owners
package painting parents parking particular particularly partner partners parts passed passing patient
patients pattern payment peace penalty pension percentage perfect perform performance performed period
permanent permission personal persons phone photo photos physical picture pictures piece pieces planning
plant plants plastic played player players playing pleased plenty pocket poetry points police policies
political politics poorly popular population portion position positive possible possibly potential pound
pounds poverty powerful practical practice prepare prepared presence present presented pressure pretty
prevent previous previously prices primary prime principal principle principles priority prison private
probably problem problems procedure proceed produce produced product production products professional
professor profit progress project projects promise promote proper properly property
proposal proposed protect protection prove provide provides province provincial public published purchase
purpose pursue putting quality quarter question quickly quiet quite racing raise raised rapidly rarely
rather reached reader readers reading ready reality realize realized really reason reasonable receive
received recently recognize recommend recommended recovery reduce reduced reflect reform refused regarding
region register registered regular regulations related relations release released relevant relief
religion remains remarkable remember removed rental repair replace replaced reports represent representative
republic request requirements research resident residents resource resources respect respond response
responsibility responsible restaurant result resulting retail return returned revenue rights rising
river roads rolling rooms round route rules running rural safety salary sales sample saturday saving
savings scale scene schedule scheme school science scientific scientists score screen search season seats
secondary secret secretary section sector secure seeing seeking seemed seems selected selection sell
selling sense sentence separate series seriously served service services session setting
settle settlement seven several severe shall shape share shared shares sharing shoot shooting
should shoulder shown sight signed significant silver similar simple simply since singer single sister
sisters sitting situation skills sleep slightly slowly smaller smile smith society soldiers
solution solutions somebody somewhat somewhere sorry sound sounds source sources south southern space
speaking special species specific speech speed spending spirit sport sports spread spring square staff
stage standard standards standing stars starting statement statements station steps still stock
stone stopped storage store stores storm straight strange strategy street streets strength stretch
strike strong strongly structure struggle student students studies stuff subject subjects
success successful suddenly suffer suffered suggest suggested summer sunday supply support supported
supporters supposed surface surgery surprise surprised survey survive suspect sweet switch teachers
teaching technical technique technology teeth television temperature tenant tenants tested testing thanks
theatre theater theme themselves theory therefore thick thing things thinking thirty thousands threat
threatened through throughout thursday ticket tickets tight title together tonight tools topic touch
tough tourism tourist tourists toward trade tradition traffic training travel treat treated treatment trees
trial tried trouble truck trust truth trying tuesday twelve twenty typical under understanding union unique
united university unless unlike unusual upper urban useful users using usual usually valley valuable
values variety various vehicle vehicles version victim victims victory viewed views village violence
visible vision visit visited visitors voice volume voters voting wages waiting walking wanted warning
watching water weapons wearing weather wedding wednesday weekend weekly weight welcome western
whatever wheel whether white whole widely width wildlife willing window windows winner winning winter
wisdom within without witness woman wonder wonderful wooden worker workers working workshop worried worry
worse worst worth would writer writers writing wrote yellow young younger yourself youth
`.trim().split(/\s+/));

/** Endings and letter groups of English spelling that Indonesian/Malay spelling does not have. */
const EN_SHAPED = /(?:tion|sion|ness|ment|ship|ous|ful|less|ity|ly|ed|ic|ics|[aeo][wy])$|th|wh|sh|ck|ee|ou|(?<!n)gh|ph|x|[^aeiouy]y$/;

export const englishDetection: DetectionData = {
  franc: ['eng'],
  expectedShare: 0.45,
  function: EN_FUNCTION,
  common: EN_COMMON,
  more: EN_MORE,
  shapes: [{ pattern: EN_SHAPED, weight: 1, rank: 1 }],
  spelling: { words: [...EN_FUNCTION, ...EN_COMMON, ...EN_MORE] },
};
