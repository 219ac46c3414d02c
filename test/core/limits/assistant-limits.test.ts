// Limits as an asker sees them: the real assistant over the fixture pack, a fake clock,
// and a usage log the test can hold open to keep answers in flight.
import { describe, expect, it } from 'vitest';
import type { UsageEvent, UsageLog } from '../../../src/core/usage/usage-log.js';
import { makeAssistant } from '../../helpers/assistant.js';

const HOLSTER = 'Where do I holster the device?';
const HOLSTER_ANSWER =
  "The device is carried in a holster on the side opposite the officer's baton. It must never be carried in a trouser pocket. [1]";

/** A usage log whose writes wait until the test opens it: answers stay in flight until then. */
class HeldLog implements UsageLog {
  readonly events: UsageEvent[] = [];
  private open!: () => void;
  private readonly opened = new Promise<void>((resolve) => (this.open = resolve));
  async append(event: UsageEvent): Promise<void> {
    await this.opened;
    this.events.push(event);
  }
  release(): void {
    this.open();
  }
}

describe('rate limit per user', () => {
  it('answers up to the limit, then refuses politely with the wait, and answers again once the minute has slid on', async () => {
    let now = 5_000_000;
    const events: UsageEvent[] = [];
    const limited: string[] = [];
    const assistant = await makeAssistant(undefined, {
      rateLimitPerMinute: 2,
      clock: () => now,
      usageLog: { append: async (e) => void events.push(e) },
      onLimited: (l, context) => limited.push(`${l.reason} ${context.userId}`),
    });
    const officer = { userId: 'slack:U1', platform: 'slack' };

    expect((await assistant.answer(HOLSTER, officer)).text).toBe(HOLSTER_ANSWER);
    now += 20_000;
    expect((await assistant.answer(HOLSTER, officer)).text).toBe(HOLSTER_ANSWER);
    now += 1_500;
    const refused = await assistant.answer(HOLSTER, officer);
    expect(refused).toMatchObject({
      status: 'no_answer',
      text: "You're asking faster than I can keep up — please wait 39 seconds and ask again (the limit is 2 questions a minute).",
      citations: [],
      figures: [],
      suggestions: [],
      notices: [],
    });
    expect(limited).toEqual(['rate slack:U1']);
    // A refusal is not an unanswered question: the gap report must not count it.
    expect(events.map((e) => e.type === 'question' && e.status)).toEqual(['answered', 'answered']);

    now += 38_500;
    expect((await assistant.answer(HOLSTER, officer)).text).toBe(HOLSTER_ANSWER);
  });

  it('limits each user separately, and never limits an asker without a user id (the terminal)', async () => {
    const assistant = await makeAssistant(undefined, { rateLimitPerMinute: 1, clock: () => 0 });
    expect((await assistant.answer(HOLSTER, { userId: 'discord:1' })).status).toBe('answered');
    expect((await assistant.answer(HOLSTER, { userId: 'discord:1' })).status).toBe('no_answer');
    expect((await assistant.answer(HOLSTER, { userId: 'discord:2' })).status).toBe('answered');
    for (let i = 0; i < 20; i++) expect((await assistant.answer(HOLSTER)).text).toBe(HOLSTER_ANSWER);
  });

  it('counts figure requests (buttons, menus) against the same limit', async () => {
    const assistant = await makeAssistant(undefined, { rateLimitPerMinute: 1, clock: () => 0 });
    const user = { userId: 'discord:7' };
    expect((await assistant.figures('northshire', 'incidents', user)).status).toBe('answered');
    const refused = await assistant.figures('northshire', 'incidents', user);
    expect(refused.text).toBe(
      "You're asking faster than I can keep up — please wait a minute and ask again (the limit is one question a minute).",
    );
    expect(refused.figures).toEqual([]);
  });

  it('has no limit when none is configured', async () => {
    const assistant = await makeAssistant();
    for (let i = 0; i < 30; i++)
      expect((await assistant.answer(HOLSTER, { userId: 'slack:U1' })).status).toBe('answered');
  });
});

describe('concurrency bound', () => {
  it('refuses politely beyond the queue while answers are in flight, finishes those answers, then accepts again', async () => {
    const log = new HeldLog();
    const limited: string[] = [];
    const assistant = await makeAssistant(undefined, {
      usageLog: log,
      maxConcurrent: 1,
      maxQueued: 1,
      onLimited: (l) => limited.push(l.reason),
    });

    const first = assistant.answer(HOLSTER, { userId: 'a' });
    const queued = assistant.answer('Who removes the barbs?', { userId: 'b' });
    const refused = await assistant.answer('How often do I need to recertify?', { userId: 'c' });
    expect(refused.status).toBe('no_answer');
    expect(refused.text).toBe("I'm answering a lot of questions right now — please ask again in a moment.");
    expect(limited).toEqual(['busy']);

    const idle = assistant.idle();
    log.release();
    expect((await first).text).toBe(HOLSTER_ANSWER);
    expect((await queued).text).toContain('Barbs that have penetrated skin are removed only by a paramedic or doctor.');
    await idle;
    expect(log.events.map((e) => e.type === 'question' && e.question)).toEqual([HOLSTER, 'Who removes the barbs?']);
    expect((await assistant.answer('How often do I need to recertify?', { userId: 'c' })).status).toBe('answered');
  });
});
