// The Discord renderer: what an answer looks like as an embed with buttons, and that even
// an oversized answer stays inside every Discord limit.
import { describe, expect, it } from 'vitest';
import type { APIButtonComponent } from 'discord.js';
import { decodeButton } from '../../../src/adapters/discord/custom-ids.js';
import { LIMITS, embedLength } from '../../../src/adapters/discord/limits.js';
import { renderAnswer, type RenderedAnswer } from '../../../src/adapters/discord/render.js';
import type { Answer, Citation, Figure } from '../../../src/core/types.js';

function answer(overrides: Partial<Answer> = {}): Answer {
  return {
    id: 'a1',
    status: 'answered',
    text: 'The device is carried in a holster.',
    citations: [
      {
        n: 1,
        sourceId: 'manual',
        title: 'Device Manual',
        publisher: 'Example Police',
        date: '2024-05-01',
        url: 'https://example.org/manual',
        snippet: 'carried in a holster',
      },
    ],
    figures: [],
    suggestions: [],
    notices: [],
    ...overrides,
  };
}

function figure(i: number): Figure {
  return {
    forceId: `force-${i}`,
    force: `Force ${i} ${'x'.repeat(300)}`,
    period: { from: '2020-04', to: '2021-03' },
    periodLabel: 'April 2020 – March 2021',
    metricId: 'discharges',
    metric: 'discharges',
    value: 50 + i,
    base: { metricId: 'incidents', metric: 'incidents', value: 400 },
    rate: 0.125,
    arithmetic: `${50 + i} of 400 incidents = 12.5% ${'y'.repeat(1100)}`,
    citation: 1,
  };
}

function citation(n: number): Citation {
  return {
    n,
    sourceId: `s${n}`,
    title: `Report ${n} ${'t'.repeat(400)}`,
    publisher: 'Board',
    date: '2021',
    snippet: 'z '.repeat(2000),
  };
}

function buttons(rendered: RenderedAnswer): APIButtonComponent[] {
  return rendered.components.flatMap((row) => row.components);
}

function expectWithinLimits(rendered: RenderedAnswer) {
  for (const embed of rendered.embeds) {
    expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.description);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.fields);
    for (const f of embed.fields ?? []) {
      expect(f.name.length).toBeGreaterThan(0);
      expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
      expect(f.value.length).toBeGreaterThan(0);
      expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    }
  }
  expect(rendered.components.length).toBeLessThanOrEqual(LIMITS.rows);
  for (const row of rendered.components) expect(row.components.length).toBeLessThanOrEqual(LIMITS.buttonsPerRow);
  for (const b of buttons(rendered)) {
    expect('label' in b && b.label ? b.label.length : 0).toBeLessThanOrEqual(LIMITS.buttonLabel);
    expect('custom_id' in b ? b.custom_id.length : 0).toBeLessThanOrEqual(100);
  }
}

