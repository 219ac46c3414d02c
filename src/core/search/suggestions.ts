// Example questions and note titles as complete suggestions: for autocomplete while typing and
// for "nearest topics" when the bot cannot answer. Built from whole questions, never from stems.
import MiniSearch, { type SearchResult } from 'minisearch';
import type { Audience, Knowledge, Visibility } from '../types.js';
import { normalise } from '../text/normalise.js';
import { MINISEARCH_OPTIONS } from './passage-index.js';
import { restoreSearch, serialiseSearch, yieldToEventLoop, type Pause, type SerialisedSearch } from './serialised.js';
import { fuzziness } from './thresholds.js';

interface Suggestion {
  id: number;
  text: string;
  /** The note it comes from: its title and its example questions are one suggestion's worth. */
  note: string;
  topic: string;
  visibility: Visibility;
}

const SUGGESTION_OPTIONS = { ...MINISEARCH_OPTIONS, fields: ['text', 'topic'], storeFields: [] };

export class SuggestionIndex {
  private readonly search: MiniSearch<Suggestion>;
  private readonly items: Suggestion[] = [];
  /** `examples` lists by audience: the knowledge never changes under an index, so each is worked out once. */
  private readonly exampleLists = new Map<Audience, string[]>();

  /** Build the index of `knowledge`; `search` is for `restore` only (the items are listed again either way). */
  constructor(knowledge: Knowledge, search?: MiniSearch<Suggestion>) {
    const seen = new Set<string>();
    for (const note of knowledge.notes) {
      for (const text of [...note.questions, note.title]) {
        const key = `${note.visibility}:${text.toLowerCase()}`;
        if (seen.has(key)) continue;
        seen.add(key);
        this.items.push({ id: this.items.length, text, note: note.id, topic: note.topic, visibility: note.visibility });
      }
    }
    if (search) {
      this.search = search;
      return;
    }
    this.search = new MiniSearch<Suggestion>(SUGGESTION_OPTIONS);
    this.search.addAll(this.items);
  }

  /** The index `serialise` wrote for the same knowledge, restored with `pause` between steps. */
  static async restore(
    knowledge: Knowledge,
    data: SerialisedSearch,
    pause: Pause = yieldToEventLoop,
  ): Promise<SuggestionIndex> {
    return new SuggestionIndex(knowledge, await restoreSearch<Suggestion>(data, SUGGESTION_OPTIONS, pause));
  }

  /** The built MiniSearch index, for `restore`. */
  serialise(): SerialisedSearch {
    return serialiseSearch(this.search);
  }

  /** Whole suggestions completing what has been typed so far (the last word may be partial). */
  complete(partial: string, audience: Audience, limit: number): string[] {
    const typed = partial.trim();
    if (typed === '') return this.examples(audience, limit);
    const results = inItemOrder(
      this.search.search(typed, {
        prefix: (term, i, terms) => i === terms.length - 1,
        fuzzy: (term) => fuzziness(term),
        combineWith: 'AND',
        filter: (r) => this.visible(r.id as number, audience),
      }),
    );
    const loose =
      results.length > 0
        ? results
        : inItemOrder(
            this.search.search(typed, {
              prefix: true,
              fuzzy: (term) => fuzziness(term, 0),
              filter: (r) => this.visible(r.id as number, audience),
            }),
          );
    if (loose.length > 0) return unique(loose.map((r) => this.items[r.id as number]!.text)).slice(0, limit);
    // Only stop words typed so far ("where do"): match the beginning of the text itself.
    const start = normalise(typed);
    return unique(
      this.items.filter((i) => this.visible(i.id, audience) && normalise(i.text).startsWith(start)).map((i) => i.text),
    ).slice(0, limit);
  }

  /**
   * The suggestions nearest to a question (related questions, or what to try after a refusal),
   * at most one per note: a note's title beside its own example question says the same twice.
   */
  nearest(question: string, audience: Audience, limit: number): string[] {
    const results = inItemOrder(
      this.search.search(question, {
        fuzzy: (term) => fuzziness(term, 0),
        filter: (r) => this.visible(r.id as number, audience),
      }),
    );
    // A large pack can return thousands of results: stop at the first `limit` different texts.
    const near = new Set<string>();
    const notes = new Set<string>();
    for (const r of results) {
      if (near.size >= limit) return [...near];
      const item = this.items[r.id as number]!;
      if (notes.has(item.note)) continue;
      notes.add(item.note);
      near.add(item.text);
    }
    for (const text of this.examples(audience, limit)) {
      if (near.size >= limit) break;
      const note = this.items.find((i) => i.text === text)?.note;
      if (note !== undefined && notes.has(note)) continue;
      if (note !== undefined) notes.add(note);
      near.add(text);
    }
    return [...near];
  }

  /** One example question per topic first, so a short list shows the breadth of the knowledge. */
  examples(audience: Audience, limit: number): string[] {
    let list = this.exampleLists.get(audience);
    if (!list) {
      const visible = this.items.filter((i) => this.visible(i.id, audience));
      const firstPerTopic = new Map<string, string>();
      for (const item of visible) if (!firstPerTopic.has(item.topic)) firstPerTopic.set(item.topic, item.text);
      list = unique([...firstPerTopic.values(), ...visible.map((i) => i.text)]);
      this.exampleLists.set(audience, list);
    }
    return list.slice(0, limit);
  }

  private visible(id: number, audience: Audience): boolean {
    return audience === 'internal' || this.items[id]?.visibility === 'public';
  }
}

/**
 * Results best first, equal scores in the order of the items. MiniSearch orders equal scores by
 * how it walks its term tree, which differs between a built index and the same index restored
 * (see `restore`): this keeps suggestions the same either way.
 */
function inItemOrder(results: SearchResult[]): SearchResult[] {
  return results.sort((a, b) => b.score - a.score || (a.id as number) - (b.id as number));
}

function unique(texts: string[]): string[] {
  return [...new Set(texts)];
}
