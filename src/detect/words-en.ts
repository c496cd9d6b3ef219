// English words that are frequent in any English text and rare as words of Indonesian or Malay.
// Written from general knowledge of English; words that are also common Indonesian/Malay words
// (data, bank, film, total, media, radio …) are left out on purpose.

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
