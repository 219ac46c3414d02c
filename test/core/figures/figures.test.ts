// Specification of figures answers: exact numbers from the statistics, the arithmetic behind
// rates, comparisons, rankings and trends, and an exact account of what is missing.
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeAssistant } from '../../../src/core/create-assistant.js';
import { fixturePack, makeAssistant } from '../../helpers/assistant.js';
import { answerText } from '../../../src/core/answer/present.js';

let assistant: KnowledgeAssistant;
beforeAll(async () => {
  assistant = await makeAssistant();
});

describe('GIVEN a long metric word typed with one letter wrong', () => {
  it('THEN "northshire dischages" is read as discharges', async () => {
    const answer = await assistant.answer('northshire dischages');
    expect(answerText(answer)).toBe(
      'Northshire Police, April 2020 – March 2021: discharges 50 (50 of 400 incidents = 12.5%) — Midland Region Oversight Board, September 2021 [1]',
    );
  });
});

describe('GIVEN a question naming a force and a metric', () => {
  it('THEN it answers with the latest figure, the rate and its arithmetic, citing the source', async () => {
    const answer = await assistant.answer('how many times was the device fired in Northshire?');
    expect(answer.status).toBe('answered');
    expect(answerText(answer)).toBe(
      'Northshire Police, April 2020 – March 2021: discharges 50 (50 of 400 incidents = 12.5%) — Midland Region Oversight Board, September 2021 [1]',
    );
    expect(answer.figures).toEqual([
      expect.objectContaining({
        forceId: 'northshire',
        metricId: 'discharges',
        value: 50,
        rate: 0.125,
        arithmetic: '50 of 400 incidents = 12.5%',
        citation: 1,
      }),
    ]);
    expect(answer.citations).toEqual([
      expect.objectContaining({
        n: 1,
        sourceId: 'annual-report',
        title: 'Regional Use of Force Annual Report',
        statisticIds: ['northshire-2020-21'],
      }),
    ]);
    expect(answer.notices).toEqual([
      'I also have figures for Northshire Police for April 2019 – March 2020; ask for the trend to see them together.',
    ]);
  });

  it('THEN an alias and a named period select that period', async () => {
    const answer = await assistant.answer('NSP discharges 2019-20');
    expect(answerText(answer)).toBe(
      'Northshire Police, April 2019 – March 2020: discharges 45 (45 of 380 incidents = 11.8%) — Midland Region Oversight Board, September 2021 [1]',
    );
  });

  it('THEN a financial year typed short ("19/20") selects that year, not the latest', async () => {
    const answer = await assistant.answer('how many times did northshire fire taser in 19/20');
    expect(answerText(answer)).toBe(
      'Northshire Police, April 2019 – March 2020: discharges 45 (45 of 380 incidents = 11.8%) — Midland Region Oversight Board, September 2021 [1]',
    );
  });

  it('THEN a figure the source did not publish is shown as missing, never as zero', async () => {
    const answer = await assistant.answer('Westmarch discharges');
    expect(answer.figures[0]?.value).toBeNull();
    expect(answerText(answer)).toBe(
      'Westmarch Constabulary, April 2020 – March 2021: discharges no figure published (Westmarch did not report discharges for 2020-21.) — Midland Region Oversight Board, September 2021 [1]',
    );
  });
});

describe('GIVEN a question the figures cannot answer', () => {
  it('THEN an unknown force gets no_answer saying what the knowledge has', async () => {
    const answer = await assistant.answer('Essex figures');
    expect(answer.status).toBe('no_answer');
    expect(answerText(answer)).toBe(
      'I have no figures for "Essex". I have figures for Northshire Police and Westmarch Constabulary, for April 2019 – March 2020 and April 2020 – March 2021.',
    );
    expect(answer.figures).toEqual([]);
  });

  it('THEN an unknown place after "in" is named, but an everyday word there ("someones house") is no place', async () => {
    expect(answerText(await assistant.answer('how many discharges in gotham'))).toMatch(
      /^I have no figures for "gotham"\. I have figures for Northshire Police and Westmarch Constabulary/,
    );
    const policy = await assistant.answer('how many discharges in someones house');
    expect(policy.refusal).toBe('not_in_knowledge');
    expect(answerText(policy)).not.toContain('someones');
  });

  it("THEN a period the knowledge lacks is never answered with another period's number", async () => {
    const answer = await assistant.answer('discharges in Northshire in 2015');
    expect(answer.status).toBe('no_answer');
    expect(answerText(answer)).toBe(
      'I have no figures for Northshire Police for 2015: no figures for that period. I have figures for Northshire Police for April 2019 – March 2020 and April 2020 – March 2021.',
    );
  });

  it('THEN a month asked on its own is not answered with the year it falls in', async () => {
    const answer = await assistant.answer('discharges in Northshire in Dec 2020');
    expect(answer.status).toBe('no_answer');
    expect(answerText(answer)).toBe(
      'I have no figures for Northshire Police for December 2020: no figures for that period. I have figures for Northshire Police for April 2019 – March 2020 and April 2020 – March 2021.',
    );
    const range = await assistant.answer('discharges in Northshire from April 2020 to March 2021');
    expect(answerText(range)).toContain('Northshire Police, April 2020 – March 2021: discharges 50');
  });
});

