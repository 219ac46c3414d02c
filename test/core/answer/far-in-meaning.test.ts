// A sure answer comes from a note near the question in meaning: when the closest note falls just
// short, a note far from it that clears the thresholds on shared words is not quoted as sure.
import { describe, expect, it } from 'vitest';
import { answerText } from '../../../src/core/answer/present.js';
import { fixturePack, makeAssistant } from '../../helpers/assistant.js';

const pack = fixturePack('far-in-meaning');

describe('GIVEN "define county lines", whose own note matches too little of it to be sure', () => {
  it('THEN the definition of child criminal exploitation is not given as the answer', async () => {
    const answer = await (await makeAssistant(pack)).answer('define county lines');
    expect(answer.status).toBe('no_answer');
    expect(answerText(answer)).not.toContain('Child Criminal Exploitation is common');
    expect(answer.suggestions[0]).toBe('What is county lines?');
  });

  it('THEN a question that note does answer is still answered from it, for sure', async () => {
    const answer = await (await makeAssistant(pack)).answer('what is child criminal exploitation');
    expect(answer.confidence).toBe('sure');
    expect(answer.citations.map((c) => c.snippet).join(' ')).toContain('Child Criminal Exploitation');
  });
});
