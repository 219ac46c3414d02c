// Describes what the loaded knowledge covers, for help screens and the Slack App Home.
import type { Overview } from '../assistant.js';
import { periodsOf, visibleStatistics } from '../figures/select.js';
import type { Snapshot } from '../snapshot.js';
import { periodLabel } from '../text/dates.js';
import type { Audience } from '../types.js';

const EXAMPLE_COUNT = 6;

export function describeKnowledge(snapshot: Snapshot, audience: Audience, todayIso: string): Overview {
  const { knowledge } = snapshot;
  const notes = knowledge.notes.filter((n) => audience === 'internal' || n.visibility === 'public');
  const stats = visibleStatistics(knowledge, audience);
  const topics = new Map<string, number>();
  for (const note of notes) topics.set(note.topic, (topics.get(note.topic) ?? 0) + 1);
  const forceIds = new Set(stats.map((s) => s.force));
  const metricIds = new Set(stats.flatMap((s) => Object.keys(s.values)));
  return {
    topics: [...topics].map(([topic, count]) => ({ topic, notes: count })),
    forces: [...knowledge.forces.values()].filter((f) => forceIds.has(f.id)).map((f) => ({ id: f.id, name: f.name })),
    metrics: [...knowledge.metrics.values()]
      .filter((m) => metricIds.has(m.id))
      .map((m) => ({ id: m.id, label: m.label })),
    periods: periodsOf(stats).map((period) => ({ period, label: periodLabel(period) })),
    notes: notes.length,
    statistics: stats.length,
    // Only the sources this audience's notes and figures cite: a public count must not reveal internal ones.
    sources: new Set([...notes, ...stats].map((item) => item.source)).size,
    overdueReviews: notes.filter((n) => n.reviewBy && n.reviewBy < todayIso).length,
    updatedAt: knowledge.updatedAt,
    examples: snapshot.suggestions.examples(audience, EXAMPLE_COUNT),
  };
}
