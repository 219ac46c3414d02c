// Writes a generated knowledge file as stable YAML: a header comment, sections in schema order, short
// lists and periods on one line, a blank line between sections. Same input, same bytes.
import { Document, isMap, isPair, isScalar, isSeq, visit } from 'yaml';
import type { KnowledgeFile } from '../knowledge/schema.js';

/** Keys whose values read best on one line: `period: { from: 2018-04, to: 2019-03 }`. */
const FLOW_KEYS = new Set(['period', 'aliases', 'terms', 'table', 'revises']);
const LINE_WIDTH = 100;

/** The file's text: `header` lines become `# ` comments above the YAML. */
export function renderKnowledgeFile(header: string[], file: KnowledgeFile): string {
  const doc = new Document(file);
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && FLOW_KEYS.has(String(pair.key.value)) && (isMap(pair.value) || isSeq(pair.value)))
        pair.value.flow = true;
    },
  });
  if (isMap(doc.contents)) {
    doc.contents.items.forEach((item, i) => {
      if (i > 0 && isPair(item) && isScalar(item.key)) item.key.spaceBefore = true;
    });
  }
  const comment = header.map((line) => (line ? `# ${line}` : '#')).join('\n');
  return `${comment}\n${doc.toString({ lineWidth: LINE_WIDTH, minContentWidth: 40, flowCollectionPadding: true })}`;
}
