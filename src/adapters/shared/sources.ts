// What every platform shows under an answer, decided once: one numbered entry per source (the
// answer's [n] markers renumbered to match), each quote shown once, and a few related questions.
import { answerText, citationLabel, truncate } from '../../core/answer/present.js';
import type { Answer, Citation } from '../../core/types.js';
import { splitEchoes } from './inert.js';

/** Related questions offered under an answer or a refusal: more stops being a help. */
export const MAX_RELATED = 3;
/** A quote the answer does not already say, cut here: longer stops helping the reader decide to open it. */
export const QUOTE_MAX = 300;
/** A quote the answer already says is only recalled, in this many characters. */
export const EXCERPT_MAX = 60;

/** One source under an answer, as plain text; each platform adds its own markup. */
export interface SourceEntry {
  /** Its number, as the renumbered markers in the text say. */
  n: number;
  /** The source's first citation: title, publisher, date and URL are the same in all of them. */
  citation: Citation;
  /** The source's title, without markup. */
  title: string;
  /** "Title — Publisher, 2023-04-13": the title with who published it and when. */
  label: string;
  url?: string;
  /** True when any note cited from it is past its review date. */
  reviewDue: boolean;
  /** The source's words the answer does not already say, each cut to QUOTE_MAX. */
  quotes: string[];
  /**
   * When every quote of the source is already in the answer: the opening words of the first
   * (EXCERPT_MAX), for platforms that recall it rather than leave it out. Otherwise empty.
   */
  recall: string;
  /** Table references behind its figures (e.g. "Table 13, row for Kent: fired"), not the source's words. */
  references: string[];
}

export interface AnswerSources {
  entries: SourceEntry[];
  /**
   * `text` with each citation marker "[n]" changed to its source's number and repeats side by
   * side merged; the asker's words (answer.echoes) are left as they are.
   */
  renumber: (text: string) => string;
}

type Cited = Pick<Answer, 'text' | 'citations' | 'figures' | 'figureLayout' | 'echoes'>;

/** Group `answer.citations` by source, in order of first use. */
export function answerSources(answer: Cited): AnswerSources {
  const bySource = new Map<string, SourceEntry>();
  const numberOf = new Map<number, number>();
  // What the answer already says: its sentences and its figure lines.
  const said = comparable(answerText(answer));
  // Sentence by sentence: a note quoted in two places, or figures listed line by line, still count.
  const alreadySaid = (snippet: string) =>
    snippet
      .split(/\n|(?<=[.!?]["”’)]?)\s+/)
      .every((part) => comparable(part) === '' || said.includes(comparable(part)));
  for (const c of answer.citations) {
    let entry = bySource.get(c.sourceId);
    if (!entry) {
      entry = {
        n: bySource.size + 1,
        citation: c,
        title: c.title,
        label: citationLabel(c),
        ...(c.url ? { url: c.url } : {}),
        reviewDue: false,
        quotes: [],
        recall: '',
        references: [],
      };
      bySource.set(c.sourceId, entry);
    }
    numberOf.set(c.n, entry.n);
    entry.reviewDue ||= c.reviewDue === true;
    const snippet = c.snippet.trim();
    if (snippet === '') continue;
    if (c.reference) entry.references.push(...referenceLines(c, answer, alreadySaid));
    else if (!alreadySaid(snippet)) entry.quotes.push(truncate(snippet, QUOTE_MAX));
    // "…trained.…" reads as a typo: a cut after a sentence's end keeps only the ellipsis.
    else if (entry.recall === '') entry.recall = truncate(snippet, EXCERPT_MAX).replace(/[.,;:]…$/, '…');
  }
  const entries = [...bySource.values()];
  for (const e of entries) if (e.quotes.length > 0) e.recall = '';
  const renumberPlain = (text: string) =>
    text
      .replace(/\[(\d+)\]/g, (whole, n: string) => {
        const to = numberOf.get(Number(n));
        return to === undefined ? whole : `[${to}]`;
      })
      .replace(/\[(\d+)\](?:,? ?\[\1\])+/g, '[$1]');
  const renumber = (text: string) =>
    splitEchoes(text, answer.echoes)
      .map((s) => (s.echo ? s.text : renumberPlain(s.text)))
      .join('');
  return { entries, renumber };
}

/** The first few suggestions: related questions under an answer, or what to try after a refusal. */
export function relatedQuestions(answer: Pick<Answer, 'suggestions'>): string[] {
  return answer.suggestions
    .map((s) => s.trim())
    .filter(Boolean)
    .slice(0, MAX_RELATED);
}

/** "Table 13, row for Kent: fired" and the rows after it as one line: the first stands for the rest. */
export function referenceSummary(references: string[]): string {
  const [first, ...more] = references;
  if (first === undefined) return '';
  const rest = more.length > 0 ? ` (and ${more.length} more ${more.length === 1 ? 'row' : 'rows'})` : '';
  return `${truncate(first, QUOTE_MAX)}${rest}`;
}

/**
 * A reference's lines the figure lines do not already say: a listing of a shown figure's values
 * ("Kent Police, April 2018 – March 2019: discharges 71") is left out.
 */
function referenceLines(c: Citation, answer: Cited, alreadySaid: (line: string) => boolean): string[] {
  const listed = answer.figures.filter((f) => f.citation === c.n).map((f) => `${f.force}, ${f.periodLabel}:`);
  return c.snippet
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !listed.some((start) => l.startsWith(start)) && !alreadySaid(l));
}

/** Lower case, words only: "Where?" and "where" read as the same words however they were wrapped. */
function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
