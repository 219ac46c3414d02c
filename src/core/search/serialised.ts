// A MiniSearch index as JSON text in slices, to build in one thread and restore in another: text
// crosses threads as a cheap copy, and restoring slice by slice never holds the event loop for long.
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';

/** Lets other work run between two slices of a long job (e.g. replies while a reload restores indexes). */
export type Pause = () => Promise<void>;

/** The default pause: one turn of the event loop, after pending I/O (`setImmediate`). */
export const yieldToEventLoop: Pause = () => new Promise((resolve) => setImmediate(resolve));

/** A MiniSearch index serialised: its head (counts, options), its documents and its terms, in slices of JSON. */
export interface SerialisedSearch {
  head: string;
  /** Slices of `[short id, id, field lengths]`. */
  documents: string[];
  /** Slices of `[term, { field id: { short id: count } }]`, as MiniSearch's `toJSON` writes them. */
  terms: string[];
}

/**
 * Characters of JSON per slice: parsing and adding one takes a few milliseconds. A pack has few
 * terms with long posting lists (1,900 terms at 10k passages), so slices are cut by size, not by
 * count; a single term longer than this is a slice of its own.
 */
const SLICE_CHARS = 128 * 1024;

/** `entries` as JSON arrays of about `SLICE_CHARS` characters each. */
export function jsonSlices(entries: Iterable<unknown>): string[] {
  const slices: string[] = [];
  let slice: string[] = [];
  let size = 0;
  for (const entry of entries) {
    const json = JSON.stringify(entry);
    slice.push(json);
    size += json.length;
    if (size >= SLICE_CHARS) {
      slices.push(`[${slice.join(',')}]`);
      slice = [];
      size = 0;
    }
  }
  if (slice.length > 0) slices.push(`[${slice.join(',')}]`);
  return slices;
}

/** The entries of `jsonSlices`, one slice per turn: `pause` comes before each slice. */
export async function* parseSlices<T>(slices: string[], pause: Pause): AsyncGenerator<T> {
  for (const slice of slices) {
    await pause();
    yield* JSON.parse(slice) as T[];
  }
}

/** Serialise `search` for `restoreSearch` (in the thread that built it). */
export function serialiseSearch<T>(search: MiniSearch<T>): SerialisedSearch {
  const { index, documentIds, fieldLength, ...head } = search.toJSON();
  const lengths = fieldLength as Record<string, number[]>;
  const documents = Object.entries(documentIds as Record<string, unknown>).map(
    ([shortId, id]): [number, unknown, number[] | undefined] => [Number(shortId), id, lengths[shortId]],
  );
  return { head: JSON.stringify(head), documents: jsonSlices(documents), terms: jsonSlices(index) };
}

/** The index format this restores: MiniSearch 7's `toJSON` (serializationVersion 2). */
const FORMAT = 2;

/** Where MiniSearch 7 keeps documents and terms, as its own `loadJS` fills them. */
interface Internals {
  _documentIds: Map<number, unknown>;
  _idToShortId: Map<unknown, number>;
  _fieldLength: Map<number, number[]>;
  /** Term → field id → short document id → count. */
  _index: { set(term: string, fields: Map<number, Map<number, number>>): void };
}

/**
 * The index `serialiseSearch` wrote, with `pause` between slices. `options` must be the ones it
 * was built with: MiniSearch does not serialise functions (tokenizer, term processing).
 *
 * MiniSearch's own `loadJSAsync` parses the whole text at once and pauses only every thousand
 * terms, while a pack has few terms with long posting lists: at 100k passages it would hold the
 * event loop for most of a second. So the head is loaded with `loadJS`, and documents and terms
 * are added here a slice at a time, as `loadJS` adds them.
 */
export async function restoreSearch<T>(
  data: SerialisedSearch,
  options: Options<T>,
  pause: Pause = yieldToEventLoop,
): Promise<MiniSearch<T>> {
  const head = JSON.parse(data.head) as Omit<AsPlainObject, 'index' | 'documentIds' | 'fieldLength'>;
  if (head.serializationVersion !== FORMAT)
    throw new Error(
      `restoreSearch: MiniSearch wrote index format ${head.serializationVersion}, this restores format ${FORMAT}; update src/core/search/serialised.ts`,
    );
  const search = MiniSearch.loadJS<T>({ ...head, documentIds: {}, fieldLength: {}, index: [] }, options);
  const internals = search as unknown as Internals;
  for await (const [shortId, id, lengths] of parseSlices<[number, unknown, number[]]>(data.documents, pause)) {
    internals._documentIds.set(shortId, id);
    internals._idToShortId.set(id, shortId);
    internals._fieldLength.set(shortId, lengths);
  }
  type Entry = AsPlainObject['index'][number];
  for await (const [term, fields] of parseSlices<Entry>(data.terms, pause)) {
    const byField = new Map<number, Map<number, number>>();
    for (const [fieldId, counts] of Object.entries(fields)) byField.set(Number(fieldId), numericKeys(counts));
    internals._index.set(term, byField);
  }
  return search;
}

function numericKeys(counts: Record<string, number>): Map<number, number> {
  const map = new Map<number, number>();
  for (const [key, count] of Object.entries(counts)) map.set(Number(key), count);
  return map;
}
