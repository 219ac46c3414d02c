// Numbers citations in the order they are first used: one per note, one per source of figures.
import type { Citation, Knowledge, Note, Statistic } from '../types.js';

export class CitationBook {
  private readonly citations: Citation[] = [];
  private readonly byKey = new Map<string, Citation>();

  constructor(
    private readonly knowledge: Knowledge,
    private readonly todayIso: string,
  ) {}

  /** Cite a note for the given snippet (its own words); returns the citation number. */
  note(note: Note, snippet: string): number {
    const key = `note:${note.id}`;
    const existing = this.byKey.get(key);
    if (existing) {
      if (!existing.snippet.includes(snippet)) existing.snippet = `${existing.snippet} ${snippet}`;
      return existing.n;
    }
    const reviewDue = note.reviewBy !== undefined && note.reviewBy < this.todayIso;
    return this.add(key, {
      ...this.sourceFields(note.source),
      noteId: note.id,
      snippet,
      ...(reviewDue ? { reviewDue } : {}),
    });
  }

  /**
   * Cite the source of a statistic; figures from one source share a number. `reference` marks a line
   * that is not the source's words (a table reference): quote marks would misquote it.
   */
  statistic(stat: Pick<Statistic, 'id' | 'source'>, line: string, reference = false): number {
    const key = `source:${stat.source}`;
    const existing = this.byKey.get(key);
    if (existing) {
      if (!existing.snippet.split('\n').includes(line)) existing.snippet = `${existing.snippet}\n${line}`;
      if (!reference) delete existing.reference;
      if (!existing.statisticIds!.includes(stat.id)) existing.statisticIds!.push(stat.id);
      return existing.n;
    }
    return this.add(key, {
      ...this.sourceFields(stat.source),
      statisticId: stat.id,
      statisticIds: [stat.id],
      snippet: line,
      ...(reference ? { reference } : {}),
    });
  }

  /**
   * Cite a source itself, for a sentence that describes it (its title, publisher or date) rather
   * than quotes it: marked as a reference, so renderers do not put it in quote marks.
   */
  source(sourceId: string, line: string): number {
    const key = `source:${sourceId}`;
    const existing = this.byKey.get(key);
    if (existing) return existing.n;
    return this.add(key, { ...this.sourceFields(sourceId), snippet: line, reference: true });
  }

  all(): Citation[] {
    return this.citations;
  }

  private add(key: string, fields: Omit<Citation, 'n'>): number {
    const citation: Citation = { n: this.citations.length + 1, ...fields };
    this.citations.push(citation);
    this.byKey.set(key, citation);
    return citation.n;
  }

  private sourceFields(sourceId: string): Pick<Citation, 'sourceId' | 'title' | 'publisher' | 'date' | 'url'> {
    const source = this.knowledge.sources.get(sourceId);
    const date = source?.date ? (source.dateApproximate ? `${source.date} (approx.)` : source.date) : undefined;
    return {
      sourceId,
      title: source?.title ?? sourceId,
      ...(source?.publisher ? { publisher: source.publisher } : {}),
      ...(date ? { date } : {}),
      ...(source?.url ? { url: source.url } : {}),
    };
  }
}
