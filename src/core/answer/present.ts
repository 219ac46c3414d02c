// Platform-neutral wording for the parts of an answer every adapter shows the same way:
// citation labels, figure lines, and length limits. Adapters add only their own markup.
import type { Answer, Citation, Figure } from '../types.js';

/** "Title — Publisher, 2023-04-13 (approx.)" for a citation, without markup. */
export function citationLabel(c: Citation): string {
  const by = [c.publisher, c.date].filter(Boolean).join(', ');
  return by ? `${c.title} — ${by}` : c.title;
}

/** "Thames Valley Police, April 2021 – March 2022: discharges 160 (160 of 964 incidents = 16.6%)". */
export function figureLine(f: Figure): string {
  return `${f.force}, ${f.periodLabel}: ${figureDetail(f)}`;
}

/** "discharges 160 (160 of 964 incidents = 16.6%)": a figure without its force and period. */
export function figureDetail(f: Figure): string {
  const value = f.value === null ? 'no figure published' : formatCount(f.value);
  const working = f.arithmetic ? ` (${f.arithmetic})` : '';
  return `${f.metric} ${value}${working}`;
}

/**
 * A listed figure with its working, whether it is a sum, its publication, its citation and, when
 * a later publication revised it, what was first published: "Kent, April 2018 – March 2019:
 * discharges 160 — Home Office, December 2019 [1]".
 */
export function lineOf(f: Figure): string {
  const from = f.publication ? ` — ${f.publication}` : '';
  const revised = f.revision
    ? ` (revised in that publication; first published as ${f.revision.firstPublished === null ? 'no figure' : formatCount(f.revision.firstPublished)} in ${f.revision.publication} [${f.revision.citation}])`
    : '';
  const sum = f.sum ? ` (sum of ${f.sum.forces} forces' figures, not a published total)` : '';
  return `${figureLine(f)}${sum}${from} [${f.citation}]${revised}`;
}

/** A ranked figure's revision, briefly: " (revised; first published as 53 [2])". */
function revisedNote(f: Figure): string {
  if (!f.revision) return '';
  const first = f.revision.firstPublished === null ? 'no figure' : formatCount(f.revision.firstPublished);
  return ` (revised; first published as ${first} [${f.revision.citation}])`;
}

/** A ranked figure's value: its rate with the working when ranked by rate, else its count. */
export function rankedValue(f: Figure, byRate: boolean): string {
  if (byRate && f.rate !== undefined) return `${formatRate(f.rate)} (${f.arithmetic})`;
  return f.value === null ? 'not published' : formatCount(f.value);
}

/**
 * The answer's figures as plain lines with their citation numbers, laid out as
 * `answer.figureLayout` says: "Force, period: metric value (working) [n]" for a list,
 * "1. Force: value [n]" for a ranking.
 */
export function figureLines(answer: Pick<Answer, 'figures' | 'figureLayout'>): string[] {
  const layout = answer.figureLayout ?? { kind: 'list' };
  if (layout.kind === 'ranking')
    return answer.figures.map(
      (f, i) =>
        `${i + 1}. ${f.force}: ${rankedValue(f, layout.by === 'rate')}${f.sum ? ` (sum of ${f.sum.forces} forces)` : ''} [${f.citation}]${revisedNote(f)}`,
    );
  return answer.figures.map(lineOf);
}

/** The answer's sentences then its figure lines: the whole answer as plain text (terminal, `ask --json`, evaluation). */
export function answerText(answer: Pick<Answer, 'text' | 'figures' | 'figureLayout'>): string {
  return [answer.text, ...figureLines(answer)].filter((line) => line !== '').join('\n');
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
