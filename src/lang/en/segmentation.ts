import type { SegmentationRules } from '../types.js';
import { MONTH_ABBREVIATIONS, MONTHS, MORE_TIME_ZONES, TIME_ZONES, WEEKDAYS } from './calendar.js';

const words = (s: string) => new Set(s.trim().split(/\s+/));

export const segmentation: SegmentationRules = {
  // only words that are abbreviations: a full word here (ill, miss) would keep a sentence end before a name
  abbreviations: words(`
    inc corp co ltd llc plc bros assn dept univ govt admin intl natl
    jr sr esq phd ph.d m.d b.a m.a bsc
    al ca approx avg misc refs figs vol vols eds p pp ch chap no nos nr tel ext
    ${MONTH_ABBREVIATIONS.join(' ')} tue tues thu thur thurs fri
    st mt ave blvd rd hwy
    ala ariz ark calif colo conn fla kan ky mich minn mont neb nev okla tenn va vt wis wyo
    rs
    btw`),
  finalAbbreviations: words('etc a.m p.m am pm'),
  calendar: words([...WEEKDAYS, ...MONTHS, ...MONTH_ABBREVIATIONS, ...TIME_ZONES, ...MORE_TIME_ZONES].join(' ').toLowerCase()),
  prefixes: words(`
    mr mrs ms mssrs messrs dr prof gov sen rep reps gen col lt capt cmdr adm maj sgt cpl pvt rev hon pres supt insp det
    fr sra mme mlle msgr
    e.g i.e viz cf vs v
  `),
  starters: words(`
    the a an this that these those there here it its he his him she her they their them we our us i my me you your
    but and or so yet nor however meanwhile instead still also then now thus hence therefore moreover furthermore
    in on at for from with by after before during since until when while if as although though because once unless
    what who whom whose which why how where
    is are was were will would can could should shall may might must do does did has have had
    some many most all both each every no not none one two three few several another other such
    mr mrs ms dr
    last next later earlier today yesterday tomorrow
  `),
  joiners: words(`
    the a an of to in on at for from with by and or nor but as than into onto upon about over under between through
    that which whose is are was were be been being has have had will would can could should may might must
  `),
  keepEnclosed: true,
};
