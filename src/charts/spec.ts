// Turns a chart plan into a Vega specification: labelled bars, the measure and period as the
// title, the sources beneath it. Pure data in, pure data out; the font is the one the PNG embeds.
import type { Spec } from 'vega';
import type { ChartPlan } from './plan.js';

/** The family name of the embedded font (see font.ts); Vega writes it into the SVG. */
export const CHART_FONT = 'DejaVu Sans';

/** Pixels per bar row or column: room for a 12px label and a gap. */
const BAR_STEP = 26;
const COLUMN_STEP = 120;
const PLOT_WIDTH = 420;
const BAR_COLOUR = '#3b6ea8';
/** Long force names stay whole: wider than "Hampshire and Isle of Wight Constabulary" at 12px. */
const LABEL_LIMIT = 400;
/** Source lines longer than this wrap, so a long publication title does not widen the picture. */
const CAPTION_CHARS = 90;

/** The Vega spec for `plan`. */
export function vegaSpec(plan: ChartPlan): Spec {
  const body = plan.kind === 'trend' ? columns(plan) : plan.kind === 'grouped' ? grouped(plan) : bars(plan);
  return {
    $schema: 'https://vega.github.io/schema/vega/v6.json',
    // No background: the rasteriser paints white and crops to what is drawn.
    padding: 0,
    autosize: 'pad',
    config: {
      text: { font: CHART_FONT },
      title: { font: CHART_FONT, subtitleFont: CHART_FONT },
      axis: { labelFont: CHART_FONT, titleFont: CHART_FONT, labelFontSize: 12, labelColor: '#222' },
      legend: { labelFont: CHART_FONT, titleFont: CHART_FONT, labelFontSize: 12 },
    },
    title: {
      text: plan.title,
      subtitle: [plan.period, ...sourceLines(plan.sources)],
      anchor: 'start',
      frame: 'group',
      fontSize: 15,
      subtitleFontSize: 11,
      subtitleColor: '#444',
      subtitlePadding: 6,
      offset: 14,
    },
    data: [{ name: 'bars', values: plan.bars.map((b) => ({ ...b })) }],
    ...body,
  };
}

function valueFormat(plan: ChartPlan): string {
  return plan.measure === 'rate' ? '.0%' : ',~d';
}

/** Horizontal bars, one per force, in the answer's order (a ranking reads top-down). */
function bars(plan: ChartPlan): Partial<Spec> {
  return {
    width: PLOT_WIDTH,
    height: BAR_STEP * plan.bars.length,
    scales: [
      { name: 'y', type: 'band', domain: { data: 'bars', field: 'category' }, range: 'height', padding: 0.25 },
      { name: 'x', type: 'linear', domain: { data: 'bars', field: 'value' }, range: 'width', nice: true, zero: true },
    ],
    axes: [
      { orient: 'left', scale: 'y', ticks: false, domain: false, labelLimit: LABEL_LIMIT, labelPadding: 6 },
      { orient: 'bottom', scale: 'x', format: valueFormat(plan), grid: true, tickCount: 5, labelColor: '#666' },
    ],
    marks: [
      {
        type: 'rect',
        from: { data: 'bars' },
        encode: {
          enter: {
            y: { scale: 'y', field: 'category' },
            height: { scale: 'y', band: 1 },
            x: { scale: 'x', value: 0 },
            x2: { scale: 'x', field: 'value' },
            fill: { value: BAR_COLOUR },
          },
        },
      },
      valueLabels('x', 'y'),
    ],
  };
}

