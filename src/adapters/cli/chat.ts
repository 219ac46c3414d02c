// The terminal chat: a readline prompt that answers questions with numbered citations.
// `npm start` runs it when no Slack or Discord credentials are configured.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Assistant } from '../../core/assistant.js';
import type { Answer, Audience } from '../../core/types.js';
import { silentLogger, type Logger } from '../../logger.js';
import { forceNames, helpSummary, topicLine } from '../shared/help.js';
import { DEFAULT_MAX_QUESTION_LENGTH } from '../shared/question.js';
import { answerQuestion } from '../shared/turn.js';
import { renderAnswer, terminalStyle, type TerminalStyle } from './render.js';

export interface ChatOptions {
  input: Readable;
  output: Writable;
  /** ANSI colour; use only when output is a terminal that wants it (`wantsColour` in render.ts). */
  colour: boolean;
  audience: Audience;
  /** MAX_QUESTION_LENGTH (default 500). */
  maxQuestionLength?: number;
  /** Where a failed answer is logged (the person sees an apology); default: nowhere. */
  logger?: Logger;
}

const QUIT = new Set(['quit', 'exit', 'bye', ':q']);
const HELP = new Set(['help', '?']);
const FORCES = 'forces';
/** The force list is wrapped to this width. */
const SCREEN_WIDTH = 80;

/** Run the chat until `quit` or end of input. Resolves when the session ends. */
export async function runChat(assistant: Assistant, options: ChatOptions): Promise<void> {
  const style = terminalStyle(options.colour);
  const say = (text: string) => options.output.write(`${text}\n`);
  const rl = createInterface({
    input: options.input,
    output: options.output,
    // Line editing and echo only on a real terminal; colour is decided separately (NO_COLOR).
    terminal: (options.output as { isTTY?: boolean }).isTTY === true,
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
    empty: () => help(assistant, options.audience, style),
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
    const command = question.toLowerCase();
    if (HELP.has(command)) say(`\n${help(assistant, options.audience, style)}\n`);
    else if (command === FORCES) say(`\n${forces(assistant, options.audience, style)}\n`);
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

/** What the knowledge covers, at a glance: topics with counts, periods, five example questions. */
export function help(assistant: Assistant, audience: Audience, style: TerminalStyle = terminalStyle(false)): string {
  const summary = helpSummary(assistant.overview(audience));
  const lines = [
    'Ask in your own words; answers quote the knowledge and number their sources.',
    'Follow up with just another force or period, e.g. "and <force>?".',
  ];
  if (summary.topics.length) lines.push('', `${style.bold('Topics:')} ${topicLine(summary)}`);
  if (summary.forces > 0)
    lines.push(
      `${style.bold('Figures:')} ${summary.forces} forces, ${summary.periods} — type "${FORCES}" for the list`,
    );
  if (summary.examples.length) lines.push('', style.bold('Try asking:'), ...summary.examples.map((e) => `  • ${e}`));
  lines.push('', style.dim(`${summary.counts}. Commands: help, ${FORCES}, quit.`));
  return lines.join('\n');
}

/** Every force with figures, wrapped. */
function forces(assistant: Assistant, audience: Audience, style: TerminalStyle = terminalStyle(false)): string {
  const names = forceNames(assistant.overview(audience));
  if (names.length === 0) return 'No figures are loaded, so no forces to list.';
  return [style.bold(`Figures cover ${names.length} forces:`), ...wrapped(names, SCREEN_WIDTH)].join('\n');
}

/** The names joined by commas, wrapped to `width` at the commas and indented. */
function wrapped(names: string[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const [i, name] of names.entries()) {
    const item = i < names.length - 1 ? `${name},` : name;
    if (line && line.length + 1 + item.length > width - 2) {
      lines.push(`  ${line}`);
      line = item;
    } else line = line ? `${line} ${item}` : item;
  }
  if (line) lines.push(`  ${line}`);
  return lines;
}
