// Text that YAML reads otherwise than it looks: words after " #" dropped as a comment and a list
// in a folded (>) block run into one line (warnings: either may be meant); control characters
// written as escapes ("\e[31m", "\u0007"), which would reach chat and terminals (errors).
import { isMap, isScalar, isSeq, Scalar, visit, type Document, type LineCounter } from 'yaml';
import { LIST_ITEM_LINE } from '../text/list-items.js';
import type { Position } from './positions.js';

export interface ShapeWarning extends Position {
  message: string;
}

/** The fields whose words are quoted to users, where a lost word changes what the note says. */
const QUOTED_FIELDS = ['text', 'quote'];

/** Warnings for the notes' text and quote fields of a parsed file whose source is `source`. */
export function textShapeWarnings(doc: Document, lines: LineCounter, source: string): ShapeWarning[] {
  const notes = isMap(doc.contents) ? doc.contents.get('notes', true) : undefined;
  if (!isSeq(notes)) return [];
  const warnings: ShapeWarning[] = [];
  notes.items.forEach((note, i) => {
    if (!isMap(note)) return;
    for (const field of QUOTED_FIELDS) {
      const value = note.get(field, true);
      if (!isScalar(value) || !value.range) continue;
      const label = `notes[${i}].${field}`;
      // Only a comment on the text's own last line cuts words off; one on a line of its own is a comment.
      const comment = value.type === Scalar.PLAIN && value.comment ? source.indexOf('#', value.range[1]) : -1;
      const lineEnd = source.indexOf('\n', value.range[1]);
      if (comment >= 0 && comment < value.range[2] && (lineEnd < 0 || comment < lineEnd))
        warnings.push({
          ...lines.linePos(comment),
          message: `${label}: the words after " #" are a YAML comment, not part of the note: put the text in quotes, or write it as a | block`,
        });
      if (value.type === Scalar.BLOCK_FOLDED && foldsAList(source.slice(value.range[0], value.range[1])))
        warnings.push({
          ...lines.linePos(value.range[0]),
          message: `${label}: a > block runs list items into one line: write it as a | block to keep each item on its own line`,
        });
    }
  });
  return warnings;
}

/** True when the block's lines (after its ">" header) hold list items at the text's own indent, which folding joins. */
function foldsAList(block: string): boolean {
  const body = block.split('\n').slice(1);
  const indentOf = (line: string) => line.length - line.trimStart().length;
  // A loop, not Math.min(...lines): a block may have more lines than a call can take arguments.
  let indent = Infinity;
  for (const line of body) if (line.trim()) indent = Math.min(indent, indentOf(line));
  return body.some((l, n) => n > 0 && indentOf(l) === indent && LIST_ITEM_LINE.test(l));
}

/** C0 controls but tab and line breaks, DEL and C1 controls: nothing a policy text needs, and they drive terminals. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;

/** Every string in the file holding a control character, at its node. */
export function controlCharacters(doc: Document, lines: LineCounter): ShapeWarning[] {
  const found: ShapeWarning[] = [];
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value !== 'string' || !node.range) return;
      const control = CONTROL.exec(node.value);
      if (!control) return;
      const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
      found.push({
        ...lines.linePos(node.range[0]),
        message: `the text holds a control character (U+${code}), which would be sent to chat and terminals as it is: remove it`,
      });
    },
  });
  return found;
}
