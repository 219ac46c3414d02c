// What a reload changed: notes and statistics added, removed or edited (by id), and which
// other parts of the pack changed. Where an item sits in its file does not count as an edit.
import type { Knowledge } from '../types.js';

export interface ItemChanges {
  added: string[];
  removed: string[];
  /** Present before and after, with different content. */
  edited: string[];
}

export interface KnowledgeDiff {
  notes: ItemChanges;
  statistics: ItemChanges;
  /** Other parts of the pack that changed: `sources`, `forces`, `metrics`, `synonyms`. */
  other: OtherPart[];
}

export type OtherPart = 'sources' | 'forces' | 'metrics' | 'synonyms';

/** Compare two loaded packs. Ids are listed in the order they appear in the pack. */
export function diffKnowledge(before: Knowledge, after: Knowledge): KnowledgeDiff {
  const other: OtherPart[] = [];
  if (!sameItems([...before.sources.values()], [...after.sources.values()])) other.push('sources');
  if (!sameItems([...before.forces.values()], [...after.forces.values()])) other.push('forces');
  if (!sameItems([...before.metrics.values()], [...after.metrics.values()])) other.push('metrics');
  if (canonical(before.synonyms) !== canonical(after.synonyms)) other.push('synonyms');
  return {
    notes: compareItems(before.notes, after.notes),
    statistics: compareItems(before.statistics, after.statistics),
    other,
  };
}

/** True when a reload changed nothing an answer could show. */
export function isUnchanged(diff: KnowledgeDiff): boolean {
  const { notes, statistics } = diff;
  return (
    [notes, statistics].every((c) => c.added.length + c.removed.length + c.edited.length === 0) &&
    diff.other.length === 0
  );
}

interface Identified {
  id: string;
  origin?: unknown;
}

function compareItems(before: readonly Identified[], after: readonly Identified[]): ItemChanges {
  const old = new Map(before.map((item) => [item.id, content(item)]));
  const now = new Set(after.map((item) => item.id));
  return {
    added: after.filter((item) => !old.has(item.id)).map((item) => item.id),
    removed: before.filter((item) => !now.has(item.id)).map((item) => item.id),
    edited: after.filter((item) => old.has(item.id) && old.get(item.id) !== content(item)).map((item) => item.id),
  };
}

function sameItems(before: readonly Identified[], after: readonly Identified[]): boolean {
  const changes = compareItems(before, after);
  return changes.added.length + changes.removed.length + changes.edited.length === 0;
}

/** An item's content without its position in the files. */
function content(item: Identified): string {
  const { origin: _where, ...rest } = item;
  return canonical(rest);
}

/** JSON with object keys sorted, so `{ a, b }` and `{ b, a }` compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
