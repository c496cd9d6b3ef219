// Word shapes for words no list knows: Indonesian/Malay affixation against English spelling.

/** di-…-kan, me-…-i, ber-…-an, -nya …: a prefix and a suffix together are rare outside Indonesian/Malay. */
const IDMS_AFFIXED = /^(?:meng|meny|mem|men|me|ber|ter|di|ke|peng|peny|pem|pen|per|pe|se)[a-z]{2,}(?:kan|an|i)$|^[a-z]{3,}nya$/;
/**
 * Indonesian/Malay spellings of loanwords, which English writes otherwise: eks- and ks before a vowel
 * (eksternal, taksi; English x), -si (regulasi; English -tion), -logi (-logy), -isme (-ism), -tif (-tive),
 * -tur/-dur (-ture/-dure), -ik (-ic), and ng- at the start of a word (ngobrol), which English never has.
 */
const IDMS_SPELLED = /ks[aeiou]|^eks|.{3}si$|logi$|isme$|tif$|[td]ur$|.{2}ik$|^ng/;
/** Endings and letter groups of English spelling that Indonesian/Malay spelling does not have. */
const EN_SHAPED = /(?:tion|sion|ness|ment|ship|ous|ful|less|ity|ly|ed|ic|ics|[aeo][wy])$|th|wh|sh|ck|ee|ou|(?<!n)gh|ph|x|[^aeiouy]y$/;

/**
 * 'idms', 'en' or null, for a lower-case word; 'affixed' for an Indonesian/Malay word with a prefix and a
 * suffix (dipastikan, untungnya), which English text hardly ever holds, while Indonesian text often holds an
 * English word: the stronger evidence of the two.
 */
export function wordShape(word: string): 'affixed' | 'idms' | 'en' | null {
  if (IDMS_AFFIXED.test(word)) return 'affixed';
  if (IDMS_SPELLED.test(word)) return 'idms';
  if (EN_SHAPED.test(word)) return 'en';
  return null;
}
