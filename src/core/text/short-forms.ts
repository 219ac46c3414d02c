// Short forms whose full stop ends no sentence ("s. 24", "No. 5", "Williams v. Summerfield"):
// shared by the sentence splitter and the validator's "does this text end like a sentence" check.

/** General English and British abbreviations; initials ("J.", "p.m.", "e.g.") are recognised by shape. */
const ABBREVIATIONS = new Set(
  `no nos approx ext para paras pp vs etc cf fig figs vol ch art reg regs sec sect sch tel mr mrs ms dr st prof rev
  hon insp sgt supt det con pc dc ds di dci ref dept govt est min mins hr hrs max av ave rd co ltd inc jan feb
  mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun`.split(/\s+/),
);

/** Longest short form ("thurs.", "e.g.") worth testing. */
const MAX_SHORT_FORM = 12;

/** True for a word ending in a full stop that is a short form: "s.", "No.", "v.", "J.", "p.m.", "e.g.". */
function isShortForm(word: string): boolean {
  if (!word.endsWith('.')) return false;
  const bare = word.slice(0, -1);
  return /^\p{L}$/u.test(bare) || /^(?:\p{L}\.)+\p{L}$/u.test(bare) || ABBREVIATIONS.has(bare.toLowerCase());
}

/**
 * True when the word just before `end` (its full stop the last character), starting no earlier
 * than `from`, is a short form; an opening quote or bracket before it is not part of the word.
 */
export function shortFormEndsAt(text: string, end: number, from = 0): boolean {
  const start = Math.max(from, text.lastIndexOf(' ', end - 1) + 1);
  return end - start <= MAX_SHORT_FORM && isShortForm(text.slice(start, end).replace(/^["“‘(]+/, ''));
}

/** True when some full stop, ! or ? in `text` ends a sentence: one not after a short form, before a space or the end. */
export function endsASentenceWithin(text: string): boolean {
  for (const m of text.matchAll(/[.!?](?=\s|$)/g)) {
    if (m[0] !== '.' || !shortFormEndsAt(text, m.index + 1)) return true;
  }
  return false;
}
