// The chart API for adapters: an answer's figures in, a PNG (and the SVG it came from) out —
// or undefined when the figures make no chart (a single figure, a refusal).
import { View, parse } from 'vega';
import type { Citation, Figure } from '../core/types.js';
import { ChartError } from './errors.js';
import { planChart, type ChartMeasure, type ChartPlan } from './plan.js';
import { svgToPng } from './rasterise.js';
import { vegaSpec } from './spec.js';

/** Pixels per SVG unit in the PNG: 2 keeps 12px labels sharp on high-density screens. */
const DEFAULT_SCALE = 2;
/** White space kept around what is drawn, in SVG pixels. */
const MARGIN = 16;

export interface ChartOptions {
  /** Chart counts or rates; pass the answer's own ranking measure when it has one (see planChart). */
  by?: ChartMeasure;
  /** PNG pixels per SVG pixel (default 2). */
  scale?: number;
}

export interface ChartPicture {
  plan: ChartPlan;
  /** The SVG as Vega drew it, before rasterising: its text is the chart's words and values. */
  svg: string;
  png: Uint8Array;
  /** The PNG's size in pixels. */
  width: number;
  height: number;
}

/**
 * Draw the figures of an answer (a ranking, a comparison or a trend) as a PNG.
 * Resolves to undefined when there is nothing to chart; rejects with ChartError when drawing fails.
 */
export async function chartPicture(
  answer: { figures: Figure[]; citations: Citation[] },
  options: ChartOptions = {},
): Promise<ChartPicture | undefined> {
  const plan = planChart(answer, options.by ? { by: options.by } : {});
  if (!plan) return undefined;
  const svg = await drawSvg(plan);
  const png = await svgToPng(svg, options.scale ?? DEFAULT_SCALE, MARGIN);
  return { plan, svg, png: png.bytes, width: png.width, height: png.height };
}

/** Vega without a browser: the 'none' renderer lays out the scene, toSVG writes it. */
async function drawSvg(plan: ChartPlan): Promise<string> {
  let view: View | undefined;
  try {
    view = new View(parse(vegaSpec(plan)), { renderer: 'none' });
    return await view.toSVG();
  } catch (e) {
    throw new ChartError(`Vega could not draw the ${plan.kind} chart: ${(e as Error).message}`, { cause: e });
  } finally {
    view?.finalize();
  }
}