/** Per measure a row of bars, one per force, told apart by colour and a legend. */
function grouped(plan: ChartPlan): Partial<Spec> {
  const forces = new Set(plan.bars.map((b) => b.category)).size;
  const measures = new Set(plan.bars.map((b) => b.series)).size;
  return {
    width: PLOT_WIDTH,
    height: BAR_STEP * 0.8 * forces * measures,
    scales: [
      { name: 'y', type: 'band', domain: { data: 'bars', field: 'series' }, range: 'height', padding: 0.2 },
      { name: 'x', type: 'linear', domain: { data: 'bars', field: 'value' }, range: 'width', nice: true, zero: true },
      { name: 'colour', type: 'ordinal', domain: { data: 'bars', field: 'category' }, range: { scheme: 'tableau10' } },
    ],
    axes: [
      { orient: 'left', scale: 'y', ticks: false, domain: false, labelLimit: LABEL_LIMIT, labelPadding: 6 },
      { orient: 'bottom', scale: 'x', format: valueFormat(plan), grid: true, tickCount: 5, labelColor: '#666' },
    ],
    legends: [{ fill: 'colour', orient: 'top', direction: 'horizontal', symbolType: 'square' }],
    marks: [
      {
        type: 'group',
        from: { facet: { data: 'bars', name: 'row', groupby: 'series' } },
        encode: {
          enter: { y: { scale: 'y', field: 'series' }, height: { scale: 'y', band: 1 }, width: { signal: 'width' } },
        },
        signals: [{ name: 'height', update: 'bandwidth("y")' }],
        scales: [{ name: 'inner', type: 'band', domain: { data: 'row', field: 'category' }, range: 'height' }],
        marks: [
          {
            type: 'rect',
            from: { data: 'row' },
            encode: {
              enter: {
                y: { scale: 'inner', field: 'category' },
                height: { scale: 'inner', band: 1 },
                x: { scale: 'x', value: 0 },
                x2: { scale: 'x', field: 'value' },
                fill: { scale: 'colour', field: 'category' },
              },
            },
          },
          { ...valueLabels('x', 'inner'), from: { data: 'row' } },
        ],
      },
    ],
  };
}

/** Columns in time order; each period label on two lines so long periods stay readable. */
function columns(plan: ChartPlan): Partial<Spec> {
  return {
    width: Math.max(360, COLUMN_STEP * plan.bars.length),
    height: 240,
    scales: [
      { name: 'x', type: 'band', domain: { data: 'bars', field: 'category' }, range: 'width', padding: 0.3 },
      { name: 'y', type: 'linear', domain: { data: 'bars', field: 'value' }, range: 'height', nice: true, zero: true },
    ],
    axes: [
      {
        orient: 'bottom',
        scale: 'x',
        ticks: false,
        labelLimit: COLUMN_STEP,
        encode: { labels: { update: { text: { signal: "split(replace(datum.value, ' – ', ' –\\n'), '\\n')" } } } },
      },
      { orient: 'left', scale: 'y', format: valueFormat(plan), grid: true, tickCount: 5, labelColor: '#666' },
    ],
    marks: [
      {
        type: 'rect',
        from: { data: 'bars' },
        encode: {
          enter: {
            x: { scale: 'x', field: 'category' },
            width: { scale: 'x', band: 1 },
            y: { scale: 'y', value: 0 },
            y2: { scale: 'y', field: 'value' },
            fill: { value: BAR_COLOUR },
          },
        },
      },
      {
        type: 'text',
        from: { data: 'bars' },
        encode: {
          enter: {
            x: { scale: 'x', field: 'category', band: 0.5 },
            y: { scale: 'y', field: 'value', offset: -5 },
            text: { field: 'label' },
            align: { value: 'center' },
            baseline: { value: 'bottom' },
            fontSize: { value: 12 },
            fill: { value: '#222' },
          },
        },
      },
    ],
  };
}

/** The value as text just past the end of its bar. */
function valueLabels(x: string, y: string) {
  return {
    type: 'text' as const,
    from: { data: 'bars' },
    encode: {
      enter: {
        y: { scale: y, field: 'category', band: 0.5 },
        x: { scale: x, field: 'value', offset: 5 },
        text: { field: 'label' },
        baseline: { value: 'middle' as const },
        fontSize: { value: 12 },
        fill: { value: '#222' },
      },
    },
  };
}

/** "Source: …" for one source; "Sources:" then one entry each for several; long lines wrapped. */
function sourceLines(sources: string[]): string[] {
  if (sources.length === 1) return wrap(`Source: ${sources[0]!}`, CAPTION_CHARS);
  return ['Sources:', ...sources.flatMap((s) => wrap(s, CAPTION_CHARS))];
}

/** Break `text` at spaces into lines of at most `max` characters (a longer word stays whole). */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}
