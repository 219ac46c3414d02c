// `npm run --silent ask -- [--json] [--knowledge DIR] ["question"]`: one answer per question.
// With no question it reads standard input, one question per line (blank lines skipped).
import { createInterface } from 'node:readline';
import { answerText } from '../../core/answer/present.js';
import type { Answer } from '../../core/types.js';
import { audienceOption, knowledgeDir, parseCommandLine } from './args.js';
import { assistantOrExit } from './load.js';
import { renderAnswer, terminalStyle } from './render.js';

const USAGE =
  'Usage: npm run --silent ask -- [--json] [--knowledge DIR] [--audience public|internal] ["question"]\n  Without a question, reads questions from standard input, one per line.';

const { values, positionals } = parseCommandLine(USAGE, { json: { type: 'boolean' }, audience: { type: 'string' } });
const audience = audienceOption(values.audience);
const assistant = await assistantOrExit(knowledgeDir(values.knowledge));
const json = Boolean(values.json);
const style = terminalStyle(!json && process.stdout.isTTY === true);

/**
 * The JSON contract: the Answer plus the question as asked. `text` stays the whole answer as
 * plain text (sentences, then one line per figure), as it always was; the structure beside it
 * (`figures`, `figureLayout`, `refusal`, `rewritten`, `echoes`) only adds fields.
 */
function toJson(question: string, answer: Answer): string {
  return JSON.stringify({ question, ...answer, text: answerText(answer) });
}

async function print(question: string): Promise<void> {
  const answer = await assistant.answer(question, { audience, platform: 'cli' });
  process.stdout.write(json ? `${toJson(question, answer)}\n` : `${renderAnswer(answer, style)}\n\n`);
}

if (positionals.length > 0) {
  await print(positionals.join(' '));
} else {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() !== '') await print(line);
  }
}
