// The answer card as a person sees it: answer text, figures, numbered linked sources with their
// words, related questions and feedback buttons; inert text; always within Teams' size limit.
import { describe, expect, it } from 'vitest';
import { MAX_CARD_BYTES, cardBytes, renderAnswer } from '../../../src/adapters/teams/render.js';
import type { Answer, Citation } from '../../../src/core/types.js';
import { buttonsOf, linksOf, paragraphsOf } from './card-reader.js';

const citation = (n: number, extra: Partial<Citation> = {}): Citation => ({
  n,
  sourceId: `s${n}`,
  title: `Manual ${n}`,
  publisher: 'Northshire Police',
  date: '2024-05-01',
  url: `https://example.org/manual-${n}`,
  snippet: `Words from manual ${n}.`,
  ...extra,
});

const answered = (extra: Partial<Answer> = {}): Answer => ({
  id: 'a1',
  status: 'answered',
  text: 'Barbs are removed only by a paramedic or doctor. [1]',
  citations: [citation(1)],
  figures: [],
  suggestions: ['What aftercare is needed after firing?'],
  notices: [],
  understood: 'Who removes the barbs?',
  ...extra,
});

describe('renderAnswer', () => {
  it('GIVEN an answer THEN text, numbered linked source with its words, related question and feedback buttons', () => {
    const card = renderAnswer(answered());
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.4' });
    expect(paragraphsOf(card)).toEqual([
      'Barbs are removed only by a paramedic or doctor. [1]',
      'Sources',
      '[1] Manual 1 — Northshire Police, 2024-05-01',
      '“Words from manual 1.”',
      'Related questions',
    ]);
    expect(linksOf(card)).toEqual([{ text: 'Manual 1', url: 'https://example.org/manual-1' }]);
    expect(buttonsOf(card)).toEqual([
      { title: 'What aftercare is needed after firing?', verb: 'taser.ask', data: { answerId: 'a1', index: 0 } },
      { title: '👍 Helpful', verb: 'taser.feedback', data: { answerId: 'a1', vote: 'up' } },
      { title: '👎 Not helpful', verb: 'taser.feedback', data: { answerId: 'a1', vote: 'down' } },
    ]);
  });

  it('GIVEN a follow-up the core rewrote THEN "Understood as" shows how it was read', () => {
    const card = renderAnswer(answered({ understood: 'how many discharges in Westmarch', rewritten: true }));
    expect(paragraphsOf(card)[0]).toBe('Understood as: how many discharges in Westmarch');
  });

  it('GIVEN a question the core did not rewrite THEN no "Understood as", however it was typed', () => {
    const card = renderAnswer(answered({ understood: 'who removes the barbs', rewritten: false }));
    expect(paragraphsOf(card)[0]).toBe('Barbs are removed only by a paramedic or doctor. [1]');
  });

  it('GIVEN figures, a chart, a notice and an overdue source THEN each is shown with its citation number', () => {
    const card = renderAnswer(
      answered({
        figures: [
          {
            forceId: 'n',
            force: 'Northshire Police',
            period: { from: '2020-04', to: '2021-03' },
            periodLabel: 'April 2020 – March 2021',
            metricId: 'discharges',
            metric: 'discharges',
            value: 85,
            arithmetic: '85 of 666 incidents = 12.8%',
            citation: 1,
          },
        ],
        chart: ['Northshire ████ 85'],
        notices: ['"Annual recertification" was due for review on 2021-01-01: check it is still current.'],
        citations: [citation(1, { reviewDue: true })],
      }),
    );
    expect(paragraphsOf(card)).toEqual([
      'Barbs are removed only by a paramedic or doctor. [1]',
      'Figures',
      'Northshire Police, April 2020 – March 2021: discharges 85 (85 of 666 incidents = 12.8%) [1]',
      'Northshire ████ 85',
      '⚠️ "Annual recertification" was due for review on 2021-01-01: check it is still current.',
      'Sources',
      '[1] Manual 1 — Northshire Police, 2024-05-01 · review due',
      '“Words from manual 1.”',
      'Related questions',
    ]);
  });

  it('GIVEN a refusal THEN the nearest questions are buttons, without a "Related questions" heading', () => {
    const card = renderAnswer({
      ...answered(),
      status: 'no_answer',
      text: "I can't find that in my knowledge. The nearest topics I know about:",
      citations: [],
      suggestions: ['Where do I holster the device?', 'Who removes the barbs?'],
      understood: 'flux capacitor',
    });
    expect(paragraphsOf(card)).toEqual(["I can't find that in my knowledge. The nearest topics I know about:"]);
    expect(buttonsOf(card).map((b) => b.title)).toEqual([
      'Where do I holster the device?',
      'Who removes the barbs?',
      '👍 Helpful',
      '👎 Not helpful',
    ]);
  });

  it('GIVEN a refusal by a rate limit THEN no buttons at all: nothing to rate or follow', () => {
    const card = renderAnswer({ ...answered(), status: 'no_answer', citations: [], suggestions: [], refused: true });
    expect(buttonsOf(card)).toEqual([]);
  });

  it('GIVEN hostile text THEN it shows as written but inert: no bidi tricks, no live links, no markup', () => {
    const hostile = 'see <at>Everyone</at> **now** [click](https://evil.example/x) \u202Eevil\u202C mail a@b.example';
    const card = renderAnswer(answered({ understood: hostile, rewritten: true }));
    const shown = paragraphsOf(card)[0]!;
    expect(shown.replaceAll('\u200B', '')).toBe(
      'Understood as: see <at>Everyone</at> **now** [click](https://evil.example/x) evil mail a@b.example',
    );
    expect(shown).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(shown).not.toMatch(/https:\/\/evil|evil\.example|b\.example/);
    // Only the knowledge's own source is a link; every text is a TextRun, which Teams never parses as Markdown.
    expect(linksOf(card)).toEqual([{ text: 'Manual 1', url: 'https://example.org/manual-1' }]);
    expect(JSON.stringify(card)).not.toMatch(/"type":"TextBlock"/);
  });

  it('GIVEN a source URL that is not http(s) THEN its title is plain text', () => {
    const card = renderAnswer(answered({ citations: [citation(1, { url: 'javascript:alert(1)' })] }));
    expect(linksOf(card)).toEqual([]);
    expect(paragraphsOf(card)).toContain('[1] Manual 1 — Northshire Police, 2024-05-01');
  });

  it('GIVEN far more sources and figures than fit THEN the card stays under the limit and says what it left out', () => {
    const long = 'x'.repeat(280);
    const card = renderAnswer(
      answered({
        text: 'word '.repeat(1500),
        citations: Array.from({ length: 40 }, (_, i) => citation(i + 1, { title: `${long} ${i}`, snippet: long })),
        figures: Array.from({ length: 60 }, (_, i) => ({
          forceId: `f${i}`,
          force: `Force ${i} ${long}`,
          period: { from: '2020-04', to: '2021-03' },
          periodLabel: 'April 2020 – March 2021',
          metricId: 'discharges',
          metric: 'discharges',
          value: i,
          citation: 1,
        })),
      }),
    );
    expect(cardBytes(card)).toBeLessThanOrEqual(MAX_CARD_BYTES);
    const text = paragraphsOf(card);
    expect(text.some((p) => /^… and \d+ more sources$/.test(p))).toBe(true);
    expect(text.some((p) => /^\d+ more not shown here; ask about one force or one period to see them\.$/.test(p))).toBe(
      true,
    );
  });
});

