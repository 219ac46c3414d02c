// Times a live reload of a pack into a running assistant, and the longest the event loop was held
// meanwhile: what replies and health checks wait for at worst while knowledge is reloaded.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { KnowledgeReloader, type ReloadStage } from '../core/reload/reloader.js';
import type { KnowledgeAssistant } from '../core/create-assistant.js';

export interface ReloadFigures {
  /** From the request to the swap: load, check and index in the worker, restore here. */
  totalMs: number;
  /** The main thread's part: restoring the indexes from the worker's text, between other work. */
  restoreMs: number;
  /** The longest the event loop did not turn during the reload (sampled every 5 ms). */
  longestStallMs: number;
}

/** Reload `dir` (the pack the assistant already serves) once and measure it. */
export async function measureReload(dir: string, assistant: KnowledgeAssistant): Promise<ReloadFigures> {
  let restoringAt = 0;
  const reloader = new KnowledgeReloader(assistant, {
    dir,
    pollMs: 0,
    onProgress: (stage: ReloadStage) => {
      if (stage === 'restoring') restoringAt = performance.now();
    },
  });
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const start = performance.now();
  const result = await reloader.reload();
  const end = performance.now();
  delay.disable();
  await reloader.stop();
  if (!result.ok) throw new Error(`bench: the reload failed: ${result.problems.map((p) => p.message).join('; ')}`);
  return { totalMs: end - start, restoreMs: end - restoringAt, longestStallMs: delay.max / 1e6 };
}