describe('renderAnswer', () => {
  it('GIVEN two notes of one source cited [1] and [2] THEN one source field, and the text and figures say [1]', () => {
    const manual = answer().citations[0]!;
    const rendered = renderAnswer(
      answer({
        text: 'Carried in a holster. [1] Drawn with the other hand. [2]',
        citations: [
          { ...manual, n: 1, snippet: 'Carried in a holster.' },
          { ...manual, n: 2, snippet: 'Officers train for three days.' },
        ],
        figures: [{ ...figure(1), force: 'Kent Police', arithmetic: undefined, citation: 2 }],
      }),
      { shareable: false },
    );
    const embed = rendered.embeds[0]!;
    expect(embed.description).toBe('Carried in a holster. [1] Drawn with the other hand. [1]');
    expect(embed.fields).toEqual([
      { name: 'Kent Police — April 2020 – March 2021', value: expect.stringMatching(/ \[1\]$/) as unknown },
      {
        name: 'Source [1]',
        value:
          '[Device Manual](https://example.org/manual) — Example Police, 2024-05-01\n> Officers train for three days.',
      },
    ]);
  });

  it('GIVEN an answer THEN the text is the description and each citation a numbered field with a linked title', () => {
    const rendered = renderAnswer(answer(), { shareable: false });
    expect(rendered.embeds[0]!.description).toBe('The device is carried in a holster.');
    expect(rendered.embeds[0]!.fields).toEqual([
      {
        name: 'Source [1]',
        value: '[Device Manual](https://example.org/manual) — Example Police, 2024-05-01\n> carried in a holster',
      },
    ]);
  });

  it('GIVEN a citation without a URL THEN its title is plain text', () => {
    const c = { ...answer().citations[0]!, url: undefined, reviewDue: true };
    const rendered = renderAnswer(answer({ citations: [c] }), { shareable: false });
    expect(rendered.embeds[0]!.fields).toEqual([
      { name: 'Source [1] (review due)', value: 'Device Manual — Example Police, 2024-05-01\n> carried in a holster' },
    ]);
  });

  it('GIVEN figures and text bars THEN figures are fields with the arithmetic, and the bars are not repeated', () => {
    const f: Figure = {
      forceId: 'n',
      force: 'Northshire Police',
      period: { from: '2020-04', to: '2021-03' },
      periodLabel: 'April 2020 – March 2021',
      metricId: 'discharges',
      metric: 'discharges',
      value: 50,
      base: { metricId: 'incidents', metric: 'incidents', value: 400 },
      rate: 0.125,
      arithmetic: '50 of 400 incidents = 12.5%',
      citation: 1,
    };
    const rendered = renderAnswer(answer({ text: 'Figures:', figures: [f], chart: ['A ███ 50', 'B █ 10'] }), {
      shareable: false,
    });
    const embed = rendered.embeds[0]!;
    expect(embed.description).toBe('Figures:');
    expect(embed.fields![0]).toEqual({
      name: 'Northshire Police — April 2020 – March 2021',
      value: 'discharges 50 (50 of 400 incidents = 12.5%) [1]',
    });
    expect(embed.image).toBeUndefined();
  });

  it('GIVEN a chart attached THEN the embed shows it, and only figures it cannot draw stay fields', () => {
    const drawn: Figure = { ...figure(1), force: 'Northshire Police', arithmetic: '51 of 400 incidents = 12.8%' };
    const missing: Figure = { ...drawn, force: 'Westmarch Constabulary', value: null, arithmetic: undefined };
    const rendered = renderAnswer(answer({ text: 'Highest discharges:', figures: [drawn, missing] }), {
      shareable: false,
      chart: { file: 'chart.png', drawn: (f) => f.value !== null },
    });
    const embed = rendered.embeds[0]!;
    expect(embed.image).toEqual({ url: 'attachment://chart.png' });
    expect(embed.fields!.map((f) => f.name)).toEqual([
      'Westmarch Constabulary — April 2020 – March 2021',
      'Source [1]',
    ]);
    expect(JSON.stringify(embed)).not.toContain('51 of 400');
  });

  it('GIVEN the answer already says the quote THEN its source field recalls only the opening words', () => {
    const said = 'The device is carried in a holster on the side opposite the baton, never in a pocket.';
    const c = { ...answer().citations[0]!, snippet: said };
    const rendered = renderAnswer(answer({ text: `${said} [1]`, citations: [c] }), { shareable: false });
    expect(rendered.embeds[0]!.fields![0]!.value).toBe(
      '[Device Manual](https://example.org/manual) — Example Police, 2024-05-01\n> The device is carried in a holster on the side opposite…',
    );
  });

  it('GIVEN an answer with related questions THEN at most three are buttons under the feedback row', () => {
    const suggestions = ['Who removes the barbs?', 'q2', 'q3', 'q4'];
    const rendered = renderAnswer(answer({ suggestions }), { shareable: false });
    expect(rendered.components).toHaveLength(2);
    expect(rendered.components[1]!.components.map((b) => ('label' in b ? b.label : ''))).toEqual(
      suggestions.slice(0, 3),
    );
  });

  it('GIVEN notices and markdown in the knowledge THEN notices follow the text and markdown shows as written', () => {
    const rendered = renderAnswer(
      answer({ text: 'Use *only* the **holster**.', notices: ['Note is due for review.'] }),
      {
        shareable: false,
      },
    );
    expect(rendered.embeds[0]!.description).toBe(
      'Use \\*only\\* the \\*\\*holster\\*\\*.\n\n⚠️ Note is due for review.',
    );
  });

  it('GIVEN the question as understood THEN it is the title, defused and escaped like the text', () => {
    const rendered = renderAnswer(answer({ understood: '@here how do I use *it*?' }), { shareable: false });
    expect(rendered.embeds[0]!.title).toBe('@\u200bhere how do I use \\*it\\*?');
  });

  it('GIVEN links and quote markers in the text THEN links stay clickable and line markup is shown literally', () => {
    const text = 'See https://example.org/a_b*c for more.\n> not a quote\n# not a heading';
    const rendered = renderAnswer(answer({ text }), { shareable: false });
    expect(rendered.embeds[0]!.description).toBe(
      'See https://example.org/a_b*c for more.\n\\> not a quote\n\\# not a heading',
    );
  });

  it('GIVEN an ephemeral answer THEN it has 👍, 👎 and "Post publicly" buttons that carry the answer id', () => {
    const rendered = renderAnswer(answer(), { shareable: true });
    expect(buttons(rendered).map((b) => ('label' in b ? b.label : undefined))).toEqual([
      'Helpful',
      'Not helpful',
      'Post publicly',
    ]);
    expect(buttons(rendered).map((b) => decodeButton('custom_id' in b ? b.custom_id : ''))).toEqual([
      { kind: 'feedback', vote: 'up', answerId: 'a1' },
      { kind: 'feedback', vote: 'down', answerId: 'a1' },
      { kind: 'publish', answerId: 'a1' },
    ]);
  });

  it('GIVEN no answer THEN each suggestion is a button that asks it, at most three', () => {
    const suggestions = [
      'Where do I holster the device?',
      'Who removes the barbs?',
      'q3',
      'q4',
      'q5',
      'q6',
      `long ${'w'.repeat(200)}`,
    ];
    const rendered = renderAnswer(answer({ status: 'no_answer', text: 'No answer.', citations: [], suggestions }), {
      shareable: false,
    });
    expect(rendered.components).toHaveLength(2);
    const row = rendered.components[1]!.components;
    expect(row.map((b) => ('label' in b ? b.label : ''))).toEqual(suggestions.slice(0, 3));
    expect(row.map((b) => decodeButton('custom_id' in b ? b.custom_id : ''))).toEqual(
      [0, 1, 2].map((index) => ({ kind: 'suggestion', answerId: 'a1', index })),
    );
  });

  it('GIVEN an oversized answer THEN every limit holds, the text is cut with "…" and dropped items are counted', () => {
    const huge = answer({
      text: 'word '.repeat(3000),
      figures: Array.from({ length: 40 }, (_, i) => figure(i)),
      citations: Array.from({ length: 30 }, (_, i) => citation(i + 1)),
      chart: Array.from({ length: 200 }, (_, i) => `line ${i} ${'█'.repeat(50)}`),
      notices: Array.from({ length: 50 }, (_, i) => `notice ${i} ${'n'.repeat(100)}`),
      suggestions: Array.from({ length: 10 }, (_, i) => `suggestion ${i} ${'s'.repeat(200)}`),
      status: 'no_answer',
      understood: 'u'.repeat(5000),
      id: 'id-'.repeat(20),
    });
    const rendered = renderAnswer(huge, { shareable: true });
    expectWithinLimits(rendered);
    const embed = rendered.embeds[0]!;
    expect(embed.description).toMatch(/^word word .*…/s);
    const names = embed.fields!.map((f) => f.name);
    expect(names).toContain('More sources');
    expect(embed.fields!.find((f) => f.name === 'More sources')!.value).toMatch(/^\d+ more not shown here\.$/);
  });

  it('GIVEN an answer id too long for a custom id THEN the buttons are left out rather than rejected by Discord', () => {
    const rendered = renderAnswer(answer({ id: 'x'.repeat(120) }), { shareable: true });
    expect(rendered.components).toEqual([]);
  });
});
