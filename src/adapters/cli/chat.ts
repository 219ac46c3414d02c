// The terminal chat: a readline prompt that answers questions with numbered citations.
// `npm start` runs it when no Slack or Discord credentials are configured.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Assistant } from '../../core/assistant.js';
import type { Answer, Audience } from '../../core/types.js';
import { silentLogger, type Logger } from '../../logger.js';
import { DEFAULT_MAX_QUESTION_LENGTH } from '../shared/question.js';
import { answerQuestion } from '../shared/turn.js';
import { renderAnswer, terminalStyle } from './render.js';

export interface ChatOptions {
  input: Readable;
  output: Writable;
  /** ANSI colour; use only when output is a TTY. */
  colour: boolean;
  audience: Audience;
  /** MAX_QUESTION_LENGTH (default 500). */
  maxQuestionLength?: number;
  /** Where a failed answer is logged (the person sees an apology); default: nowhere. */
  logger?: Logger;
}

const QUIT = new Set(['quit', 'exit', 'bye', ':q']);

/** Run the chat until `quit` or end of input. Resolves when the session ends. */
export async function runChat(assistant: Assistant, options: ChatOptions): Promise<void> {
  const style = terminalStyle(options.colour);
  const say = (text: string) => options.output.write(`${text}\n`);
  const rl = createInterface({
    input: options.input,
    output: options.output,
    terminal: options.colour,
    crlfDelay: Infinity,
  });
  // Piped input can end while an answer is being worked on; the remaining lines still arrive,
  // but Node 24's readline throws if prompted after its input closed.
  let closed = false;
  rl.once('close', () => (closed = true));
  const prompt = () => {
    if (closed) return;
    rl.setPrompt(style.bold('taser> '));
    rl.prompt();
  };

  const rt = {
    assistant,
    logger: options.logger ?? silentLogger(),
    maxQuestionLength: options.maxQuestionLength ?? DEFAULT_MAX_QUESTION_LENGTH,
    platformName: 'Terminal',
  };
  const turn = {
    context: { conversationId: 'terminal', audience: options.audience, platform: 'cli' },
    empty: () => help(assistant, options.audience),
    render: (answer: Answer) => renderAnswer(answer, style),
    notice: (text: string) => text,
    send: (text: string) => Promise.resolve(void say(`\n${text}\n`)),
  };
  say(welcome(assistant, options.audience));
  prompt();
  for await (const line of rl) {
    const question = line.trim();
    if (QUIT.has(question.toLowerCase())) break;
    if (question === '') {
      prompt();
      continue;
    }
    if (question.toLowerCase() === 'help' || question === '?') say(help(assistant, options.audience));
    else await answerQuestion(rt, question, turn);
    prompt();
  }
  rl.close();
  say('Goodbye.');
}

function welcome(assistant: Assistant, audience: Audience): string {
  const o = assistant.overview(audience);
  return `Taser policy assistant — ${o.notes} notes and ${o.statistics} sets of figures loaded. Type a question, "help" for examples, or "quit" to leave.`;
}

/** Usage and example questions, drawn from the loaded knowledge. */
export function help(assistant: Assistant, audience: Audience): string {
  const o = assistant.overview(audience);
  const lines = [
    'Ask a question in your own words. Answers quote the knowledge and number their sources.',
    'Follow-up questions can name just another force or period, e.g. "and <force>?".',
    '',
    'Examples:',
    ...o.examples.map((e) => `  • ${e}`),
  ];
  if (o.topics.length) lines.push('', `Topics: ${o.topics.map((t) => t.topic).join(', ')}`);
  if (o.forces.length)
    lines.push(`Figures for: ${o.forces.map((f) => f.name).join(', ')} (${o.periods.map((p) => p.label).join('; ')})`);
  lines.push('', 'Type "quit" to leave.');
  return lines.join('\n');
}
