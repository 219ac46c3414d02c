// The Block Kit renderer on its own: each thing said once, Slack's size limits hold for any
// answer, and everything taken from the knowledge or the question is escaped.
import { describe, expect, it } from 'vitest';
import {
  acknowledgeVote,
  fitEscaped,
  readFeedback,
  renderAnswer,
  renderNotice,
  type Block,
} from '../../../src/adapters/slack/render.js';
import type { Answer, Citation, Figure } from '../../../src/core/types.js';

const ZWSP = '\u200B';

function answer(overrides: Partial<Answer> = {}): Answer {
  return {
    id: 'ans-1',
    status: 'answered',
    text: 'An answer.',
    citations: [],
    figures: [],
    suggestions: [],
    notices: [],
    ...overrides,
  };
}

function figure(i: number, overrides: Partial<Figure> = {}): Figure {
  return {
    forceId: `force-${i}`,
    force: `Force ${i}`,
    period: { from: '2020-04', to: '2021-03' },
    periodLabel: 'April 2020 – March 2021',
    metricId: 'uses',
    metric: 'uses',
    value: 1000 + i,
    citation: 1,
    ...overrides,
  };
}

function citation(n: number, overrides: Partial<Citation> = {}): Citation {
  return {
    n,
    sourceId: `s${n}`,
    title: `Source ${n}`,
    publisher: 'Publisher',
    date: '2021-09',
    snippet: `Snippet ${n}.`,
    ...overrides,
  };
}

/** Every Block Kit limit this renderer promises to respect. */
function expectWithinLimits(blocks: Block[], fallback: string): void {
  expect(blocks.length).toBeLessThanOrEqual(50);
  expect(fallback.length).toBeLessThanOrEqual(3000);
  for (const block of blocks) {
    if (block.type === 'section') {
      if (block.text) expect(block.text.text.length).toBeLessThanOrEqual(3000);
      expect((block.fields ?? []).length).toBeLessThanOrEqual(10);
      for (const f of block.fields ?? []) expect(f.text.length).toBeLessThanOrEqual(2000);
    }
    if (block.type === 'context') {
      expect(block.elements.length).toBeLessThanOrEqual(10);
      for (const e of block.elements)
        if ('text' in e && typeof e.text === 'string') expect(e.text.length).toBeLessThanOrEqual(2000);
    }
    if (block.type === 'context_actions') {
      expect(block.elements.length).toBeLessThanOrEqual(5);
      for (const e of block.elements) {
        if (e.type !== 'feedback_buttons') continue;
        for (const b of [e.positive_button, e.negative_button]) {
          expect(b.text.text.length).toBeLessThanOrEqual(75);
          expect(b.value.length).toBeLessThanOrEqual(2000);
        }
      }
    }
    if (block.type === 'actions') {
      expect(block.elements.length).toBeLessThanOrEqual(25);
      for (const e of block.elements) {
        if (e.type !== 'button') continue;
        expect(e.text.text.length).toBeLessThanOrEqual(75);
        expect((e.value ?? '').length).toBeLessThanOrEqual(2000);
      }
    }
  }
}

/** The plain text of a rich-text block's parts, one string per section or quote. */
function richTexts(block: Block | undefined): string[] {
  if (block?.type !== 'rich_text') return [];
  return block.elements.map((part) =>
    'elements' in part
      ? (part.elements as { type: string; text?: string; url?: string }[]).map((e) => e.text ?? '').join('')
      : '',
  );
}

function sourcesOf(blocks: Block[]): Block | undefined {
  return blocks.find((b) => b.type === 'rich_text' && b.block_id === 'sources');
}