describe('GIVEN comparisons, rankings and trends', () => {
  it('THEN two forces are compared on the same period', async () => {
    const answer = await assistant.answer('Northshire vs Westmarch incidents');
    expect(answerText(answer).split('\n')).toEqual([
      'Northshire Police had more incidents involving a device in April 2020 – March 2021: 400, against Westmarch Constabulary (250).',
      'Northshire Police, April 2020 – March 2021: incidents involving a device 400 — Midland Region Oversight Board, September 2021 [1]',
      'Westmarch Constabulary, April 2020 – March 2021: incidents involving a device 250 — Midland Region Oversight Board, September 2021 [1]',
    ]);
    expect(answer.chart).toHaveLength(2);
  });

  it('THEN "which force … most" ranks the forces, with a bar chart', async () => {
    const answer = await assistant.answer('which force used the device most?');
    expect(answerText(answer).split('\n')).toEqual([
      'Highest incidents involving a device, April 2020 – March 2021 (2 of 2 forces with figures) — Midland Region Oversight Board, September 2021:',
      '1. Northshire Police: 400 [1]',
      '2. Westmarch Constabulary: 250 [1]',
    ]);
    expect(answer.chart?.[0]).toMatch(/^Northshire Police\s+█+ 400$/);
  });

  it.each(['how have Northshire discharges changed over time', 'have northshire discharges gone up'])(
    'THEN a force\'s trend ("%s") shows each period and the change',
    async (question) => {
      const answer = await assistant.answer(question);
      // What changed comes first, then the figure lines (built from answer.figures).
      expect(answerText(answer).split('\n')).toEqual([
        'Discharges rose from 45 in April 2019 – March 2020 to 50 in April 2020 – March 2021: +5 (+11.1%).',
        'Northshire Police, April 2019 – March 2020: discharges 45 (45 of 380 incidents = 11.8%) — Midland Region Oversight Board, September 2021 [1]',
        'Northshire Police, April 2020 – March 2021: discharges 50 (50 of 400 incidents = 12.5%) — Midland Region Oversight Board, September 2021 [1]',
      ]);
    },
  );
});

describe('GIVEN a follow-up in the same conversation', () => {
  it('THEN "and <force>?" repeats the question for the other force', async () => {
    await assistant.answer('Northshire incidents', { conversationId: 'thread-1' });
    const followUp = await assistant.answer('and Westmarch?', { conversationId: 'thread-1' });
    expect(followUp.understood).toBe('incidents Westmarch Constabulary');
    expect(answerText(followUp)).toBe(
      'Westmarch Constabulary, April 2020 – March 2021: incidents involving a device 250 — Midland Region Oversight Board, September 2021 [1]',
    );
  });

  it('THEN "and <a place it lacks>?" says so, and the next follow-up still follows the first question', async () => {
    await assistant.answer('Northshire incidents', { conversationId: 'thread-3' });
    const gotham = await assistant.answer('and Gotham?', { conversationId: 'thread-3' });
    expect(answerText(gotham)).toMatch(/^I have no figures for "Gotham"\./);
    const next = await assistant.answer('and Westmarch?', { conversationId: 'thread-3' });
    expect(next.understood).toBe('incidents Westmarch Constabulary');
    expect(answerText(next)).toMatch(
      /^Westmarch Constabulary, April 2020 – March 2021: incidents involving a device 250/,
    );
  });

  it('THEN another conversation is not affected', async () => {
    const answer = await assistant.answer('and Westmarch?', { conversationId: 'thread-2' });
    expect(answer.understood).toBe('and Westmarch?');
  });

  it('THEN the figures() entry point answers for a force chosen from a list', async () => {
    const answer = await assistant.figures('westmarch', 'incidents');
    expect(answerText(answer)).toBe(
      'Westmarch Constabulary, April 2020 – March 2021: incidents involving a device 250 — Midland Region Oversight Board, September 2021 [1]',
    );
  });
});

describe('GIVEN a force named by the start of its official name', () => {
  it('THEN the leading word that names no other force finds it, and a bare name shows its figures', async () => {
    const answer = await assistant.answer('Westmarch');
    expect(answer.status).toBe('answered');
    expect(answer.figures.map((f) => [f.forceId, f.metricId, f.value])).toEqual([
      ['westmarch', 'incidents', 250],
      ['westmarch', 'discharges', null],
    ]);
  });
});

describe('GIVEN a count of retired dogs for a force, and a note saying why they were retired', () => {
  const reasons = makeAssistant(fixturePack('reasons'));

  it('THEN "how many…" is answered with the count', async () => {
    const answer = await (await reasons).answer('how many dogs retired in fjord police');
    expect(answerText(answer)).toBe(
      'Fjord Police, January 2013 – March 2014: dogs retired 17 — Fjord Police dog unit FOI answer [1]',
    );
  });

  it('THEN "why…" is answered from the note, since no count gives a reason', async () => {
    const answer = await (await reasons).answer('why were fjord police dogs retired');
    expect(answerText(answer)).toBe(
      'All seventeen of the Fjord Police dogs retired in that period were retired due to age. [1]',
    );
  });
});
