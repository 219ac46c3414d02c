// An answer's citations as the reader should see them: one numbered entry per source, the
// answer's [n] markers renumbered to match, and each quote kept only where the answer lacks it.
import { answerText, truncate } from '../../core/answer/present.js';
import type { Answer, Citation } from '../../core/types.js';

/** Characters of a quote shown under a source; the whole sentence is in the knowledge. */
const MAX_EXCERPT = 300;

/** One source under an answer. */
export interface SourceEntry {
  /** Its number, as the renumbered markers in the text say. */
  n: number;
  /** The source's first citation: title, publisher, date and URL are the same in all of them. */
  citation: Citation;
  /** The source's words the answer does not already say, each cut to a short excerpt. */
  quotes: string[];
  /** Table references behind its figures (e.g. "Table 13, row for Kent: fired"), not the source's words. */
  references: string[];
  /** True when any note cited from it is past its review date. */
  reviewDue: boolean;
}

export interface AnswerSources {
  entries: SourceEntry[];
  /** `text` with each citation marker "[n]" changed to its source's number, repeats side by side merged. */
  renumber: (text: string) => string;
}

/** Group `answer.citations` by source, in order of first use. */
export function answerSources(answer: Pick<Answer, 'text' | 'citations' | 'figures' | 'figureLayout'>): AnswerSources {
  const bySource = new Map<string, SourceEntry>();
  const numberOf = new Map<number, number>();
  // What the answer already says: its sentences and its figure lines.
  const said = normalise(answerText(answer));
  const unsaid = (line: string) => !said.includes(normalise(line));
  for (const c of answer.citations) {
    let entry = bySource.get(c.sourceId);
    if (!entry) {
      entry = { n: bySource.size + 1, citation: c, quotes: [], references: [], reviewDue: false };
      bySource.set(c.sourceId, entry);
    }
    numberOf.set(c.n, entry.n);
    entry.reviewDue ||= c.reviewDue === true;
    const snippet = c.snippet.trim();
    if (snippet === '') continue;
    // A sentence the answer already quotes, or a listing of figures it already lists, is not shown again.
    if (c.reference) entry.references.push(...snippet.split('\n').filter((l) => l.trim() !== '' && unsaid(l)));
    else if (unsaid(snippet)) entry.quotes.push(truncate(snippet, MAX_EXCERPT));
  }
  const renumber = (text: string) =>
    text
      .replace(/\[(\d+)\]/g, (whole, n: string) => {
        const to = numberOf.get(Number(n));
        return to === undefined ? whole : `[${to}]`;
      })
      .replace(/\[(\d+)\](?:,? ?\[\1\])+/g, '[$1]');
  return { entries: [...bySource.values()], renumber };
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