describe('renderAnswer says each thing once', () => {
  it('GIVEN two notes of one source cited [1] and [2] THEN one entry for the source, linked once', () => {
    const card = renderAnswer(
      answered({
        text: 'First. [1] Second. [2]',
        citations: [citation(1, { snippet: 'Other words.' }), citation(2, { sourceId: 's1', snippet: 'More words.' })],
      }),
    );
    expect(paragraphsOf(card).slice(0, 4)).toEqual([
      'First. [1] Second. [1]',
      'Sources',
      '[1] Manual 1 — Northshire Police, 2024-05-01',
      '“Other words.” “More words.”',
    ]);
    expect(linksOf(card)).toHaveLength(1);
  });

  it('GIVEN the answer already quotes the source THEN the quote is not shown again', () => {
    const card = renderAnswer(
      answered({
        text: 'Barbs are removed only by a paramedic or doctor. [1] They are kept as evidence. [1]',
        citations: [
          citation(1, { snippet: 'Barbs are removed only by a paramedic or doctor. They are kept as evidence.' }),
        ],
      }),
    );
    expect(paragraphsOf(card)).toEqual([
      'Barbs are removed only by a paramedic or doctor. [1] They are kept as evidence. [1]',
      'Sources',
      '[1] Manual 1 — Northshire Police, 2024-05-01',
      'Related questions',
    ]);
  });

  it('GIVEN five related questions THEN three buttons', () => {
    const card = renderAnswer(answered({ suggestions: ['One?', 'Two?', 'Three?', 'Four?', 'Five?'] }));
    expect(
      buttonsOf(card)
        .filter((b) => b.verb === 'taser.ask')
        .map((b) => b.title),
    ).toEqual(['One?', 'Two?', 'Three?']);
  });
});
