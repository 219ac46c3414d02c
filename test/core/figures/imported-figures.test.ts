// Specification of figures across many forces and years, on the bundled knowledge with the
// imported Home Office tables (values checked by hand against the spreadsheets).
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeAssistant } from '../../../src/core/create-assistant.js';
import { makeAssistant } from '../../helpers/assistant.js';
import { answerText } from '../../../src/core/answer/present.js';

let assistant: KnowledgeAssistant;
beforeAll(async () => {
  assistant = await makeAssistant('knowledge');
});

describe('GIVEN the imported Home Office figures', () => {
  it('THEN "total" with a force whose name holds a region\'s ("South Wales") gives that force, not the region', async () => {
    const answer = await assistant.answer('total taser discharges south wales 2018/19');
    expect(answerText(answer).split('\n')[0]).toBe(
      'South Wales Police, April 2018 – March 2019: discharges 55 (55 of 467 incidents = 11.8%) — Home Office, December 2019 [1]',
    );
    const region = await assistant.answer('total taser discharges wales 2018/19');
    expect(answerText(region).split('\n')[0]).toBe(
      'Wales, April 2018 – March 2019: discharges 105 (105 of 989 incidents = 10.6%) — Home Office, December 2019 [1]',
    );
  });

  it('THEN one force and year is answered with its own source', async () => {
    const answer = await assistant.answer('how many times was Taser fired in Kent in 2018/19?');
    // "fired" names both the probes-fired count and all discharges: each is shown under its own name.
    expect(answerText(answer).split('\n')).toEqual([
      'Kent Police, April 2018 – March 2019: fired 71 (71 of 588 incidents = 12.1%) — Home Office, December 2019 [1]',
      'Kent Police, April 2018 – March 2019: discharges 71 (71 of 588 incidents = 12.1%) — Home Office, December 2019 [1]',
    ]);
    expect(answer.citations[0]).toMatchObject({
      publisher: 'Home Office',
      title: 'Police use of force statistics, England and Wales: April 2018 to March 2019: data tables',
    });
  });

  it.each(['top 3 forces by discharges in 2018/19', 'which 3 forces had the most discharges in 18/19'])(
    'THEN a ranking ("%s") names the top forces for the period asked, with bars',
    async (question) => {
      const answer = await assistant.answer(question);
      expect(answerText(answer).split('\n')).toEqual([
        'Highest discharges, April 2018 – March 2019 (3 of 43 forces with figures) — Home Office, December 2019:',
        '1. Metropolitan Police Service: 704 [1]',
        '2. Greater Manchester Police: 242 [1]',
        '3. West Midlands Police: 112 [1]',
      ]);
      expect(answer.chart).toHaveLength(3);
    },
  );

  it.each([
    [
      'how many times did Kent police fire a Taser on children in 2018/19',
      'These figures are not broken down by "children": they are the whole count.',
    ],
    ['kent discharges in Canterbury 2018/19', `I have no figures for "Canterbury": these are Kent Police's.`],
    ['compare Kent and Gotham discharges in 2018/19', `I have no figures for "Gotham": these are Kent Police's.`],
  ])('THEN "%s" gets the whole count of the force it knows, saying what it is not', async (question, notice) => {
    const answer = await assistant.answer(question);
    expect(answerText(answer)).toMatch(/^Kent Police, April 2018 – March 2019: (fired|discharges) 71 /);
    expect(answer.notices[0]).toBe(notice);
  });

  it('THEN a word the knowledge uses for what is counted ("the device") adds no such notice', async () => {
    const answer = await assistant.answer('how many times was the device fired in Kent in 2018/19');
    expect(answer.notices.some((n) => n.includes('not broken down'))).toBe(false);
  });

  it.each(['99999', '0000/01', '31/02/2023'])(
    'THEN a period it cannot read ("%s") is refused by name, never answered with another period',
    async (period) => {
      const answer = await assistant.answer(`how many times was taser fired in kent in ${period}`);
      expect(answer.status).toBe('no_answer');
      expect(answerText(answer)).toMatch(
        new RegExp(`^I can't tell which period "${period}" is\\. I have figures for 43 forces`),
      );
      expect(answer.figures).toEqual([]);
    },
  );

  it('THEN a measure a force has for other years only is refused for the year asked, saying which years have it', async () => {
    const answer = await assistant.answer('how many times was Taser red-dotted in Hampshire in 2021/22');
    expect(answer.status).toBe('no_answer');
    expect(answerText(answer)).toBe(
      'I have no figures on red-dotted for Hampshire and Isle of Wight Constabulary for April 2021 – March 2022. For that period I have: incidents involving a Taser, discharges. I have red-dotted for Hampshire and Isle of Wight Constabulary for April 2017 – March 2018 and April 2018 – March 2019.',
    );
  });

  it('THEN a force name written with a look-alike letter of another alphabet is refused, saying so', async () => {
    const answer = await assistant.answer('how many tasers did \u041aent police fire in 2018/19');
    expect(answerText(answer)).toMatch(/^I have no figures for "\u041aent" \(written with Cyrillic letters\)\./);
  });

  it('THEN "top 0" ranks as if no count were given, never an empty list', async () => {
    const answer = await assistant.answer('top 0 forces by discharges in 2018/19');
    const lines = answerText(answer).split('\n');
    expect(lines[0]).toMatch(/^Highest discharges, April 2018 – March 2019 \(\d+ of 43 forces with figures\)/);
    expect(lines[1]).toBe('1. Metropolitan Police Service: 704 [1]');
  });

  it('THEN a force is found by the short name officers write ("west mids")', async () => {
    const answer = await assistant.answer('west mids red dot 18/19');
    expect(answerText(answer).split('\n')[0]).toBe(
      'West Midlands Police, April 2018 – March 2019: red-dotted 381 (381 of 706 incidents = 54.0%) — Home Office, December 2019 [1]',
    );
  });

  it('THEN a rate ranking sorts by the share, showing the arithmetic', async () => {
    const answer = await assistant.answer('which forces had the highest rate of discharges in 2018-19? top 2');
    expect(answerText(answer).split('\n').slice(1)).toEqual([
      '1. Northumbria Police: 24.8% (60 of 242 incidents = 24.8%) [1]',
      '2. Gloucestershire Constabulary: 22.6% (31 of 137 incidents = 22.6%) [1]',
    ]);
  });

  it('THEN a trend across publications shows every period, the change, and a caveat', async () => {
    const answer = await assistant.answer("how has Thames Valley's use changed year on year?");
    expect(answerText(answer).split('\n')).toEqual([
      // What changed first, then the figure lines; 2017/18 as the 2018/19 tables restate it (the
      // latest revision, unchanged for Thames Valley).
      'Incidents involving a Taser rose from 519 in April 2017 – March 2018 to 778 in April 2018 – March 2019: +259 (+49.9%).',
      'Incidents involving a Taser rose from 778 in April 2018 – March 2019 to 964 in April 2021 – March 2022: +186 (+23.9%).',
      'Thames Valley Police, April 2017 – March 2018: incidents involving a Taser 519 — Home Office, December 2019 [1]',
      'Thames Valley Police, April 2018 – March 2019: incidents involving a Taser 778 — Home Office, December 2019 [1]',
      'Thames Valley Police, April 2021 – March 2022: incidents involving a Taser 964 — ITV News Meridian, April 2023 [2]',
    ]);
    expect(answer.notices).toEqual([
      'These figures come from different publications, whose definitions and counting rules may differ: compare them with care.',
    ]);
    expect(answer.citations.map((c) => c.publisher)).toEqual(['Home Office', 'ITV News Meridian']);
    // Citations in the source's words: the table row and column used, and the news report's sentences.
    expect(answer.citations.map((c) => c.snippet)).toEqual([
      'Table 13, row for Thames Valley: incidents involving a Taser',
      'During the same time frame, there were 964 incidents in the Thames Valley Police area. The device was fired in 160 of these cases.',
    ]);
  });

  it('THEN a type of use is answered from its own metric', async () => {
    const answer = await assistant.answer('red-dot use in the Met in 2017-18');
    expect(answer.figures.find((f) => f.metricId === 'red-dot')).toMatchObject({
      force: 'Metropolitan Police Service',
      periodLabel: 'April 2017 – March 2018',
    });
  });

  it('THEN a period the knowledge lacks says exactly what it has, and suggests answerable questions', async () => {
    const answer = await assistant.answer('Kent 2021-22 taser figures');
    expect(answer.status).toBe('no_answer');
    expect(answerText(answer)).toBe(
      'I have no figures for Kent Police for April 2021 – March 2022: no figures for that period. I have figures for Kent Police for April 2017 – March 2018 and April 2018 – March 2019.',
    );
    expect(answer.suggestions).toEqual(['Kent Police figures 2018-19', 'Kent Police figures 2017-18']);
    const followed = await assistant.answer(answer.suggestions[0]!);
    expect(followed.status).toBe('answered');
    expect(answerText(followed).split('\n')[0]).toBe(
      'Kent Police, April 2018 – March 2019: incidents involving a Taser 588 — Home Office, December 2019 [1]',
    );
  });

  it('THEN the seed figures and the imported figures each cite their own source', async () => {
    const seed = await assistant.answer('Taser discharges in Thames Valley 2021-22');
    const imported = await assistant.answer('Taser discharges in Thames Valley 2017-18');
    expect(seed.citations.map((c) => c.publisher)).toEqual(['ITV News Meridian']);
    expect(answerText(seed)).toContain('160 of 964 incidents = 16.6%');
    expect(imported.citations.map((c) => c.publisher)).toEqual(['Home Office']);
    expect(imported.figures.map((f) => [f.metricId, f.value])).toEqual([['discharges', 62]]);
  });
});
