// What every platform shows under an answer, decided once: one entry per source with its quote
// shown once (a short excerpt when the answer already says those words), and a few related questions.
import { citationLabel, truncate } from '../../core/answer/present.js';
import type { Answer, Citation, Figure } from '../../core/types.js';

/** Related questions offered under an answer or a refusal: more stops being a help. */
export const MAX_RELATED = 3;
/** A quote the answer does not already say, cut here: longer stops helping the reader decide to open it. */
export const QUOTE_MAX = 300;
/** A quote the answer already says is only recalled, in this many characters. */
export const EXCERPT_MAX = 60;

/** One numbered source under an answer, as plain text; each platform adds its own markup. */
export interface SourceEntry {
  n: number;
  /** The source's title, without markup. */
  title: string;
  /** "Title — Publisher, 2023-04-13": the title with who published it and when. */
  label: string;
  url?: string;
  reviewDue: boolean;
  /**
   * The words behind the citation: the quote in full (up to QUOTE_MAX), a short excerpt when the
   * answer text already says them, or the first table reference with how many more there are.
   * Empty when there is nothing to show.
   */
  excerpt: string;
  /** How `excerpt` reads: the source's words (`quote`, shown in quote marks) or a `reference` (shown plain). */
  kind: 'quote' | 'reference';
}

/** The answer's sources in citation order, each shown once. */
export function sourceEntries(answer: Pick<Answer, 'text' | 'citations' | 'figures'>): SourceEntry[] {
  const said = normalise(answer.text);
  return answer.citations.map((c) => ({
    n: c.n,
    title: c.title,
    label: citationLabel(c),
    ...(c.url ? { url: c.url } : {}),
    reviewDue: c.reviewDue === true,
    excerpt: c.reference ? referenceExcerpt(c, answer.figures) : quoteExcerpt(c, said),
    kind: c.reference ? 'reference' : 'quote',
  }));
}

/** The first few suggestions: related questions under an answer, or what to try after a refusal. */
export function relatedQuestions(answer: Pick<Answer, 'suggestions'>): string[] {
  return answer.suggestions
    .map((s) => s.trim())
    .filter(Boolean)
    .slice(0, MAX_RELATED);
}

/**
 * A reference line per figure repeats what the figure lines already say: a listing of a shown
 * figure's values ("Kent Police, April 2018 – March 2019: discharges 71") is left out, and of
 * table references ("Table 13, row for Kent", "…row for Essex") the first stands for the rest.
 */
function referenceExcerpt(c: Citation, figures: Figure[]): string {
  const listed = figures.filter((f) => f.citation === c.n).map((f) => `${f.force}, ${f.periodLabel}:`);
  const lines = c.snippet
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !listed.some((start) => l.startsWith(start)));
  if (lines.length <= 1) return truncate(lines[0] ?? '', QUOTE_MAX);
  return `${truncate(lines[0]!, QUOTE_MAX)} (and ${lines.length - 1} more)`;
}

/** The quote, unless the answer already says every sentence of it: then only its opening words. */
function quoteExcerpt(c: Citation, said: string): string {
  const quote = c.snippet.trim();
  if (!quote) return '';
  const sentences = quote
    .split(/(?<=[.!?]["”’)]?)\s+/)
    .map(normalise)
    .filter(Boolean);
  const alreadySaid = sentences.length > 0 && sentences.every((s) => said.includes(s));
  // "…trained.…" reads as a typo: a cut after a sentence's end keeps only the ellipsis.
  return truncate(quote, alreadySaid ? EXCERPT_MAX : QUOTE_MAX).replace(/[.,;:]…$/, '…');
}

/** Whitespace folded and case ignored, so a quote matches the answer however it was wrapped. */
function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
