// The terminal renderer: each thing said once — the answer, one line per figure, numbered sources
// with the quote once, at most three related questions — and colour only when asked for.
import { WriteStream } from 'node:tty';
import { describe, expect, it } from 'vitest';
import { renderAnswer, terminalStyle, wantsColour } from '../../../src/adapters/cli/render.js';
import type { Answer, Figure } from '../../../src/core/types.js';

const HOLSTER = "The device is carried in a holster on the side opposite the officer's baton.";

function answer(overrides: Partial<Answer> = {}): Answer {
  return {
    id: 'a1',
    status: 'answered',
    text: `${HOLSTER} [1]`,
    citations: [
      {
        n: 1,
        sourceId: 'manual',
        title: 'Device Manual',
        publisher: 'Example Police',
        date: '2024-05-01',
        url: 'https://example.org/manual',
        snippet: HOLSTER,
      },
    ],
    figures: [],
    suggestions: ['Who removes the barbs?', 'How often do I recertify?', 'What aftercare is needed?', 'A fourth?'],
    notices: [],
    ...overrides,
  };
}

function figure(force: string, value: number): Figure {
  return {
    forceId: force.toLowerCase(),
    force,
    period: { from: '2020-04', to: '2021-03' },
    periodLabel: 'April 2020 – March 2021',
    metricId: 'discharges',
    metric: 'discharges',
    value,
    citation: 1,
  };
}

describe('GIVEN an answer for the terminal', () => {
  it('WHEN it cites two notes of one source THEN one source entry, one marker, and each unsaid quote once', () => {
    const manual = answer().citations[0]!;
    const printed = renderAnswer(
      answer({
        text: `${HOLSTER} [1] Officers are trained. [2]`,
        citations: [
          { ...manual, n: 1 },
          { ...manual, n: 2, snippet: 'Training lasts three days.' },
        ],
        suggestions: [],
      }),
    );
    expect(printed).toBe(
      [
        `${HOLSTER} [1] Officers are trained. [1]`,
        '',
        'Sources',
        '  [1] Device Manual — Example Police, 2024-05-01 <https://example.org/manual>',
        '      “Training lasts three days.”',
      ].join('\n'),
    );
  });

  it('WHEN its text already says the quote THEN the source recalls only its opening words', () => {
    expect(renderAnswer(answer())).toBe(
      [
        `${HOLSTER} [1]`,
        '',
        'Sources',
        '  [1] Device Manual — Example Police, 2024-05-01 <https://example.org/manual>',
        '      “The device is carried in a holster on the side opposite…”',
        '',
        'Related',
        '  • Who removes the barbs?',
        '  • How often do I recertify?',
        '  • What aftercare is needed?',
      ].join('\n'),
    );
  });

  it('WHEN the recalled words end a sentence THEN the ellipsis is not doubled with its full stop', () => {
    const said = 'Around 300 officers across the county are Taser trained. But Hampshire say more.';
    const c = { ...answer().citations[0]!, snippet: said };
    expect(renderAnswer(answer({ text: `${said} [1]`, citations: [c] }))).toContain(
      '      “Around 300 officers across the county are Taser trained…”',
    );
  });

  it('WHEN the quote is not in the text THEN it is shown in full, once', () => {
    const printed = renderAnswer(answer({ text: 'Carry it on the weak side. [1]' }));
    expect(printed).toContain(`      “${HOLSTER}”`);
    expect(printed.split(HOLSTER)).toHaveLength(2);
  });

  it('WHEN a ranking cites one table row per figure THEN each figure is one line and the source one entry', () => {
    const printed = renderAnswer(
      answer({
        text: 'Highest discharges, April 2020 – March 2021:',
        figures: [figure('Northshire Police', 50), figure('Westmarch Constabulary', 40)],
        figureLayout: { kind: 'ranking', by: 'count' },
        chart: ['Northshire Police      ██████ 50', 'Westmarch Constabulary ████ 40'],
        citations: [
          {
            n: 1,
            sourceId: 'report',
            title: 'Annual Report',
            snippet: 'Table 3, row for Northshire: discharges\nTable 3, row for Westmarch: discharges',
            reference: true,
          },
        ],
        suggestions: [],
      }),
    );
    expect(printed).toBe(
      [
        'Highest discharges, April 2020 – March 2021:',
        '1. Northshire Police: 50 [1]',
        '2. Westmarch Constabulary: 40 [1]',
        '',
        'Sources',
        '  [1] Annual Report',
        '      Table 3, row for Northshire: discharges (and 1 more row)',
      ].join('\n'),
    );
  });

  it('WHEN the source only lists the figures shown THEN the source has no second copy of them', () => {
    const printed = renderAnswer(
      answer({
        text: 'Northshire Police had more discharges.',
        figures: [figure('Northshire Police', 50), figure('Westmarch Constabulary', 40)],
        citations: [
          {
            n: 1,
            sourceId: 'report',
            title: 'Annual Report',
            snippet:
              'Northshire Police, April 2020 – March 2021: discharges 50\nWestmarch Constabulary, April 2020 – March 2021: discharges 40',
            reference: true,
          },
        ],
        suggestions: [],
      }),
    );
    expect(printed.match(/discharges 50/g)).toHaveLength(1);
    expect(printed.endsWith('Sources\n  [1] Annual Report')).toBe(true);
  });

  it('WHEN it is a refusal THEN its own words are the one heading over at most three questions', () => {
    const printed = renderAnswer(
      answer({
        status: 'no_answer',
        text: "I can't find that in my knowledge. The nearest topics I know about:",
        citations: [],
      }),
    );
    expect(printed).toBe(
      [
        "I can't find that in my knowledge. The nearest topics I know about:",
        '',
        '  • Who removes the barbs?',
        '  • How often do I recertify?',
        '  • What aftercare is needed?',
      ].join('\n'),
    );
  });

  it('WHEN colour is asked for THEN headings and numbers are styled; without it no escape code is printed', () => {
    expect(renderAnswer(answer(), terminalStyle(true))).toContain('\x1b[1mSources\x1b[22m');
    expect(renderAnswer(answer(), terminalStyle(true))).toContain('\x1b[36m[1]\x1b[39m');
    expect(renderAnswer(answer(), terminalStyle(false))).not.toContain('\x1b[');
  });
});

/** A terminal as Node's own tty.WriteStream judges it under `env`. */
function terminal(env: NodeJS.ProcessEnv) {
  return { isTTY: true, hasColors: () => WriteStream.prototype.hasColors(16, env) };
}

describe('GIVEN where the terminal output goes', () => {
  it('WHEN it is a colour terminal THEN colour is used', () => {
    expect(wantsColour(terminal({ TERM: 'xterm-256color' }))).toBe(true);
  });

  it('WHEN NO_COLOR is set or TERM is dumb THEN none is used', () => {
    expect(wantsColour(terminal({ TERM: 'xterm-256color', NO_COLOR: '1' }))).toBe(false);
    expect(wantsColour(terminal({ TERM: 'dumb' }))).toBe(false);
  });

  it('WHEN it is piped (not a TTY) THEN none is used', () => {
    expect(wantsColour({ isTTY: false })).toBe(false);
    expect(wantsColour({})).toBe(false);
  });
});
