// The Block Kit renderer on its own: Slack's size limits hold for any answer, and everything
// taken from the knowledge or the question is escaped.
import { describe, expect, it } from 'vitest';
import {
  acknowledgeVote,
  fitEscaped,
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
    // The vote and share buttons survive, last.
    expect(blocks.at(-1)).toMatchObject({ type: 'actions', block_id: 'answer_actions' });
    const citationTexts = blocks
      .flatMap((b) => (b.type === 'context' ? b.elements.map((e) => ('text' in e ? String(e.text) : '')) : []))
      .filter((t) => t.startsWith('*['));
    expect(citationTexts[0]).toMatch(/^\*\[1\]\* T{199}… — Publisher, 2021-09\n“x x/);
    // Citations share context blocks when there are too many for one block each; none is lost.
    const numbers = citationTexts.map((t) => Number(/^\*\[(\d+)\]\*/.exec(t)![1]));
    expect(numbers).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
  });

  it('says how many sources it left out when even shared blocks cannot hold them all', () => {
    const { blocks, text } = renderAnswer(
      answer({ citations: Array.from({ length: 600 }, (_, i) => citation(i + 1)) }),
    );
    expectWithinLimits(blocks, text);
    const contexts = blocks.filter((b) => b.type === 'context') as { elements: { text: string }[] }[];
    expect(contexts).toHaveLength(48);
    expect(contexts.at(-1)!.elements.at(-1)!.text).toBe(
      '*[480]* Source 480 — Publisher, 2021-09\n“Snippet 480.”\n… and 120 more sources',
    );
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
    expect(buttons.elements).toHaveLength(5);
    expect(buttons.elements.map((e) => e.action_id)).toEqual([
      'ask_suggestion:0',
      'ask_suggestion:1',
      'ask_suggestion:2',
      'ask_suggestion:3',
      'ask_suggestion:4',
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

  it('puts a "Share in channel" button first only when asked to', () => {
    const ids = (shareable: boolean) =>
      (
        renderAnswer(answer(), { shareable }).blocks.at(-1) as { elements: { action_id: string; value: string }[] }
      ).elements.map((e) => `${e.action_id}=${e.value}`);
    expect(ids(true)).toEqual(['share_answer=ans-1', 'feedback_up=ans-1', 'feedback_down=ans-1']);
    expect(ids(false)).toEqual(['feedback_up=ans-1', 'feedback_down=ans-1']);
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

  it('escapes the text, figures, chart, citations, notices and fallback', () => {
    const { blocks, text } = renderAnswer(
      answer({
        text: hostile,
        figures: [figure(1, { force: hostile, arithmetic: hostile })],
        chart: [hostile, '``` closing fence'],
        citations: [
          citation(1, { title: hostile, publisher: hostile, url: 'https://example.org/a?b=1&c=2', snippet: hostile }),
        ],
        notices: [hostile],
      }),
    );
    expect(blocks[0]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: escaped } });
    expect(blocks[1]).toEqual({
      type: 'section',
      fields: [{ type: 'mrkdwn', text: `*${escaped}*\nApril 2020 – March 2021\nuses: *1,001* [1]\n_${escaped}_` }],
    });
    expect(blocks[2]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: `\`\`\`\n${escaped}\n\`${ZWSP}\`\` closing fence\n\`\`\`` },
    });
    expect(blocks[3]).toEqual({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: `*[1]* <https://example.org/a?b=1&amp;c=2|${escaped.replace(/\|/g, '¦')}> — ${escaped}, 2021-09\n“${escaped}”`,
        },
      ],
    });
    expect(blocks[4]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: `⚠️ ${escaped}` }] });
    // The notification text reads as the terminal does: the answer, its figure lines, its sources.
    expect(text).toBe(
      `${escaped}\n${escaped}, April 2020 – March 2021: uses 1,001 (${escaped}) [1]\n[1] ${escaped} — ${escaped}, 2021-09`,
    );
  });

  it('links a citation only for a plain http(s) URL', () => {
    const label = (url: string | undefined) => {
      const block = renderAnswer(
        answer({ citations: [citation(1, { url, publisher: undefined, date: undefined, snippet: '' })] }),
      ).blocks[1] as { elements: { text: string }[] };
      return block.elements[0]!.text;
    };
    expect(label('https://example.org/x')).toBe('*[1]* <https://example.org/x|Source 1>');
    expect(label('javascript:alert(1)')).toBe('*[1]* Source 1');
    expect(label('https://example.org/x|<!channel>')).toBe('*[1]* Source 1');
    expect(label(undefined)).toBe('*[1]* Source 1');
  });

  it('renders a notice as escaped text with the same fallback', () => {
    expect(renderNotice('Use <!here> & more')).toEqual({
      text: `Use &lt;!here&gt; &amp; more`,
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Use &lt;!here&gt; &amp; more' } }],
    });
  });
});

describe('acknowledgeVote', () => {
  it('drops the vote buttons, keeps other buttons and adds a thank-you line', () => {
    const { blocks } = renderAnswer(answer(), { shareable: true });
    const acknowledged = acknowledgeVote(blocks, 'down');
    expect(acknowledged.slice(0, -2)).toEqual(blocks.slice(0, -1));
    expect(acknowledged.at(-2)).toMatchObject({ type: 'actions', elements: [{ action_id: 'share_answer' }] });
    expect(acknowledged.at(-1)).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: 'Thanks — feedback recorded 👎' }],
    });
  });

  it('replaces the row entirely when only vote buttons were on it', () => {
    const { blocks } = renderAnswer(answer());
    expect(acknowledgeVote(blocks, 'up')).toEqual([
      ...blocks.slice(0, -1),
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'Thanks — feedback recorded 👍' }] },
    ]);
  });
});
