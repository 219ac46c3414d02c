// Matches a table's headings to the columns the import knows, by meaning rather than by exact words:
// first a documented spelling, then the same words in another order or form ("Non-discharge total"),
// then a heading that adds words to a known one ("Total number of CED uses"). Every heading not read
// exactly is reported, so an admin sees how a reworded table was understood.
import { normalise } from '../../text/normalise.js';
import { stem } from '../../text/terms.js';
import { HEADING_FILLER, type ColumnSpec } from './layout.js';

const FILLER = new Set(HEADING_FILLER);

/** Heading text compared without case, punctuation or footnote markers: "Red-dot [note 2]" → "red dot". */
export function headingKey(text: string): string {
  const withoutNotes = text
    // A footnote number typed straight after the last word ("Total discharge3") is a marker too.
    .replace(/\[[^\]]*\]|\(\d+\)|[*†‡\u00b9\u00b2\u00b3\u2070-\u2079]+|(?<=\p{L})\d{1,2}$/gu, ' ')
    .replace(/&/g, ' and ');
  return normalise(withoutNotes).replace(/\s+\d+$/, '');
}

/** The words that carry a heading's meaning, stemmed, in a fixed order. */
function meaningOf(text: string): string[] {
  const words = headingKey(text)
    .split(' ')
    .filter((w) => w !== '' && !FILLER.has(w));
  return [...new Set(words.map(stem))].sort();
}

export type HeadingMatch = 'exact' | 'reworded' | 'extended';

export interface MatchedHeading<T extends ColumnSpec> {
  spec: T;
  index: number;
  text: string;
  how: HeadingMatch;
}

export interface HeadingMatches<T extends ColumnSpec> {
  matched: MatchedHeading<T>[];
  /** Headings that name no known column, with their column index. */
  unknown: { index: number; text: string }[];
}

/** Every spelling of a spec: its heading, its variants and any the admin added for this import. */
export function spellings(spec: ColumnSpec, extra: ReadonlyMap<string, string[]> = new Map()): string[] {
  return [spec.heading, ...(spec.variants ?? []), ...(extra.get(headingKey(spec.heading)) ?? [])];
}

const sameWords = (a: string[], b: string[]) => a.length > 0 && a.length === b.length && a.every((w, i) => w === b[i]);
const contains = (outer: string[], inner: string[]) => inner.length > 0 && inner.every((w) => outer.includes(w));

/**
 * Assign headings to specs, each at most once, in three passes of decreasing certainty. In the last
 * pass the spec with the most words wins ("Total discharge rate" is about discharges, not "Total"),
 * and a tie between two specs leaves the heading unknown rather than guessed.
 */
export function matchHeadings<T extends ColumnSpec>(
  headings: { index: number; text: string }[],
  specs: T[],
  extra: ReadonlyMap<string, string[]> = new Map(),
): HeadingMatches<T> {
  const matched: MatchedHeading<T>[] = [];
  const claimed = new Set<T>();
  const open = headings.filter((h) => headingKey(h.text) !== '');
  const forms = specs.map((spec) => ({
    spec,
    keys: spellings(spec, extra).map(headingKey),
    meanings: spellings(spec, extra).map(meaningOf),
  }));
  const passes: [HeadingMatch, (f: (typeof forms)[number], text: string) => number][] = [
    ['exact', (f, text) => (f.keys.includes(headingKey(text)) ? 1 : 0)],
    ['reworded', (f, text) => (f.meanings.some((m) => sameWords(m, meaningOf(text))) ? 1 : 0)],
    [
      'extended',
      (f, text) => Math.max(0, ...f.meanings.filter((m) => contains(meaningOf(text), m)).map((m) => m.length)),
    ],
  ];
  for (const [how, score] of passes) {
    for (const heading of [...open]) {
      const scored = forms
        .filter((f) => !claimed.has(f.spec))
        .map((f) => ({ spec: f.spec, score: score(f, heading.text) }))
        .filter((s) => s.score > 0)
        .sort((a, b) => b.score - a.score);
      const [best, next] = scored;
      if (!best || (next && next.score === best.score)) continue;
      claimed.add(best.spec);
      matched.push({ spec: best.spec, index: heading.index, text: heading.text, how });
      open.splice(open.indexOf(heading), 1);
    }
  }
  return { matched, unknown: open };
}

/** Does this one heading name the spec (in any pass)? Used to find the heading row. */
export function namesColumn(spec: ColumnSpec, text: string, extra?: ReadonlyMap<string, string[]>): boolean {
  return matchHeadings([{ index: 0, text }], [spec], extra).matched.length > 0;
}
