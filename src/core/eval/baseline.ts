// The yardstick for retrieval quality: plain MiniSearch with its default options over the same
// passages, answering with the top passage or refusing only when nothing matches at all.
import { randomUUID } from 'node:crypto';
import MiniSearch from 'minisearch';
import { CitationBook } from '../answer/citations.js';
import { formatRate } from '../answer/present.js';
import { passagesOf, type Passage } from '../search/passages.js';
import { today } from '../text/dates.js';
import type { Answer, Audience, Knowledge, Note } from '../types.js';
import type { EvalSummary } from './evaluate.js';

/** Exactly what a newcomer would write: two fields, default tokenizer, no stemming, synonyms, boosts or fuzzy. */
export const BASELINE_FIELDS = ['text', 'title'];

/** Plain MiniSearch over the note passages, answering in the same `Answer` shape as the assistant. */
export class BaselineAnswerer {
  private readonly index = new MiniSearch<Passage>({ fields: BASELINE_FIELDS });
  private readonly passages = new Map<string, Passage>();
  private readonly notes: Map<string, Note>;

  constructor(
    private readonly knowledge: Knowledge,
    private readonly todayIso: string = today(),
  ) {
    this.notes = new Map(knowledge.notes.map((n) => [n.id, n]));
    const passages = passagesOf(knowledge);
    for (const p of passages) this.passages.set(p.id, p);
    this.index.addAll(passages);
  }

  /** The best passage the audience may see, with MiniSearch's default search options. */
  top(question: string, audience: Audience = 'public'): Passage | undefined {
    for (const result of this.index.search(question)) {
      const passage = this.passages.get(result.id as string)!;
      if (audience === 'internal' || passage.visibility === 'public') return passage;
    }
    return undefined;
  }

  /** The top passage with its note's citation, or a refusal when no passage shares a word with the question. */
  answer(question: string, audience: Audience = 'public'): Promise<Answer> {
    return Promise.resolve(this.answerNow(question, audience));
  }

  private answerNow(question: string, audience: Audience): Answer {
    const top = this.top(question, audience);
    const note = top && this.notes.get(top.noteId);
    if (!top || !note) {
      return {
        id: randomUUID(),
        status: 'no_answer',
        text: "I can't find that in my knowledge.",
        citations: [],
        figures: [],
        suggestions: [],
        notices: [],
        understood: question,
      };
    }
    const book = new CitationBook(this.knowledge, this.todayIso);
    const n = book.note(note, top.text);
    return {
      id: randomUUID(),
      status: 'answered',
      text: `${top.text} [${n}]`,
      citations: book.all(),
      figures: [],
      suggestions: [],
      notices: [],
      understood: question,
    };
  }

  /** The MiniSearch index as JSON, to compare serialised sizes. */
  toJSON(): unknown {
    return this.index.toJSON();
  }
}

/** One measure of the comparison: the project's value, the baseline's, and how to show them. */
export interface ComparisonRow {
  measure: string;
  project: string;
  baseline: string;
  /** True when the project does at least as well as the baseline on this measure. */
  notBehind: boolean;
}

/** The three quality measures side by side, as the README shows them. */
export function compareSummaries(project: EvalSummary, baseline: EvalSummary): ComparisonRow[] {
  const answerable = project.results.filter((r) => r.question.expect === 'answered').length;
  const outOfScope = project.results.length - answerable;
  return [
    {
      measure: `Right answers (${answerable} answerable questions)`,
      project: formatRate(project.rightAnswerRate),
      baseline: formatRate(baseline.rightAnswerRate),
      notBehind: project.rightAnswerRate >= baseline.rightAnswerRate,
    },
    {
      measure: `Refusals (${outOfScope} out-of-scope questions)`,
      project: formatRate(project.refusalRate),
      baseline: formatRate(baseline.refusalRate),
      notBehind: project.refusalRate >= baseline.refusalRate,
    },
    {
      measure: 'MRR of the first right citation',
      project: project.meanReciprocalRank.toFixed(3),
      baseline: baseline.meanReciprocalRank.toFixed(3),
      notBehind: project.meanReciprocalRank >= baseline.meanReciprocalRank,
    },
    {
      measure: 'Questions passed',
      project: `${project.passed}/${project.total}`,
      baseline: `${baseline.passed}/${baseline.total}`,
      notBehind: project.passed >= baseline.passed,
    },
  ];
}

/** The comparison as a Markdown table, ready to paste into the README. */
export function comparisonTable(rows: ComparisonRow[]): string {
  const lines = [
    '| Measure | This project | Plain MiniSearch |',
    '|---|---:|---:|',
    ...rows.map((r) => `| ${r.measure} | ${r.project} | ${r.baseline} |`),
  ];
  return lines.join('\n');
}
