// Word shapes for words no list knows: Indonesian/Malay affixation against English spelling.

/** di-…-kan, me-…-i, ber-…-an, -nya …: a prefix and a suffix together are rare outside Indonesian/Malay. */
const IDMS_AFFIXED = /^(?:meng|meny|mem|men|me|ber|ter|di|ke|peng|peny|pem|pen|per|pe|se)[a-z]{2,}(?:kan|an|i)$|^[a-z]{3,}nya$/;
/** Endings and letter groups of English spelling that Indonesian/Malay spelling does not have. */
const EN_SHAPED = /(?:tion|sion|ness|ment|ship|ous|ful|less|ity|ly|ed)$|th|wh|sh|ck|ee|[^aeiouy]y$/;

/** 'idms', 'en' or null, for a lower-case word. */
export function wordShape(word: string): 'idms' | 'en' | null {
  if (IDMS_AFFIXED.test(word)) return 'idms';
  if (EN_SHAPED.test(word)) return 'en';
  return null;
}
