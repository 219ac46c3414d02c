// Specification of what `ask` prints when the bot itself fails on a question: the contract of one
// JSON object per question still holds, and the batch goes on.
import { describe, expect, it } from 'vitest';
import { answerJson, answerOrFault } from '../../../src/adapters/cli/ask-lines.js';
import { makeAssistant } from '../../helpers/assistant.js';

describe('GIVEN a batch of questions where the bot fails on one', () => {
  it('THEN the failed one is one JSON object with status error and the apology, and the next is answered', async () => {
    const assistant = await makeAssistant();
    // A fault inside the bot (not the question's): the real assistant, failing on one question.
    const answer = (q: string) =>
      q === 'who removes the barbs' ? Promise.reject(new Error('index file vanished')) : assistant.answer(q);

    const failed = await answerOrFault('who removes the barbs', answer);
    const next = await answerOrFault('Where do I holster the device?', answer);

    expect('fault' in failed).toBe(true);
    if (!('fault' in failed)) return;
    expect(JSON.parse(failed.fault.json)).toEqual({
      question: 'who removes the barbs',
      status: 'error',
      text: 'Sorry — something went wrong while I was answering. Please try again in a moment.',
      error: 'index file vanished',
    });
    expect(failed.fault.text).toBe('Sorry — something went wrong while I was answering. Please try again in a moment.');
    expect(failed.fault.log).toMatch(
      /^ask: answering "who removes the barbs" failed: Error: index file vanished\n\s+at /,
    );

    expect('answer' in next).toBe(true);
    if (!('answer' in next)) return;
    expect(JSON.parse(answerJson('Where do I holster the device?', next.answer))).toMatchObject({
      question: 'Where do I holster the device?',
      status: 'answered',
    });
  });

  it('THEN a thrown value that is not an Error is still reported by its text', async () => {
    const result = await answerOrFault('anything', () => {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- the case under test: a library throwing a string
      throw 'disk full';
    });
    expect('fault' in result && JSON.parse(result.fault.json).error).toBe('disk full');
    expect('fault' in result && result.fault.log).toBe('ask: answering "anything" failed: disk full');
  });
});
