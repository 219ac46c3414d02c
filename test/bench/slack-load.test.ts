// The Slack load harness itself: concurrent signed mentions into a real Bolt app on 127.0.0.1
// each get exactly one reply in their own thread (no timings are asserted).
import { describe, expect, it } from 'vitest';
import { runSlackLoad } from '../../src/bench/slack-load.js';
import { makeAssistant } from '../helpers/assistant.js';

describe('runSlackLoad', () => {
  it('counts exactly one reply for every concurrent question', async () => {
    const assistant = await makeAssistant();
    const questions = [
      'Where do I holster the device?',
      'Who removes the barbs?',
      'How often do I need to recertify?',
      'what is the capital of France',
      '',
    ];
    const figures = await runSlackLoad({ assistant, questions, timeoutMs: 10_000 });
    expect(figures).toMatchObject({ questions: 5, exactlyOne: 5, missing: 0, duplicated: 0, httpErrors: 0 });
    expect(figures.reply.samples).toBe(5);
    expect(figures.ack.samples).toBe(5);
  });
});
