import type { SegmentationRules } from '../types.js';

const words = (s: string) => new Set(s.trim().split(/\s+/));

export const segmentation: SegmentationRules = {
  abbreviations: words(`
    inc corp co ltd llc plc bros assn dept univ govt admin intl natl
    jr sr esq phd ph.d md m.d ba b.a ma m.a bsc
    etc al approx est min max avg misc ref refs fig figs vol vols ed eds p pp para sec ch chap art no nos nr tel ext
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    ave blvd rd hwy ft ln
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo
    mph kg km lb lbs oz yd yds sq cu
    rs
    med btw dist div`),
  finalAbbreviations: words('etc a.m p.m am pm'),
  prefixes: words(`
    mr mrs ms mssrs messrs dr prof gov sen rep reps gen col lt capt cmdr adm maj sgt cpl pvt rev hon pres supt insp det
    fr sra mme mlle msgr st mt
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
  keepEnclosed: true,
};
