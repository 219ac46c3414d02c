// The one question check every platform runs before the core: white space tidied, empty and
// over-long questions refused with the core's length rule (code points) and wording.
import { describe, expect, it } from 'vitest';
import { checkQuestion } from '../../../src/adapters/shared/question.js';
import { TEXTS } from '../../../src/adapters/shared/texts.js';

describe('checkQuestion', () => {
  it('THEN blank questions and questions over the limit are refused, the rest tidied', () => {
    expect(checkQuestion('  what   now? ', 20)).toEqual({ ok: true, question: 'what now?' });
    expect(checkQuestion('   ', 20)).toEqual({ ok: false, reason: 'empty' });
    expect(checkQuestion('x'.repeat(21), 20)).toEqual({ ok: false, reason: 'too_long', length: 21, max: 20 });
  });

  it('THEN an emoji counts once, as the core counts it', () => {
    expect(checkQuestion('🚓'.repeat(20), 20)).toEqual({ ok: true, question: '🚓'.repeat(20) });
    expect(checkQuestion('🚓'.repeat(21), 20)).toMatchObject({ ok: false, length: 21 });
  });

  it('THEN the refusal reads the same on every platform', () => {
    expect(TEXTS.tooLong(21, 20)).toBe(
      'That question is too long (21 characters; the limit is 20). Please ask it in fewer words.',
    );
  });
});
