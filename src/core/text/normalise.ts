// Text normalisation shared by indexing, query parsing and name matching, so that
// "Thames-Valley", "thames valley" and "THAMES VALLEY" are the same words everywhere.

/** Lower-case, strip accents, turn punctuation into spaces, collapse white space. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Normalised words of a text, in order. */
export function words(text: string): string[] {
  const n = normalise(text);
  return n ? n.split(' ') : [];
}
