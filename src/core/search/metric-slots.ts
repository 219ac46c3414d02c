// Which concepts of a question name the metric it asks figures of ("spit guard", "fired"): a note
// quoted for figures must say them, or the number it gives counts something else.
import type { Metric } from '../types.js';
import type { Slot } from './query.js';
import { phraseOf } from './vocabulary.js';

/**
 * Indexes of the slots that say a term of one of `metrics` the question says whole: a one-word
 * slot of a two-word term ("spit", "guard" of "spit guard") too, as a pack with no synonym group
 * for the term splits it so.
 */
export function metricSlots(slots: readonly Slot[], metrics: readonly Metric[]): number[] {
  const ways = slots.map((slot) => slot.alternatives.map((alt) => alt.stems));
  const asked = new Set(ways.flat(2));
  const terms = metrics
    .flatMap((m) => m.terms.map((t) => phraseOf(t).stems))
    .filter((term) => term.length > 0 && term.every((s) => asked.has(s)));
  return ways.flatMap((alternatives, i) =>
    alternatives.some((stems) => stems.length > 0 && terms.some((term) => stems.every((s) => term.includes(s))))
      ? [i]
      : [],
  );
}
