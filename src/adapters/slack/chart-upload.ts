// Charts as pictures in Slack: a ranking, comparison or trend posted where others read it gets
// its PNG uploaded next to the answer with files.uploadV2. Failing to draw or to upload costs
// only the picture: the answer's text already carries every figure.
import type { webApi } from '@slack/bolt';
import type { ChartPicture } from '../../charts/chart-png.js';
import type { Answer } from '../../core/types.js';
import type { Logger } from '../../logger.js';
import { hasChart } from './render.js';

/** The PNG's file name as Slack shows it. */
const CHART_FILE = 'chart.png';
/** Slack's limit on a file's title; the alt text is kept as short. */
const MAX_TITLE = 250;

/**
 * The PNG of an answer's figures, or undefined when the core drew no chart for them (a single
 * figure, a refusal), the figures make no picture, or drawing failed (logged). The chart module loads on first use: it pulls in
 * Vega and the WASM rasteriser, which an answer without figures never needs.
 */
export async function drawChart(logger: Logger, answer: Answer): Promise<ChartPicture | undefined> {
  if (!hasChart(answer)) return undefined;
  try {
    const { chartPicture } = await import('../../charts/chart-png.js');
    const by = answer.figureLayout?.kind === 'ranking' ? answer.figureLayout.by : undefined;
    return await chartPicture(answer, by ? { by } : {});
  } catch (err) {
    logger.error({ err, answerId: answer.id }, 'Slack: drawing the chart failed; answering without the picture');
    return undefined;
  }
}

/** Upload the chart into `channel` (and `thread_ts`); logs and resolves when Slack refuses it. */
export async function uploadChart(
  client: webApi.WebClient,
  logger: Logger,
  picture: ChartPicture,
  place: { channel: string; thread_ts?: string },
): Promise<void> {
  const { plan } = picture;
  const title = `${plan.title}, ${plan.period}`.slice(0, MAX_TITLE);
  try {
    const file = {
      file: Buffer.from(picture.png),
      filename: CHART_FILE,
      title,
      alt_text: `Bar chart: ${title}`.slice(0, MAX_TITLE),
    };
    await client.filesUploadV2(
      place.thread_ts
        ? { ...file, channel_id: place.channel, thread_ts: place.thread_ts }
        : { ...file, channel_id: place.channel },
    );
  } catch (err) {
    logger.error(
      { err, channel: place.channel, threadTs: place.thread_ts },
      'Slack: uploading the chart failed; the answer was posted without its picture',
    );
  }
}
