// The platform-neutral help: what the loaded knowledge covers, short enough to read at a glance
// (topics with counts, the periods, five example questions), with the full force list kept apart.
// Built from the core's Overview, so it never names a topic, force or question itself.
import type { Overview } from '../../core/assistant.js';

/** Example questions shown in help. */
export const HELP_EXAMPLES = 5;
/** More periods than this are summarised as "first to last (n periods)". */
const PERIODS_LISTED = 4;

export interface HelpSummary {
  /** Topics with how many notes each has, the largest first. */
  topics: { topic: string; notes: number }[];
  /** "April 2017 – March 2018, April 2018 – March 2019", or "… to … (9 periods)"; empty without figures. */
  periods: string;
  /** How many forces have figures (their names: `forceNames`). */
  forces: number;
  /** What the figures measure, e.g. "discharges". */
  measures: string[];
  /** Up to HELP_EXAMPLES questions from the knowledge's own example questions. */
  examples: string[];
  /** "29 notes · 131 sets of figures · 12 sources". */
  counts: string;
}

/** The help summary for what one audience may see. */
export function helpSummary(o: Overview): HelpSummary {
  return {
    topics: [...o.topics].sort((a, b) => b.notes - a.notes || a.topic.localeCompare(b.topic)),
    periods: periodsCovered(o.periods.map((p) => p.label)),
    forces: o.forces.length,
    measures: o.metrics.map((m) => m.label),
    examples: o.examples.slice(0, HELP_EXAMPLES),
    counts: [
      plural(o.notes, 'note'),
      plural(o.statistics, 'set of figures', 'sets of figures'),
      plural(o.sources, 'source'),
    ].join(' · '),
  };
}

/** Every force with figures, in alphabetical order: the list help keeps behind a "forces" command. */
export function forceNames(o: Overview): string[] {
  return o.forces.map((f) => f.name).sort((a, b) => a.localeCompare(b));
}

/** "Topics: use (12), training (5)": topics with their note counts, in one line. */
export function topicLine(summary: HelpSummary): string {
  return summary.topics.map((t) => `${t.topic} (${t.notes})`).join(', ');
}

function periodsCovered(labels: string[]): string {
  if (labels.length <= PERIODS_LISTED) return labels.join(', ');
  return `${labels[0]} to ${labels.at(-1)} (${labels.length} periods)`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
