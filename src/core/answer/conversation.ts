// Understands a follow-up such as "and <other force>?" as the previous question about another
// force or period; the previous question itself is remembered through the state port.
import type { FigureQuestion, FigureVocabulary } from '../figures/parse.js';
import { hasPeriod } from '../figures/periods.js';
import { words } from '../text/normalise.js';

/** Follow-ups are short: a name and a joining word or two. */
const MAX_FOLLOW_UP_WORDS = 7;
const JOINING = /^(and|or|also|plus|what about|how about|same for|what of|now|then)\b/;

/**
 * The question to answer: the follow-up rewritten onto the previous question when it only
 * names a new force or period, otherwise the question itself.
 */
export function resolveFollowUp(
  question: string,
  parsed: FigureQuestion,
  previous: string | undefined,
  vocabulary: FigureVocabulary,
): string {
  if (!previous) return question;
  const w = words(question);
  // "and X?" / "what about X?" are follow-ups; so is a bare name. "X trend" asks something new.
  const joined = JOINING.test(w.join(' '));
  // "and Gotham?" names a place the knowledge lacks: still a follow-up, answered "no figures for Gotham".
  const unknownOnly = joined && parsed.forces.length === 0 && parsed.unknownSubjects.length > 0;
  const namesSomethingNew = parsed.forces.length > 0 || hasPeriod(parsed.periods) || unknownOnly;
  const addsNothingElse =
    parsed.metrics.length === 0 && parsed.leftover.length === 0 && (parsed.unknownSubjects.length === 0 || unknownOnly);
  const bare =
    vocabulary
      .withoutForces(question)
      .replace(/\b(19|20)\d\d\b|\b\d\d\b/g, '')
      .trim() === '';
  if (w.length > MAX_FOLLOW_UP_WORDS || !namesSomethingNew || !addsNothingElse || !(joined || bare)) return question;
  const newForces = [...parsed.forces.map((f) => f.name), ...(unknownOnly ? parsed.unknownSubjects : [])].join(' and ');
  let base = parsed.forces.length > 0 || unknownOnly ? vocabulary.withoutForces(previous) : previous;
  if (hasPeriod(parsed.periods)) base = base.replace(/\b(19|20)\d\d(\s*[-/–]\s*\d{2,4})?\b/g, ' ');
  return [base, newForces, ...parsed.periods.mentions].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
}
