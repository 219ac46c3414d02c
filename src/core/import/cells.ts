// How published statistics tables write counts: plain or with thousands separators, sometimes with a
// revision marker, and symbols in place of a figure that is missing. A missing figure is never a zero.
import type { Cell } from './ods/workbook.js';

export type CountReading =
  | { kind: 'count'; value: number; revised: boolean }
  | { kind: 'missing'; shown: string; meaning: string }
  | { kind: 'invalid' };

/** Symbols for "no figure" in UK official statistics, and what each means (a Map: a cell's text is never an object's own name). */
const MISSING = new Map<string, string>([
  ['', 'the cell is blank'],
  ['..', 'not available'],
  ['…', 'not available'],
  ['*', 'suppressed'],
  ['-', 'no figure given'],
  ['–', 'no figure given'],
  [':', 'not available'],
  ['x', 'not available'],
  ['[x]', 'not available'],
  ['[c]', 'confidential'],
  ['[z]', 'not applicable'],
  ['[u]', 'unreliable'],
  ['n/a', 'not applicable'],
]);

const COUNT = /^(\d{1,3}(?:,\d{3})+|\d+)\s*(\(r\)|\[r\]|r)?$/i;

/** Read a cell that should hold a count of things. */
export function readCount(cell: Cell): CountReading {
  const text = cell.text.trim();
  if (cell.value !== undefined) {
    // What the reader of the table sees wins over what the cell stores: ".." over a stored 0 is
    // missing, and a cell showing 82 while storing 28 is not read at all.
    const shownMissing = text === '' ? undefined : MISSING.get(text.toLowerCase());
    if (shownMissing !== undefined) return { kind: 'missing', shown: text, meaning: shownMissing };
    const shown = COUNT.exec(text);
    if (shown && Number(shown[1]!.replace(/,/g, '')) !== cell.value) return { kind: 'invalid' };
    return Number.isInteger(cell.value) && cell.value >= 0
      ? { kind: 'count', value: cell.value, revised: /\(r\)|\[r\]/i.test(text) }
      : { kind: 'invalid' };
  }
  const count = COUNT.exec(text);
  if (count) return { kind: 'count', value: Number(count[1]!.replace(/,/g, '')), revised: count[2] !== undefined };
  const meaning = MISSING.get(text.toLowerCase());
  return meaning === undefined ? { kind: 'invalid' } : { kind: 'missing', shown: text, meaning };
}

/**
 * Markers tables attach to row labels: "(R)" revised, "*", "†", "[note 3]", "(see note 4)",
 * superscript digits, and a footnote number typed straight after the name ("Greater Manchester3").
 */
const LABEL_MARKER =
  /\((?:r|p|e|\d{1,2}|(?:see )?notes? \d+)\)|\[(?:r|p|e|(?:see )?notes? \d+|\d{1,2})\]|[*†‡\u00b9\u00b2\u00b3\u2070-\u2079]+|(?<=\p{L})\d{1,2}$/giu;
const REVISED = /^[([]r[)\]]$/i;
/** A table note explaining the revision marker, e.g. "(R) shows where figures have been revised …". */
export const REVISION_NOTE = /^[([]r[)\]]\s/i;

/** A row label without its markers, and the markers it had. */
export function cleanLabel(text: string): { label: string; markers: string[]; revised: boolean } {
  const markers = text.match(LABEL_MARKER) ?? [];
  const label = text.replace(LABEL_MARKER, ' ').replace(/\s+/g, ' ').trim();
  return { label, markers, revised: markers.some((m) => REVISED.test(m)) };
}
