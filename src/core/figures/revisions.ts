// Later publications revise earlier ones: of the figures two sources give for one force (or area) and
// period, answers use the latest revision and can say what was first published.
import { revises } from '../knowledge/cross-check.js';
import type { FigureSet, Source } from '../types.js';

export interface Revisions<T extends FigureSet> {
  /** The latest revision of every force (or area) and period. */
  current: T[];
  /** Statistic id → the figures it revises, earliest first. */
  earlier: Map<string, T[]>;
}

/** Split figure sets into the latest revisions and what they revise. */
export function latestRevisions<T extends FigureSet>(
  sets: T[],
  subject: (set: T) => string,
  sources: Map<string, Source>,
): Revisions<T> {
  const groups = new Map<string, T[]>();
  for (const set of sets) {
    const key = `${subject(set)}|${set.period.from}|${set.period.to}`;
    groups.set(key, [...(groups.get(key) ?? []), set]);
  }
  const current: T[] = [];
  const earlier = new Map<string, T[]>();
  for (const group of groups.values()) {
    // Sources that no other source in the group revises; without a revision link each one stands.
    const latest = group.filter((s) => !group.some((o) => o !== s && revises(sources, o.source, s.source)));
    for (const set of latest) {
      current.push(set);
      const revised = group.filter((o) => o !== set && revises(sources, set.source, o.source));
      const date = (x: T) => sources.get(x.source)?.date ?? '';
      if (revised.length > 0)
        earlier.set(
          set.id,
          revised.sort((a, b) => date(a).localeCompare(date(b))),
        );
    }
  }
  return { current, earlier };
}
