// Decides what picture an answer's figures make: bars for a ranking or comparison, columns over
// time for a trend, grouped bars when several measures are compared — or no picture at all.
import { formatCount, formatRate } from '../core/answer/present.js';
import type { Citation, Figure } from '../core/types.js';

/** What the bars measure: the published count, or the share of its base (`Figure.rate`). */
export type ChartMeasure = 'count' | 'rate';

/** One bar: its category (force or period), its series when bars are grouped, its value and label. */
export interface ChartBar {
  category: string;
  /** The measure a grouped bar stands for (e.g. "drawn"); absent when bars are not grouped. */
  series?: string;
  /** Count, or share 0..1 when the chart measures rates. */
  value: number;
  /** The value as the answer text shows it: "704", "24.8%". */
  label: string;
}

/** Everything the picture shows, in order; the renderer adds no words of its own. */
export interface ChartPlan {
  /** `bars`: one bar per force; `grouped`: per measure, a bar per force; `trend`: one column per period. */
  kind: 'bars' | 'grouped' | 'trend';
  measure: ChartMeasure;
  /** What is measured, e.g. "discharges" or "discharges as a share of incidents involving a Taser". */
  title: string;
  /** The periods covered, e.g. "April 2018 – March 2019". */
  period: string;
  /** One line per cited source: "Home Office: Police use of force statistics… (2019-12-19)". */
  sources: string[];
  bars: ChartBar[];
}

export interface PlanInput {
  figures: Figure[];
  citations: Citation[];
}

export interface PlanOptions {
  /**
   * Chart counts or rates. Callers pass the answer's own word for it (the ranking's `by`) when it
   * has one. When absent: rates when every figure has one and the figures are ordered by rate but
   * not by count (a ranking by rate), otherwise counts.
   */
  by?: ChartMeasure;
}

/**
 * Most bars one picture draws. Every force of England and Wales (43) fits; a question comparing 42
 * forces on 10 measures would make a 17,000-pixel square PNG and gigabytes of memory, and no one
 * can read 420 bars: its figures stay in the text, with no picture.
 */
export const MAX_BARS = 60;

/** The chart of an answer's figures, or undefined when fewer than two values (or over MAX_BARS) would be drawn. */
export function planChart(input: PlanInput, options: PlanOptions = {}): ChartPlan | undefined {
  const drawn = input.figures.filter((f) => f.value !== null);
  if (drawn.length > MAX_BARS) return undefined;
  const forces = distinct(drawn.map((f) => f.forceId));
  const periods = distinct(drawn.map((f) => f.periodLabel));
  const metrics = distinct(drawn.map((f) => f.metricId));
  const measure = options.by ?? inferredMeasure(drawn);
  const measured = measure === 'rate' ? drawn.filter((f) => f.rate !== undefined) : drawn;
  if (measured.length < 2) return undefined;
  const common = { measure, period: periods.join(', '), sources: sourceLines(measured, input.citations) };

  if (forces.length === 1 && periods.length >= 2 && metrics.length === 1) {
    const ordered = [...measured].sort((a, b) => a.period.from.localeCompare(b.period.from));
    return {
      kind: 'trend',
      ...common,
      title: `${measureTitle(ordered[0]!, measure)}, ${ordered[0]!.force}`,
      period: `${ordered[0]!.periodLabel} to ${ordered.at(-1)!.periodLabel}`,
      bars: ordered.map((f) => bar(f, f.periodLabel, measure)),
    };
  }
  if (forces.length < 2 || periods.length !== 1) return undefined;
  if (metrics.length === 1) {
    return {
      kind: 'bars',
      ...common,
      title: measureTitle(measured[0]!, measure),
      bars: measured.map((f) => bar(f, f.force, measure)),
    };
  }
  return {
    kind: 'grouped',
    ...common,
    title: `${distinct(measured.map((f) => f.force)).join(', ')}${measure === 'rate' ? ': each measure as a share of its base' : ' compared'}`,
    bars: measured.map((f) => ({ ...bar(f, f.force, measure), series: f.metric })),
  };
}

function bar(f: Figure, category: string, measure: ChartMeasure): ChartBar {
  const value = measure === 'rate' ? f.rate! : f.value!;
  return { category, value, label: measure === 'rate' ? formatRate(value) : formatCount(value) };
}

function measureTitle(f: Figure, measure: ChartMeasure): string {
  const what = measure === 'rate' && f.base ? `${f.metric} as a share of ${f.base.metric}` : f.metric;
  return what.charAt(0).toUpperCase() + what.slice(1);
}

/** A ranking by rate lists its figures in rate order; when counts are in that order too, counts. */
function inferredMeasure(figures: Figure[]): ChartMeasure {
  if (figures.length < 2 || figures.some((f) => f.rate === undefined)) return 'count';
  if (distinct(figures.map((f) => f.metricId)).length !== 1) return 'count';
  const byRate = monotonic(figures.map((f) => f.rate!));
  return byRate && !monotonic(figures.map((f) => f.value!)) ? 'rate' : 'count';
}

function monotonic(values: number[]): boolean {
  const pairs = values.slice(1).map((v, i) => v - values[i]!);
  return pairs.every((d) => d >= 0) || pairs.every((d) => d <= 0);
}

/** The sources behind the drawn figures, once each, in citation order. */
function sourceLines(figures: Figure[], citations: Citation[]): string[] {
  const used = new Set(figures.map((f) => f.citation));
  return citations
    .filter((c) => used.has(c.n))
    .map((c) => `${c.publisher ? `${c.publisher}: ` : ''}${c.title}${c.date ? ` (${c.date})` : ''}`);
}

function distinct(values: string[]): string[] {
  return [...new Set(values)];
}
