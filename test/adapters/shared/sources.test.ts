// Citations as the reader sees them on every platform: one entry per source, the answer's
// markers renumbered to match, and nothing the answer already says repeated under it.
import { describe, expect, it } from 'vitest';
import { answerSources } from '../../../src/adapters/shared/sources.js';
import type { Citation, Figure } from '../../../src/core/types.js';

function citation(n: number, sourceId: string, snippet: string, extra: Partial<Citation> = {}): Citation {
  return { n, sourceId, title: `Title ${sourceId}`, snippet, ...extra };
}

const kent: Figure = {
  forceId: 'kent',
  force: 'Kent Police',
  period: { from: '2018-04', to: '2019-03' },
  periodLabel: 'April 2018 – March 2019',
  metricId: 'fired',
  metric: 'fired',
  value: 53,
  citation: 3,
};

describe('answerSources', () => {
  it('GIVEN two notes of one source and one of another THEN two entries, and [1] [2] [3] read [1] [1] [2]', () => {
    const { entries, renumber } = answerSources({
      text: 'First. [1] Second. [2] Third. [3]',
      citations: [citation(1, 'a', 'First.'), citation(2, 'a', 'Second.'), citation(3, 'b', 'Other words.')],
      figures: [],
    });
    expect(entries.map((e) => [e.n, e.citation.sourceId, e.quotes])).toEqual([
      [1, 'a', []],
      [2, 'b', ['Other words.']],
    ]);
    expect(renumber('First. [1] Second. [2] Third. [3]')).toBe('First. [1] Second. [1] Third. [2]');
  });

  it('GIVEN markers of one source side by side THEN they merge into one, and unknown numbers stay as written', () => {
    const { renumber } = answerSources({
      text: '',
      citations: [citation(1, 'a', ''), citation(2, 'a', '')],
      figures: [],
    });
    expect(renumber('Both. [1] [2] Also [1], [2]. Not a citation [7].')).toBe(
      'Both. [1] Also [1]. Not a citation [7].',
    );
  });

  it('GIVEN a listing of a figure the answer already lists THEN it is dropped; a table reference stays', () => {
    const { entries } = answerSources({
      text: '',
      figures: [kent],
      citations: [
        citation(3, 'ho', 'Kent Police, April 2018 – March 2019: fired 53\nTable 13, row for Kent: fired', {
          reference: true,
        }),
      ],
    });
    expect(entries[0]!.references).toEqual(['Table 13, row for Kent: fired']);
    expect(entries[0]!.quotes).toEqual([]);
  });

  it('GIVEN a long quote the answer does not say THEN a short excerpt, and review due carries to the entry', () => {
    const { entries } = answerSources({
      text: 'Something else.',
      figures: [],
      citations: [citation(1, 'a', `${'word '.repeat(100)}end.`, { reviewDue: true })],
    });
    expect(entries[0]!.quotes[0]!.length).toBeLessThanOrEqual(300);
    expect(entries[0]!.quotes[0]).toMatch(/…$/);
    expect(entries[0]!.reviewDue).toBe(true);
  });

  it('GIVEN every quote of a source already said THEN no quote, only a short recall of its opening words', () => {
    const said = 'The device is carried in a holster on the side opposite the baton, always.';
    const { entries } = answerSources({ text: said, figures: [], citations: [citation(1, 'a', said)] });
    expect(entries[0]!.quotes).toEqual([]);
    expect(entries[0]!.recall).toBe('The device is carried in a holster on the side opposite…');
  });

  it("GIVEN the asker's words echoed in the text THEN their [n] is left as written", () => {
    const { renumber } = answerSources({
      text: '',
      figures: [],
      echoes: ['Force [2]'],
      citations: [citation(1, 'a', ''), citation(2, 'a', '')],
    });
    expect(renumber('I have no figures for Force [2]. See [2].')).toBe('I have no figures for Force [2]. See [1].');
  });
});
