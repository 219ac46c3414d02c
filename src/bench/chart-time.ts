// How long drawing one chart takes: the first (WebAssembly compile and font read included) and
// the median of a few more, on a ranking of the bundled knowledge's own figures.
import { chartPicture, type ChartPicture } from '../charts/chart-png.js';
import { createAssistant } from '../core/create-assistant.js';
import type { Knowledge } from '../core/types.js';
import { percentile } from './stats.js';

const WARM_RUNS = 5;

export interface ChartFigures {
  question: string;
  firstMs: number;
  medianMs: number;
  picture: ChartPicture;
}

/** Time the chart of a ranking question made from the knowledge's first metric; undefined if none. */
export async function measureChart(knowledge: Knowledge): Promise<ChartFigures | undefined> {
  const metric = [...knowledge.metrics.values()][0];
  if (!metric) return undefined;
  // The same template the synthetic question mix uses for rankings (questions.ts).
  const question = `which force had the most ${metric.label}`;
  const answer = await createAssistant(knowledge).answer(question);
  const time = async () => {
    const start = performance.now();
    const picture = await chartPicture(answer);
    return { ms: performance.now() - start, picture };
  };
  const first = await time();
  if (!first.picture) return undefined;
  const warm: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) warm.push((await time()).ms);
  return { question, firstMs: first.ms, medianMs: percentile(warm, 50), picture: first.picture };
}

/** One line for the report. */
export function chartLine(c: ChartFigures | undefined): string {
  if (!c) return 'Chart: the knowledge gave no ranking to draw.';
  const { picture } = c;
  return `Chart ("${c.question}", ${picture.plan.bars.length} bars, ${picture.width}×${picture.height} PNG, ${Math.round(picture.png.byteLength / 1024)} kB): first ${Math.round(c.firstMs)} ms (WebAssembly and font load included), then ${Math.round(c.medianMs)} ms (median of ${WARM_RUNS})`;
}
