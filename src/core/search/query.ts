// Turns a question into "slots": one per concept the question asks about, each with the
// alternatives that count as saying it (the word itself plus its synonym group).
import { SHORTENED_WORDS } from '../text/english.js';
import { words } from '../text/normalise.js';
import { stem } from '../text/terms.js';
import { phraseOf, type Phrase, type Vocabulary } from './vocabulary.js';

export interface Slot {
  /** The words of the question this slot stands for. */
  text: string;
  alternatives: Phrase[];
  /** Everyday-English relatives of a word the knowledge never uses, that it does (see PassageIndex). */
  related?: Phrase[];
  /**
   * The full word of a clipped one ("max" → "maximum"), also among `related`: it weighs and counts
   * as a relative, but a passage saying it says the question's own word.
   */
  clipped?: Phrase;
}

/** The concepts of a question, longest synonym phrases first, stop words dropped. */
export function slotsOf(question: string, vocabulary: Vocabulary): Slot[] {
  const w = words(question);
  const stems = w.map(stem);
  const slots: Slot[] = [];
  for (let at = 0; at < w.length;) {
    const age = ageAt(w, at);
    if (age) {
      slots.push(age.slot);
      at += age.length;
      continue;
    }
    const unit = unitAt(w, at);
    if (unit) {
      slots.push(unit);
      at += 1;
      continue;
    }
    const match = vocabulary.matchAt(stems, at);
    const length = match?.length ?? 1;
    const text = w.slice(at, at + length).join(' ');
    const own = phraseOf(text);
    if (own.stems.length > 0) {
      const alternatives = match
        ? [own, ...match.alternatives.filter((p) => p.words.join(' ') !== text)]
        : [own, ...writtenOut(text)];
      slots.push({ text, alternatives: alternatives.filter((p) => p.stems.length > 0) });
    }
    at += length;
  }
  return mergeRepeats(slots);
}

/**
 * "ppl", "pts": a word texting shortens, as the knowledge would write it, counting in full. Only
 * when no synonym of the knowledge's matched it: an admin's "pts" (put to sleep) says more.
 */
function writtenOut(text: string): Phrase[] {
  const full = SHORTENED_WORDS.get(text);
  return full ? [phraseOf(full)] : [];
}

/** A word asked twice ("taser … taser") is one concept. */
function mergeRepeats(slots: Slot[]): Slot[] {
  const seen = new Set<string>();
  return slots.filter((s) => {
    const key = s.alternatives[0]!.stems.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Words for a person under 18 in everyday English, any of which says the age of a child asked about. */
const UNDER_18 = ['child', 'youth', 'young person', 'juvenile', 'minor', 'aged 10 to 17'];

/**
 * "15 yr old", "14-year-old", "9yo": a person's age, one concept however it is typed, which the
 * knowledge says as "aged 15", "between 10 and 17 years" or "a child". "5 year ban" is no age.
 */
function ageAt(w: string[], at: number): { slot: Slot; length: number } | undefined {
  const typed = ageTyped(w, at);
  if (!typed) return undefined;
  const text = w.slice(at, at + typed.length).join(' ');
  const said = [`aged ${typed.years}`, `${typed.years} years`, ...(typed.years < 18 ? UNDER_18 : [])];
  return { slot: { text, alternatives: [phraseOf(text), ...said.map(phraseOf)] }, length: typed.length };
}

/** The years, and how many words say them, of an age typed at `at`. */
function ageTyped(w: string[], at: number): { years: number; length: number } | undefined {
  const joined = /^(\d{1,2})yo$/.exec(w[at] ?? '');
  if (joined) return { years: Number(joined[1]), length: 1 };
  if (!/^\d{1,2}$/.test(w[at] ?? '')) return undefined;
  if (w[at + 1] === 'yo') return { years: Number(w[at]), length: 2 };
  if (/^(?:yr|yrs|year|years)$/.test(w[at + 1] ?? '') && w[at + 2] === 'old')
    return { years: Number(w[at]), length: 3 };
  return undefined;
}

/**
 * Units of time as typed after a number ("24hrs", "5 mins"), and the words the knowledge writes. A
 * Map, not an object: a question's word is never looked up among an object's own names ("constructor").
 */
const TIME_UNITS = new Map<string, string>([
  ...['hr', 'hrs'].map((short) => [short, 'hours'] as const),
  ...['min', 'mins'].map((short) => [short, 'minutes'] as const),
  ...['sec', 'secs'].map((short) => [short, 'seconds'] as const),
  ...['wk', 'wks'].map((short) => [short, 'weeks'] as const),
  ...['yr', 'yrs'].map((short) => [short, 'years'] as const),
]);

/**
 * "24hrs", or "hrs" after a number: a unit of time shortened, said by the knowledge in full ("24
 * hours"). Alone ("min age") such a word is left as it is: "min" there is a minimum.
 */
function unitAt(w: string[], at: number): Slot | undefined {
  const token = w[at] ?? '';
  const joined = /^(\d+)([a-z]+)$/.exec(token);
  const full = joined ? TIME_UNITS.get(joined[2]!) : /^\d+$/.test(w[at - 1] ?? '') ? TIME_UNITS.get(token) : undefined;
  if (!full) return undefined;
  const said = joined ? `${joined[1]} ${full}` : full;
  return { text: token, alternatives: [phraseOf(token), phraseOf(said)] };
}
