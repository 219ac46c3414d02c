// What `ask` prints for one question: the Answer as one JSON line (or for the terminal), or, when
// answering fails inside the bot, one line that says so, so a batch on standard input goes on.
import { answerText } from '../../core/answer/present.js';
import type { Answer } from '../../core/types.js';
import { TEXTS } from '../shared/texts.js';

/** The chart written beside an answer: `chartFile` is only present with `--chart`. */
export interface ChartField {
  chartFile?: string | null;
}

/**
 * The JSON contract: the Answer plus the question as asked (and `chartFile` when --chart is
 * given). `text` stays the whole answer as plain text (sentences, then one line per figure), as it
 * always was; the structure beside it (`figures`, `figureLayout`, `refusal`, `rewritten`, `echoes`)
 * only adds fields.
 */
export function answerJson(question: string, answer: Answer, chart: ChartField = {}): string {
  return JSON.stringify({ question, ...answer, text: answerText(answer), ...chart });
}

/**
 * A question the bot failed to answer (a fault in the bot, not in the question): still one JSON
 * object, with `status: "error"` so a script never takes it for an answer or an honest refusal,
 * the apology every platform shows, and the fault's message for whoever runs the script.
 */
function faultJson(question: string, fault: unknown): string {
  return JSON.stringify({ question, status: 'error', text: TEXTS.failure, error: faultMessage(fault) });
}

/** The line stderr gets for a fault: which question, and the fault itself. */
function faultLog(question: string, fault: unknown): string {
  const detail = fault instanceof Error && fault.stack ? fault.stack : faultMessage(fault);
  return `ask: answering ${JSON.stringify(question)} failed: ${detail}`;
}

/** What `ask` prints when the bot fails on a question: to stdout as JSON or text, and to stderr. */
export interface Fault {
  json: string;
  text: string;
  log: string;
}

/**
 * The answer to one question, or, when answering throws, the fault as `ask` prints it: one
 * question's fault must not end a batch, nor break the one-object-per-question contract.
 */
export async function answerOrFault(
  question: string,
  answer: (question: string) => Promise<Answer>,
): Promise<{ answer: Answer } | { fault: Fault }> {
  try {
    return { answer: await answer(question) };
  } catch (fault) {
    return { fault: { json: faultJson(question, fault), text: TEXTS.failure, log: faultLog(question, fault) } };
  }
}

function faultMessage(fault: unknown): string {
  return fault instanceof Error ? fault.message : String(fault);
}