describe('renderAnswer says each thing once', () => {
  it('GIVEN three notes from one source THEN one source entry, the markers renumbered, and no quote the answer already says', () => {
    const said = 'Officers must be trained.';
    const { blocks, text } = renderAnswer(
      answer({
        text: `${said} [1]\nIt is routine. [2]\nFrom elsewhere. [3]`,
        citations: [
          citation(1, { sourceId: 'itv', title: 'ITV', snippet: said }),
          citation(2, { sourceId: 'itv', title: 'ITV', snippet: 'It is routine.' }),
          citation(3, { sourceId: 'bbc', title: 'BBC', snippet: 'A sentence the answer does not say.' }),
        ],
      }),
    );
    expect(blocks[0]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: `${said} [1]\nIt is routine. [1]\nFrom elsewhere. [2]` },
    });
    expect(richTexts(sourcesOf(blocks))).toEqual([
      '[1] ITV — Publisher, 2021-09',
      '[2] BBC — Publisher, 2021-09',
      'A sentence the answer does not say.',
    ]);
    expect(sourcesOf(blocks)).toMatchObject({ elements: [{}, {}, { type: 'rich_text_quote' }] });
    expect(text).toBe(
      `${said} [1]\nIt is routine. [1]\nFrom elsewhere. [2]\n[1] ITV — Publisher, 2021-09\n[2] BBC — Publisher, 2021-09`,
    );
  });

  it('GIVEN a ranking with a text chart and no picture THEN the chart alone shows the figures', () => {
    const ranking = answer({
      text: 'Highest uses — Publisher:',
      figures: [figure(1), figure(2)],
      figureLayout: { kind: 'ranking', by: 'count' },
      chart: ['Force 1 ████ 1,001', 'Force 2 ███ 1,002'],
      citations: [
        citation(1, { snippet: 'Table 1, row for Force 1: uses\nTable 1, row for Force 2: uses', reference: true }),
      ],
    });
    const { blocks } = renderAnswer(ranking);
    const shown = blocks.map((b) => JSON.stringify(b)).join('\n');
    expect(blocks[1]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: '```\nForce 1 ████ 1,001\nForce 2 ███ 1,002\n```' },
    });
    expect(shown.match(/1,001/g)).toHaveLength(1);
    // The table reference is listed once, briefly, and never as a quote.
    expect(richTexts(sourcesOf(blocks))).toEqual([
      '[1] Source 1 — Publisher, 2021-09\nTable 1, row for Force 1: uses (and 1 more row)',
    ]);

    // With the PNG attached, the lines carry the figures and the text chart is left out.
    const withPicture = renderAnswer(ranking, { picture: true }).blocks;
    expect(withPicture[1]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: '1. Force 1: 1,001 [1]\n2. Force 2: 1,002 [1]' },
    });
    expect(
      withPicture
        .map((b) => JSON.stringify(b))
        .join('\n')
        .match(/1,001/g),
    ).toHaveLength(1);
  });

  it('GIVEN figures from two sources THEN the lines (with their citations) show, not the chart', () => {
    const { blocks } = renderAnswer(
      answer({
        figures: [figure(1), figure(2, { citation: 2 })],
        chart: ['Force 1 ████ 1,001', 'Force 2 ███ 1,002'],
        citations: [citation(1), citation(2)],
      }),
    );
    expect(JSON.stringify(blocks)).not.toContain('████');
    expect(blocks[1]).toMatchObject({ type: 'section', fields: [{}, {}] });
  });

  it('GIVEN a refusal with suggestions THEN one text, at most three question buttons, and feedback', () => {
    const { blocks } = renderAnswer(
      answer({
        status: 'no_answer',
        refusal: 'not_in_knowledge',
        text: 'I could not find that in the knowledge.',
        suggestions: ['One?', 'Two?', 'Three?', 'Four?'],
      }),
    );
    expect(blocks.map((b) => b.type)).toEqual(['section', 'actions', 'context_actions']);
    expect((blocks[1] as { elements: { value: string }[] }).elements.map((e) => e.value)).toEqual([
      'One?',
      'Two?',
      'Three?',
    ]);
  });

  it('GIVEN a refusal by a limit THEN only the text: nothing to rate, share or follow', () => {
    const { blocks } = renderAnswer(
      answer({ status: 'no_answer', refused: true, text: 'Slow down.', suggestions: ['One?'] }),
      { shareable: true },
    );
    expect(blocks).toEqual([{ type: 'section', text: { type: 'mrkdwn', text: 'Slow down.' } }]);
  });
});

