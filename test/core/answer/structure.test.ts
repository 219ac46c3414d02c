// Specification of the structure the core hands every renderer: figures only in `figures`,
// a refusal reason code, the `rewritten` flag of follow-ups (per asker), and echoed user words.
import { beforeAll, describe, expect, it } from 'vitest';
import { answerText, figureLines } from '../../../src/core/answer/present.js';
import type { KnowledgeAssistant } from '../../../src/core/create-assistant.js';
import { makeAssistant } from '../../helpers/assistant.js';

let assistant: KnowledgeAssistant;
beforeAll(async () => {
  assistant = await makeAssistant(undefined, { rateLimitPerMinute: 100 });
});

describe('GIVEN a figures answer', () => {
  it('THEN its text holds no figure line: the lines are built from `figures`', async () => {
    const answer = await assistant.answer('Northshire vs Westmarch incidents');
    expect(answer.text).toBe(
      'Northshire Police had more incidents involving a device in April 2020 – March 2021: 400, against Westmarch Constabulary (250).',
    );
    expect(answer.figureLayout).toBeUndefined();
    expect(figureLines(answer)).toEqual([
      'Northshire Police, April 2020 – March 2021: incidents involving a device 400 — Midland Region Oversight Board, September 2021 [1]',
      'Westmarch Constabulary, April 2020 – March 2021: incidents involving a device 250 — Midland Region Oversight Board, September 2021 [1]',
    ]);
  });

  it('THEN a ranking says so, and its lines are numbered in order', async () => {
    const answer = await assistant.answer('which force used the device most?');
    expect(answer.text).toBe(
      'Highest incidents involving a device, April 2020 – March 2021 (2 of 2 forces with figures) — Midland Region Oversight Board, September 2021:',
    );
    expect(answer.figureLayout).toEqual({ kind: 'ranking', by: 'count' });
    expect(figureLines(answer)).toEqual(['1. Northshire Police: 400 [1]', '2. Westmarch Constabulary: 250 [1]']);
  });

  it('THEN a single force has no sentence at all, and the plain text is its lines', async () => {
    const answer = await assistant.answer('Northshire discharges');
    expect(answer.text).toBe('');
    expect(answerText(answer)).toBe(
      'Northshire Police, April 2020 – March 2021: discharges 50 (50 of 400 incidents = 12.5%) — Midland Region Oversight Board, September 2021 [1]',
    );
  });
});

describe('GIVEN answers the bot declines', () => {
  it('THEN each carries the reason as a code, and answered ones carry none', async () => {
    const cases: [string, string | undefined][] = [
      ['', 'empty_question'],
      ['x'.repeat(501), 'too_long'],
      ['what time does the canteen open', 'not_in_knowledge'],
      ['Essex figures', 'no_figures'],
      ['Who removes the barbs?', undefined],
    ];
    for (const [question, reason] of cases) expect((await assistant.answer(question)).refusal).toBe(reason);
  });

  it('THEN a limit refusal says which limit', async () => {
    const limited = await makeAssistant(undefined, { rateLimitPerMinute: 1, clock: () => 1_700_000_000_000 });
    await limited.answer('Who removes the barbs?', { userId: 'u1' });
    const refused = await limited.answer('Who removes the barbs?', { userId: 'u1' });
    expect([refused.refusal, refused.refused]).toEqual(['rate_limited', true]);
  });
});

describe('GIVEN a follow-up', () => {
  it('THEN the rewritten flag is set only when the question was rewritten', async () => {
    const asker = { conversationId: 'thread-r', userId: 'slack:U1' };
    const first = await assistant.answer('Northshire incidents', asker);
    const followUp = await assistant.answer('and Westmarch?', asker);
    expect([first.rewritten, followUp.rewritten, followUp.understood]).toEqual([
      false,
      true,
      'incidents Westmarch Constabulary',
    ]);
  });

  it("THEN another person in the same thread does not get the previous asker's words", async () => {
    await assistant.answer('Northshire discharges in 2019-20', { conversationId: 'thread-s', userId: 'slack:U1' });
    const other = await assistant.answer('and Westmarch?', { conversationId: 'thread-s', userId: 'slack:U2' });
    expect(other.rewritten).toBe(false);
    expect(other.understood).toBe('and Westmarch?');
    expect(JSON.stringify(other)).not.toContain('2019-20');
  });
});

describe('GIVEN user words the answer repeats', () => {
  it('THEN they are listed as echoes, so renderers can make exactly them inert', async () => {
    const answer = await assistant.figures('[Official policy](https://evil.example) <@123>', undefined);
    expect(answer.text).toContain('"[Official policy](https://evil.example) <@123>"');
    expect(answer.echoes).toEqual(['[Official policy](https://evil.example) <@123>']);
    expect((await assistant.answer('Who removes the barbs?')).echoes).toBeUndefined();
  });
});
