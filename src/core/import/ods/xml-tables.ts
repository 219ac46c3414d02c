// Turns the parsed OpenDocument content.xml into positional tables. ODS stores runs of equal rows and
// cells once with a repeat count, and pads sheets to a million rows that way; blank runs are only
// materialised when data follows them, so a padded sheet costs nothing.
import type { Cell } from './workbook.js';

/** A node as fast-xml-parser returns it with `preserveOrder`: one tag key, plus attributes under ':@'. */
export type XmlNode = Record<string, unknown>;

const ATTRS = ':@';
const TEXT = '#text';
const NUMERIC_TYPES = new Set(['float', 'percentage', 'currency']);
/** Elements that only group rows; their rows count as the table's own. */
const ROW_GROUPS = new Set(['table:table-header-rows', 'table:table-row-group', 'table:table-rows']);
const CELLS = new Set(['table:table-cell', 'table:covered-table-cell']);

export function tagOf(node: XmlNode): string | undefined {
  return Object.keys(node).find((k) => k !== ATTRS);
}

export function childrenOf(node: XmlNode, tag: string): XmlNode[] {
  const children = node[tag];
  return Array.isArray(children) ? (children as XmlNode[]) : [];
}

export function attr(node: XmlNode, name: string): string | undefined {
  const attrs = node[ATTRS] as Record<string, unknown> | undefined;
  const value = attrs?.[`@_${name}`];
  return typeof value === 'string' ? value : undefined;
}

function repeatCount(node: XmlNode, name: string): number {
  const n = Number(attr(node, name) ?? '1');
  return Number.isInteger(n) && n > 0 ? n : 1;
}

/** Depth-first search for elements with one of the given tags, not descending into matches. */
export function findElements(nodes: XmlNode[], tag: string): XmlNode[] {
  const found: XmlNode[] = [];
  const walk = (list: XmlNode[]): void => {
    for (const node of list) {
      const t = tagOf(node);
      if (t === undefined || t === TEXT) continue;
      if (t === tag) found.push(node);
      else walk(childrenOf(node, t));
    }
  };
  walk(nodes);
  return found;
}

/** Text of a paragraph, honouring ODF's encoded spaces, tabs and line breaks. */
function paragraphText(nodes: XmlNode[]): string {
  let out = '';
  for (const node of nodes) {
    const t = tagOf(node);
    if (t === TEXT) out += String(node[TEXT]);
    else if (t === 'text:s') out += ' '.repeat(repeatCount(node, 'text:c'));
    else if (t === 'text:tab') out += '\t';
    else if (t === 'text:line-break') out += '\n';
    else if (t !== undefined) out += paragraphText(childrenOf(node, t));
  }
  return out;
}

function readCell(node: XmlNode, tag: string): Cell {
  // Only the cell's own paragraphs: a comment (office:annotation) holds paragraphs too.
  const text = childrenOf(node, tag)
    .filter((child) => tagOf(child) === 'text:p')
    .map((p) => paragraphText(childrenOf(p, 'text:p')).replace(/\s+/g, ' ').trim())
    .join('\n');
  const type = attr(node, 'office:value-type');
  const raw = attr(node, 'office:value');
  if (type !== undefined && NUMERIC_TYPES.has(type) && raw !== undefined && Number.isFinite(Number(raw))) {
    return { text, value: Number(raw) };
  }
  return { text };
}

function isBlankCell(cell: Cell): boolean {
  return cell.value === undefined && cell.text === '';
}

function readRow(node: XmlNode): Cell[] {
  const cells: Cell[] = [];
  let pendingBlanks = 0;
  for (const child of childrenOf(node, 'table:table-row')) {
    const tag = tagOf(child);
    if (tag === undefined || !CELLS.has(tag)) continue;
    const cell = readCell(child, tag);
    const count = repeatCount(child, 'table:number-columns-repeated');
    if (isBlankCell(cell)) {
      pendingBlanks += count;
      continue;
    }
    for (; pendingBlanks > 0; pendingBlanks--) cells.push({ text: '' });
    for (let i = 0; i < count; i++) cells.push(cell);
  }
  return cells;
}

function collectRows(nodes: XmlNode[], rows: Cell[][], pending: { blanks: number }): void {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === undefined) continue;
    if (ROW_GROUPS.has(tag)) {
      collectRows(childrenOf(node, tag), rows, pending);
      continue;
    }
    if (tag !== 'table:table-row') continue;
    const row = readRow(node);
    const count = repeatCount(node, 'table:number-rows-repeated');
    if (row.length === 0) {
      pending.blanks += count;
      continue;
    }
    for (; pending.blanks > 0; pending.blanks--) rows.push([]);
    for (let i = 0; i < count; i++) rows.push(row);
  }
}

/** The rows of one table, given the parsed children of its `table:table` element. */
export function readRows(nodes: XmlNode[]): Cell[][] {
  const rows: Cell[][] = [];
  collectRows(nodes, rows, { blanks: 0 });
  return rows;
}
