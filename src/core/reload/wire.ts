// How a finished load crosses from the worker to the main thread without holding the main
// thread's event loop: decoding one message is one uninterrupted step there, and at 100k passages
// the notes and the index text held it for a second. So the long texts (the indexes' JSON slices
// and the notes, as JSON slices too) travel as UTF-8 in one transferred buffer, and are decoded
// and parsed on arrival a slice per turn.
import type { LoadResult } from '../knowledge/load.js';
import { jsonSlices, type Pause } from '../search/serialised.js';
import type { Note } from '../types.js';
import type { OffThreadLoad } from './off-thread.js';

/** Where one text sits in the buffer, in bytes. */
interface Packed {
  packed: [offset: number, length: number];
}

/** A finished load as it crosses threads (see `toWire`). */
export interface WireLoad {
  /** The load's result, its knowledge (if any) without its notes. */
  result: LoadResult;
  /** The notes, as slices of JSON in `text`. */
  notes: Packed[];
  /** The indexes with their long texts in `text`. */
  indexes?: unknown;
  indexError?: string;
  /** The UTF-8 texts, transferred (not copied) to the main thread. */
  text: ArrayBuffer;
}

/** Texts shorter than this stay where they are: packing them saves nothing. */
const MIN_PACKED = 1024;

/** `load` for `postMessage(message, transfer)`. */
export function toWire(load: OffThreadLoad): { message: WireLoad; transfer: ArrayBuffer[] } {
  // Each text is encoded as it is packed; its place is set once the buffer's layout is known.
  const encoder = new TextEncoder();
  const encoded: { bytes: Uint8Array; at: Packed }[] = [];
  const pack = (text: string): Packed => {
    const at: Packed = { packed: [0, 0] };
    encoded.push({ bytes: encoder.encode(text), at });
    return at;
  };
  const knowledge = load.result.knowledge;
  const notes = knowledge ? jsonSlices(knowledge.notes).map(pack) : [];
  const indexes = load.indexes === undefined ? undefined : packLongTexts(load.indexes, pack);
  const text = new ArrayBuffer(encoded.reduce((sum, { bytes }) => sum + bytes.byteLength, 0));
  const view = new Uint8Array(text);
  let offset = 0;
  for (const { bytes, at } of encoded) {
    view.set(bytes, offset);
    at.packed = [offset, bytes.byteLength];
    offset += bytes.byteLength;
  }
  const message: WireLoad = {
    result: knowledge ? { ...load.result, knowledge: { ...knowledge, notes: [] } } : load.result,
    notes,
    text,
    ...(indexes !== undefined ? { indexes } : {}),
    ...(load.indexError !== undefined ? { indexError: load.indexError } : {}),
  };
  return { message, transfer: [text] };
}

/** The load `toWire` sent, decoded and parsed with `pause` between slices. */
export async function fromWire(wire: WireLoad, pause: Pause): Promise<OffThreadLoad> {
  const decoder = new TextDecoder();
  const bytes = new Uint8Array(wire.text);
  const read = ({ packed: [offset, length] }: Packed) => decoder.decode(bytes.subarray(offset, offset + length));
  const notes: Note[] = [];
  for (const slice of wire.notes) {
    await pause();
    for (const note of JSON.parse(read(slice)) as Note[]) notes.push(note);
  }
  const indexes = wire.indexes === undefined ? undefined : await unpackLongTexts(wire.indexes, read, pause);
  const knowledge = wire.result.knowledge;
  return {
    result: knowledge ? { ...wire.result, knowledge: { ...knowledge, notes } } : wire.result,
    ...(indexes !== undefined ? { indexes: indexes as OffThreadLoad['indexes'] } : {}),
    ...(wire.indexError !== undefined ? { indexError: wire.indexError } : {}),
  };
}

/** A copy of plain data (objects, arrays, strings, numbers) with its long strings packed. */
function packLongTexts(value: unknown, pack: (text: string) => Packed): unknown {
  if (typeof value === 'string') return value.length >= MIN_PACKED ? pack(value) : value;
  if (Array.isArray(value)) return value.map((v) => packLongTexts(v, pack));
  if (isPlainObject(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, packLongTexts(v, pack)]));
  return value;
}

/** `packLongTexts` undone, a text per turn. */
async function unpackLongTexts(value: unknown, read: (p: Packed) => string, pause: Pause): Promise<unknown> {
  if (isPacked(value)) {
    await pause();
    return read(value);
  }
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const v of value) out.push(await unpackLongTexts(v, read, pause));
    return out;
  }
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = await unpackLongTexts(v, read, pause);
    return out;
  }
  return value;
}

function isPacked(value: unknown): value is Packed {
  return isPlainObject(value) && Array.isArray(value.packed) && Object.keys(value).length === 1;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}
