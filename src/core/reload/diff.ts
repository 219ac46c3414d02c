// What a reload changed: notes and statistics added, removed or edited (by id), and which
// other parts of the pack changed. Where an item sits in its file does not count as an edit.
import type { Pause } from '../search/serialised.js';
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
  return {
    notes: compareItems(before.notes, after.notes, contentsOf(before.notes), contentsOf(after.notes)),
    statistics: compareItems(
      before.statistics,
      after.statistics,
      contentsOf(before.statistics),
      contentsOf(after.statistics),
    ),
    other: otherChanges(before, after),
  };
}

/** Items compared between two pauses of `diffKnowledgeInSteps` (~10 ms of work at 100k passages). */
const ITEMS_PER_STEP = 500;

/**
 * `diffKnowledge` with `pause` between short steps: comparing a 100k-passage pack's notes takes
 * over a second, too long to hold the thread that answers questions.
 */
export async function diffKnowledgeInSteps(before: Knowledge, after: Knowledge, pause: Pause): Promise<KnowledgeDiff> {
  const contents = async (items: readonly Identified[]) => {
    const map = new Map<string, string>();
    for (let i = 0; i < items.length; i++) {
      if (i % ITEMS_PER_STEP === 0) await pause();
      map.set(items[i]!.id, content(items[i]!));
    }
    return map;
  };
  const notes = compareItems(before.notes, after.notes, await contents(before.notes), await contents(after.notes));
  const statistics = compareItems(
    before.statistics,
    after.statistics,
    await contents(before.statistics),
    await contents(after.statistics),
  );
  await pause();
  return { notes, statistics, other: otherChanges(before, after) };
}

function otherChanges(before: Knowledge, after: Knowledge): OtherPart[] {
  const other: OtherPart[] = [];
  if (!sameItems([...before.sources.values()], [...after.sources.values()])) other.push('sources');
  if (!sameItems([...before.forces.values()], [...after.forces.values()])) other.push('forces');
  if (!sameItems([...before.metrics.values()], [...after.metrics.values()])) other.push('metrics');
  if (canonical(before.synonyms) !== canonical(after.synonyms)) other.push('synonyms');
  return other;
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

/** Each item's id and content, in order. */
function contentsOf(items: readonly Identified[]): Map<string, string> {
  return new Map(items.map((item) => [item.id, content(item)]));
}

function compareItems(
  before: readonly Identified[],
  after: readonly Identified[],
  old: Map<string, string>,
  now: Map<string, string>,
): ItemChanges {
  return {
    added: after.filter((item) => !old.has(item.id)).map((item) => item.id),
    removed: before.filter((item) => !now.has(item.id)).map((item) => item.id),
    edited: after.filter((item) => old.has(item.id) && old.get(item.id) !== now.get(item.id)).map((item) => item.id),
  };
}

function sameItems(before: readonly Identified[], after: readonly Identified[]): boolean {
  const changes = compareItems(before, after, contentsOf(before), contentsOf(after));
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
