// Platform-neutral wording for the parts of an answer every adapter shows the same way:
// citation labels, figure lines, and length limits. Adapters add only their own markup.
import type { Citation, Figure } from '../types.js';

/** "Title — Publisher, 2023-04-13 (approx.)" for a citation, without markup. */
export function citationLabel(c: Citation): string {
  const by = [c.publisher, c.date].filter(Boolean).join(', ');
  return by ? `${c.title} — ${by}` : c.title;
}

/** "Thames Valley Police, April 2021 – March 2022: discharges 160 (160 of 964 incidents = 16.6%)". */
export function figureLine(f: Figure): string {
  const value = f.value === null ? 'no figure published' : formatCount(f.value);
  const working = f.arithmetic ? ` (${f.arithmetic})` : '';
  return `${f.force}, ${f.periodLabel}: ${f.metric} ${value}${working}`;
}

/** Thousands separators, as people read counts. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-GB');
}

/** A percentage with one decimal place, e.g. 0.1276 → "12.8%". */
export function formatRate(rate: number): string {
  return `${(rate * 100).toFixed(1)}%`;
}

/** Cut text to at most `max` characters at a word boundary, marking the cut with "…". */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…'.slice(0, max);
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  const base = lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut;
  return `${base.trimEnd()}…`;
}
