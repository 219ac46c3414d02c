// An answer as a Discord reply with its chart attached: rankings, comparisons and trends carry a
// PNG as the embed's image. A chart that cannot be drawn costs the picture, never the answer.
import type { AttachmentPayload } from 'discord.js';
import { chartPicture } from '../../charts/chart-png.js';
import type { Answer, Figure } from '../../core/types.js';
import type { Logger } from '../../logger.js';
import { renderAnswer, type RenderedAnswer } from './render.js';

/** The attachment's name, which the embed's image points at (`attachment://chart.png`). */
export const CHART_FILE = 'chart.png';

/** A rendered answer and the files sent with it. */
export interface AnswerReply extends RenderedAnswer {
  files?: AttachmentPayload[];
  /** The same answer without its chart (figures as fields), for when Discord refuses the file. */
  withoutChart?: RenderedAnswer;
}

/** The answer's embed and buttons, with the chart of its figures attached when they make one. */
export async function answerReply(
  answer: Answer,
  options: { shareable: boolean },
  logger: Logger,
): Promise<AnswerReply> {
  const by = answer.figureLayout?.kind === 'ranking' ? answer.figureLayout.by : undefined;
  try {
    const picture = answer.figures.length > 1 ? await chartPicture(answer, by ? { by } : {}) : undefined;
    if (!picture) return renderAnswer(answer, options);
    const byRate = picture.plan.measure === 'rate';
    // What the picture cannot say stays a field: a missing value, a revision, a sum of forces.
    const drawn = (f: Figure) => f.value !== null && (!byRate || f.rate !== undefined) && !f.revision && !f.sum;
    return {
      ...renderAnswer(answer, { ...options, chart: { file: CHART_FILE, drawn } }),
      files: [{ attachment: Buffer.from(picture.png), name: CHART_FILE }],
      withoutChart: renderAnswer(answer, options),
    };
  } catch (err) {
    logger.warn({ err, answerId: answer.id }, 'Discord: the chart could not be drawn; answering without it');
    return renderAnswer(answer, options);
  }
}

/**
 * Send a reply; when it carries a chart and Discord refuses it (e.g. a channel that denies the
 * bot Attach Files), send the answer again without the chart rather than lose it.
 */
export async function sendWithChart<R extends object>(
  reply: R | AnswerReply,
  send: (payload: R | RenderedAnswer) => Promise<unknown>,
  logger: Logger,
): Promise<void> {
  if (!('withoutChart' in reply) || !reply.withoutChart) {
    await send(reply);
    return;
  }
  const { withoutChart, ...withChart } = reply;
  try {
    await send(withChart);
  } catch (err) {
    logger.warn({ err }, 'Discord: the reply with its chart was refused; sending it without the chart');
    await send(withoutChart);
  }
}
