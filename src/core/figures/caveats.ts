// Caveats a figure needs beside it: when the type of most uses was not recorded, a share of any
// one type understates it, and the reader should know before comparing.
import { formatCount, formatRate } from '../answer/present.js';
import type { Figure, FigureSet, Knowledge } from '../types.js';

/**
 * "Not stated" at or above this share of the whole makes every type's share unreliable. A fifth is
 * where the Home Office's own commentary starts to flag a force's breakdown as incomplete.
 */
const LARGE_SHARE = 0.2;

/** One notice per shown set whose "not stated" uses are a large share of the whole its figures are part of. */
export function notStatedCaveats(sets: FigureSet[], figures: Figure[], knowledge: Knowledge): string[] {
  const unstated = [...knowledge.metrics.values()].filter((m) => m.notStated && m.partOf);
  const notices: string[] = [];
  const done = new Set<string>();
  for (const f of figures) {
    for (const metric of unstated) {
      // Only figures that are parts of the same whole are distorted by it.
      const partOfSameWhole = knowledge.metrics.get(f.metricId)?.partOf === metric.partOf;
      if (!partOfSameWhole) continue;
      const set = sets.find(
        (s) =>
          s.source === f.sourceId &&
          s.period.from === f.period.from &&
          s.period.to === f.period.to &&
          (f.forceId === '' || (s as { force?: string }).force === f.forceId),
      );
      if (!set || done.has(`${set.id}|${metric.id}`)) continue;
      const part = set.values[metric.id];
      const whole = set.values[metric.partOf!];
      if (typeof part !== 'number' || typeof whole !== 'number' || whole === 0 || part / whole < LARGE_SHARE) continue;
      done.add(`${set.id}|${metric.id}`);
      const wholeMetric = knowledge.metrics.get(metric.partOf!);
      notices.push(
        `Caution: for ${f.force}, ${f.periodLabel}, the ${metric.label} count is ${formatCount(part)} of ${formatCount(whole)} ${wholeMetric?.unit ?? wholeMetric?.label ?? ''} (${formatRate(part / whole)}), so the share of each type may be understated.`,
      );
    }
  }
  return notices;
}
