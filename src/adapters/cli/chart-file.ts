// `ask --chart FILE`: draws the answer's figures as a PNG and writes it where the user asked.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chartPicture } from '../../charts/chart-png.js';
import type { Answer } from '../../core/types.js';

/** The chart could not be written where asked (a missing folder, no permission). */
export class ChartFileError extends Error {
  override readonly name = 'ChartFileError';
}

/** Write the answer's chart to `file`; the absolute path written, or null when there is no chart. */
export async function writeChartFile(answer: Answer, file: string): Promise<string | null> {
  const picture = await chartPicture(answer);
  if (!picture) return null;
  const target = path.resolve(file);
  try {
    await writeFile(target, picture.png);
  } catch (e) {
    throw new ChartFileError(`cannot write the chart to ${target}: ${(e as Error).message}`, { cause: e });
  }
  return target;
}

/** What the terminal says after the answer: where the chart is, or why there is none. */
export function chartFileLine(written: string | null): string {
  return written ? `Chart: ${written}` : 'No chart: only a ranking, a comparison or a trend is drawn.';
}
