// Everything built from one knowledge pack: the indexes and matchers an answer needs, once per
// audience. A reload builds new snapshots off to the side (in a worker thread, then restored here
// in short steps) and swaps them in whole.
import { FigureVocabulary, type WordFacts } from './figures/parse.js';
import { PassageIndex, type PassageIndexData } from './search/passage-index.js';
import { yieldToEventLoop, type Pause, type SerialisedSearch } from './search/serialised.js';
import { SuggestionIndex } from './search/suggestions.js';
import type { Audience, Knowledge } from './types.js';

/** A stem found in more than this share of passages is too common to tell notes apart. */
const UBIQUITOUS_SHARE = 0.7;

export interface Snapshot {
  /** The knowledge this audience may see: for `public`, internal notes and statistics are absent. */
  knowledge: Knowledge;
  passages: PassageIndex;
  suggestions: SuggestionIndex;
  figures: FigureVocabulary;
  words: WordFacts;
}

export interface Snapshots {
  /** The whole pack, as loaded. */
  knowledge: Knowledge;
  public: Snapshot;
  internal: Snapshot;
}

/**
 * One snapshot per audience. The public one is built from public knowledge only, so a word that
 * occurs only in internal notes is as unknown to a public user as a word no note has: its IDF,
 * the vocabulary, the suggestions and figure parsing cannot hint that internal knowledge exists.
 */
export function buildSnapshots(knowledge: Knowledge): Snapshots {
  const visible = publicPart(knowledge);
  const publicSnapshot = buildSnapshot(visible);
  const hasInternal =
    visible.notes.length < knowledge.notes.length || visible.statistics.length < knowledge.statistics.length;
  return { knowledge, public: publicSnapshot, internal: hasInternal ? buildSnapshot(knowledge) : publicSnapshot };
}

/** Built indexes as plain text, from `serialiseSnapshots` in the thread that built them. */
export interface SnapshotsData {
  public: SnapshotData;
  /** Absent when the pack has nothing internal: the public snapshot serves both audiences. */
  internal?: SnapshotData;
}

interface SnapshotData {
  passages: PassageIndexData;
  suggestions: SerialisedSearch;
}

/** The indexes of `snapshots` as plain text that can cross to another thread (see `restoreSnapshots`). */
export function serialiseSnapshots(snapshots: Snapshots): SnapshotsData {
  const data = (s: Snapshot): SnapshotData => ({
    passages: s.passages.serialise(),
    suggestions: s.suggestions.serialise(),
  });
  return {
    public: data(snapshots.public),
    ...(snapshots.internal === snapshots.public ? {} : { internal: data(snapshots.internal) }),
  };
}

/**
 * The snapshots `serialiseSnapshots` wrote for `knowledge`, rebuilt in short steps with `pause`
 * between them: the thread keeps answering from its current snapshots meanwhile.
 */
export async function restoreSnapshots(
  knowledge: Knowledge,
  data: SnapshotsData,
  pause: Pause = yieldToEventLoop,
): Promise<Snapshots> {
  const restore = async (visible: Knowledge, d: SnapshotData) => {
    const passages = await PassageIndex.restore(visible, d.passages, pause);
    const suggestions = await SuggestionIndex.restore(visible, d.suggestions, pause);
    await pause();
    return snapshotOf(visible, passages, suggestions);
  };
  const publicSnapshot = await restore(publicPart(knowledge), data.public);
  return {
    knowledge,
    public: publicSnapshot,
    internal: data.internal ? await restore(knowledge, data.internal) : publicSnapshot,
  };
}

/** The snapshot an audience answers from. */
export function snapshotFor(snapshots: Snapshots, audience: Audience): Snapshot {
  return audience === 'internal' ? snapshots.internal : snapshots.public;
}

/**
 * What a public user may see: public notes and figures, and the forces, metrics and sources they
 * use. A force, metric or source that only internal items use is left out too, so its name or
 * label cannot show in a refusal ("I have no figures on covert deployments…"); one nothing uses
 * at all stays, as the admin listed it.
 */
function publicPart(knowledge: Knowledge): Knowledge {
  const isPublic = (item: { visibility: string }) => item.visibility === 'public';
  const notes = knowledge.notes.filter(isPublic);
  const statistics = knowledge.statistics.filter(isPublic);
  const totals = knowledge.totals.filter(isPublic);
  const used = references(notes, statistics, totals);
  const isInternal = (item: { visibility: string }) => !isPublic(item);
  const usedInternally = references(
    knowledge.notes.filter(isInternal),
    knowledge.statistics.filter(isInternal),
    knowledge.totals.filter(isInternal),
  );
  const visible = <T>(map: Map<string, T>, kind: keyof typeof used) =>
    new Map([...map].filter(([id]) => used[kind].has(id) || !usedInternally[kind].has(id)));
  return {
    ...knowledge,
    notes,
    statistics,
    totals,
    forces: visible(knowledge.forces, 'forces'),
    metrics: visible(knowledge.metrics, 'metrics'),
    sources: visible(knowledge.sources, 'sources'),
  };
}

/** The forces, metrics and sources some of the knowledge's items name. */
function references(notes: Knowledge['notes'], statistics: Knowledge['statistics'], totals: Knowledge['totals']) {
  const figureSets = [...statistics, ...totals];
  return {
    forces: new Set([...notes.flatMap((n) => n.forces), ...statistics.map((s) => s.force)]),
    metrics: new Set(figureSets.flatMap((f) => Object.keys(f.values))),
    sources: new Set([...notes, ...figureSets].map((item) => item.source)),
  };
}

function buildSnapshot(knowledge: Knowledge): Snapshot {
  return snapshotOf(knowledge, new PassageIndex(knowledge), new SuggestionIndex(knowledge));
}

/** The snapshot around built indexes: the word facts and figure matchers derive from them. */
function snapshotOf(knowledge: Knowledge, passages: PassageIndex, suggestions: SuggestionIndex): Snapshot {
  const synonymStems = passages.vocabulary.knownStems();
  const ubiquitousIdf = Math.log(1 + (1 - UBIQUITOUS_SHARE) / UBIQUITOUS_SHARE);
  const common = (s: string) => passages.knows(s) && passages.idf(s) < ubiquitousIdf;
  const words: WordFacts = {
    known: (s) => passages.knows(s) || synonymStems.has(s),
    // A synonym of a ubiquitous word ("tazer" for the device's name) says just as little.
    ubiquitous: (s) => common(s) || passages.vocabulary.equivalents(s).some(common),
  };
  return {
    knowledge,
    passages,
    suggestions,
    figures: new FigureVocabulary(knowledge, words),
    words,
  };
}