describe('renderAnswer limits', () => {
  it('keeps a huge answer within every Block Kit limit, cutting gracefully', () => {
    const huge = answer({
      text: 'word '.repeat(2500),
      figures: Array.from({ length: 80 }, (_, i) => figure(i, { arithmetic: `${i} of ${1000 + i} uses = 0.1%` })),
      chart: Array.from({ length: 500 }, (_, i) => `Force ${i} ${'█'.repeat(40)} ${i}`),
      citations: Array.from({ length: 120 }, (_, i) =>
        citation(i + 1, { title: 'T'.repeat(300), snippet: 'x '.repeat(2000) }),
      ),
      notices: Array.from({ length: 30 }, (_, i) => `Notice ${i} ${'n'.repeat(3000)}`),
      suggestions: ['Related?'],
      understood: 'q '.repeat(5000),
      rewritten: true,
    });
    const { blocks, text } = renderAnswer(huge, { shareable: true });
    expectWithinLimits(blocks, text);
    // The answer text is cut at a word with an ellipsis.
    const first = blocks.find((b) => b.type === 'section') as { text: { text: string } };
    expect(first.text.text).toMatch(/word…$/);
    // More than ten figures become a code-block table that says what it left out.
    const table = blocks
      .filter((b) => b.type === 'section')
      .map((b) => (b as { text?: { text: string } }).text?.text ?? '')[1]!;
    expect(table.startsWith('```\nForce 0, April 2020 – March 2021: uses 1,000 (0 of 1000 uses = 0.1%) [1]\n')).toBe(
      true,
    );
    expect(table).toMatch(/\n… and \d+ more\n```$/);
    // Ten sources are listed, titles and quotes cut short, and the rest counted.
    const sources = richTexts(sourcesOf(blocks));
    expect(sources[0]).toMatch(/^\[1\] T{199}… — Publisher, 2021-09$/);
    expect(sources[1]!.length).toBeLessThanOrEqual(400);
    expect(sources.at(-1)).toBe('… and 110 more sources');
    // The related question, the share button and the feedback buttons survive, in that order, last.
    expect(blocks.slice(-3).map((b) => b.block_id)).toEqual(['suggestions', 'answer_share', 'answer_feedback']);
  });

  it('keeps long suggestion buttons within the label and value limits', () => {
    const long = `What ${'about '.repeat(400)}this?`;
    const { blocks, text } = renderAnswer(
      answer({ status: 'no_answer', suggestions: Array.from({ length: 12 }, () => long) }),
    );
    expectWithinLimits(blocks, text);
    const buttons = blocks.find((b) => b.block_id === 'suggestions') as {
      elements: { text: { text: string }; value: string; action_id: string }[];
    };
    expect(buttons.elements.map((e) => e.action_id)).toEqual([
      'ask_suggestion:0',
      'ask_suggestion:1',
      'ask_suggestion:2',
    ]);
    expect(buttons.elements[0]!.text.text).toMatch(/^What about about .*…$/);
    expect(buttons.elements[0]!.value).toBe(
      long.slice(0, 2000).slice(0, long.slice(0, 1999).lastIndexOf(' ')).trimEnd() + '…',
    );
  });

  it('never cuts an escaped entity in half when escaping makes the text longer', () => {
    const fitted = fitEscaped('& '.repeat(2000), 3000);
    expect(fitted.length).toBeLessThanOrEqual(3000);
    expect(fitted).toMatch(/^(&amp; )*&amp;…$/);
  });

  it('shows up to ten figures as fields, with the arithmetic or the rate, and "no figure published" for a missing value', () => {
    const { blocks } = renderAnswer(
      answer({
        figures: [
          figure(1, { arithmetic: '85 of 666 uses = 12.8%', citation: 2 }),
          figure(2, { value: null }),
          figure(3, { rate: 0.25 }),
        ],
        citations: [citation(1), citation(2)],
      }),
    );
    expect(blocks[1]).toEqual({
      type: 'section',
      fields: [
        { type: 'mrkdwn', text: '*Force 1*\nApril 2020 – March 2021\nuses: *1,001* [2]\n_85 of 666 uses = 12.8%_' },
        { type: 'mrkdwn', text: '*Force 2*\nApril 2020 – March 2021\nuses: *no figure published* [1]' },
        { type: 'mrkdwn', text: '*Force 3*\nApril 2020 – March 2021\nuses: *1,003* [1]\n_25.0%_' },
      ],
    });
  });

  it('puts a "Share in channel" button above the feedback buttons only when asked to', () => {
    const tail = (shareable: boolean) =>
      renderAnswer(answer(), { shareable })
        .blocks.slice(1)
        .map((b) => b.type);
    expect(tail(true)).toEqual(['actions', 'context_actions']);
    expect(tail(false)).toEqual(['context_actions']);
    expect(renderAnswer(answer(), { shareable: true }).blocks[1]).toMatchObject({
      elements: [{ action_id: 'share_answer', value: 'ans-1', text: { text: 'Share in channel' } }],
    });
  });

  it("uses Slack's feedback buttons, each value naming the vote and the answer", () => {
    const feedback = renderAnswer(answer()).blocks.at(-1);
    expect(feedback).toEqual({
      type: 'context_actions',
      block_id: 'answer_feedback',
      elements: [
        {
          type: 'feedback_buttons',
          action_id: 'answer_feedback',
          positive_button: {
            text: { type: 'plain_text', text: '👍 Helpful' },
            accessibility_label: 'This answer helped',
            value: 'up:ans-1',
          },
          negative_button: {
            text: { type: 'plain_text', text: '👎 Not helpful' },
            accessibility_label: 'This answer did not help',
            value: 'down:ans-1',
          },
        },
      ],
    });
    expect(readFeedback('up:ans-1')).toEqual({ vote: 'up', answerId: 'ans-1' });
    expect(readFeedback('down:ans-1')).toEqual({ vote: 'down', answerId: 'ans-1' });
    expect(readFeedback('ans-1')).toBeUndefined();
  });

  it('shows the understood question only when the core rewrote a follow-up', () => {
    const understood = (rewritten: boolean) =>
      renderAnswer(answer({ understood: 'how many uses in Force 2', rewritten })).blocks[0];
    expect(understood(false)).toMatchObject({ type: 'section' });
    expect(understood(true)).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: 'Understood as: _how many uses in Force 2_' }],
    });
  });
});

describe('renderAnswer escaping', () => {
  const hostile = '<!channel> & <@U1> <!subteam^S1|@team> <https://evil.example|click> @here @everyone';
  const escaped = `&lt;!channel&gt; &amp; &lt;@U1&gt; &lt;!subteam^S1|@team&gt; &lt;https://evil.example|click&gt; @${ZWSP}here @${ZWSP}everyone`;
  const plain = `<${ZWSP}!channel> & <${ZWSP}@U1> <${ZWSP}!subteam^S1|@team> <https://evil.example|click> @${ZWSP}here @${ZWSP}everyone`;

  it('escapes the text, figures, chart, citations, notices and fallback', () => {
    const { blocks, text } = renderAnswer(
      answer({
        text: hostile,
        figures: [figure(1, { force: hostile, arithmetic: hostile })],
        chart: [hostile, '``` closing fence'],
        citations: [
          citation(1, {
            title: hostile,
            publisher: hostile,
            url: 'https://example.org/a?b=1&c=2',
            // Words the answer does not say, so the quote is shown under the source.
            snippet: `${hostile} quoted.`,
          }),
        ],
        notices: [hostile],
      }),
    );
    expect(blocks[0]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: escaped } });
    // The figure has working, so it is listed as a field and the text chart is left out.
    expect(blocks[1]).toEqual({
      type: 'section',
      fields: [{ type: 'mrkdwn', text: `*${escaped}*\nApril 2020 – March 2021\nuses: *1,001* [1]\n_${escaped}_` }],
    });
    // Rich text is never read as markup; mention tokens are broken all the same.
    expect(blocks[2]).toEqual({
      type: 'rich_text',
      block_id: 'sources',
      elements: [
        {
          type: 'rich_text_section',
          elements: [
            { type: 'text', text: '[1] ', style: { bold: true } },
            { type: 'link', url: 'https://example.org/a?b=1&c=2', text: plain },
            { type: 'text', text: ` — ${plain}, 2021-09` },
          ],
        },
        { type: 'rich_text_quote', elements: [{ type: 'text', text: `${plain} quoted.` }] },
      ],
    });
    expect(blocks[3]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: `⚠️ ${escaped}` }] });
    // The notification text reads as the terminal does: the answer, its figure lines, its sources.
    expect(text).toBe(
      `${escaped}\n${escaped}, April 2020 – March 2021: uses 1,001 (${escaped}) [1]\n[1] ${escaped} — ${escaped}, 2021-09`,
    );
  });

  it('escapes a text chart and keeps it from closing its code block early', () => {
    const { blocks } = renderAnswer(answer({ figures: [figure(1)], chart: [hostile, '``` closing fence'] }));
    expect(blocks[1]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: `\`\`\`\n${escaped}\n\`${ZWSP}\`\` closing fence\n\`\`\`` },
    });
  });

  it('links a citation only for a plain http(s) URL', () => {
    const link = (url: string | undefined) => {
      const block = sourcesOf(
        renderAnswer(answer({ citations: [citation(1, { url, publisher: undefined, date: undefined, snippet: '' })] }))
          .blocks,
      ) as { elements: { elements: { type: string; url?: string }[] }[] };
      return block.elements[0]!.elements[1];
    };
    expect(link('https://example.org/x')).toEqual({ type: 'link', url: 'https://example.org/x', text: 'Source 1' });
    expect(link('javascript:alert(1)')).toEqual({ type: 'text', text: 'Source 1' });
    expect(link('https://example.org/x|<!channel>')).toEqual({ type: 'text', text: 'Source 1' });
    expect(link(undefined)).toEqual({ type: 'text', text: 'Source 1' });
  });

  it('renders a notice as escaped text with the same fallback', () => {
    expect(renderNotice('Use <!here> & more')).toEqual({
      text: `Use &lt;!here&gt; &amp; more`,
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Use &lt;!here&gt; &amp; more' } }],
    });
  });
});

describe('acknowledgeVote', () => {
  it('GIVEN a shareable answer THEN the feedback buttons give way to a thank-you line and the share button stays', () => {
    const { blocks } = renderAnswer(answer(), { shareable: true });
    const acknowledged = acknowledgeVote(blocks, 'down');
    expect(acknowledged).toEqual([
      ...blocks.slice(0, -1),
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'Thanks — feedback recorded 👎' }] },
    ]);
    expect(acknowledged.at(-2)).toMatchObject({ type: 'actions', elements: [{ action_id: 'share_answer' }] });
  });
});
