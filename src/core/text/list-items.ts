// How policy documents start a list item (or a table row) on its own line: read by the validator (a note may end
// with one, a folded block may run them together) and by the sentence splitter (each item keeps its line).

/** A bullet (- • * –), or (a), a), 1. or 1): the marker before an item's words, matched case-blind. */
export const LIST_MARKER = String.raw`(?:[-•*–]|\(?[a-z0-9]{1,3}[.)])`;

/**
 * Where an item's words start after its marker: after a space, or straight after a bracketed
 * marker, as legislation is copied from legislation.gov.uk ("(a)a person's bail start date is…").
 * A row of a table copied as Markdown ("| Kent | 345 |", "|---|---|") keeps its line as an item does.
 */
export const LIST_ITEM_START = String.raw`(?:${LIST_MARKER}[^\S\n]+\S|\([a-z0-9]{1,4}\)\p{L}|\|)`;

/** A whole line that is a list item: its marker, then its words. */
export const LIST_ITEM_LINE = new RegExp(String.raw`^\s*${LIST_ITEM_START}`, 'iu');
