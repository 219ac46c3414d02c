// Specification of charts as pictures: real answers on the bundled knowledge drawn to PNG, with
// the words and values read back from the SVG that was rasterised.
import { beforeAll, describe, expect, it } from 'vitest';
import { chartPicture, type ChartPicture } from '../../src/charts/chart-png.js';
import { formatCount, formatRate } from '../../src/core/answer/present.js';
import type { KnowledgeAssistant } from '../../src/core/create-assistant.js';
import type { Answer } from '../../src/core/types.js';
import { makeAssistant } from '../helpers/assistant.js';

let assistant: KnowledgeAssistant;
beforeAll(async () => {
  assistant = await makeAssistant('knowledge');
});

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the PNG's IHDR chunk, which always follows the signature. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect(String.fromCharCode(...png.slice(12, 16))).toBe('IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Every line of text the SVG draws (tspans are lines of one text element). */
function svgTexts(svg: string): string[] {
  const texts = [...svg.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)].map((m) => m[1]!);
  return texts
    .flatMap((t) => t.split(/<\/?tspan[^>]*>/))
    .map((t) => t.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").trim())
    .filter(Boolean);
}

async function drawn(question: string): Promise<{ answer: Answer; picture: ChartPicture; texts: string[] }> {
  const answer = await assistant.answer(question);
  const picture = await chartPicture(answer);
  if (!picture) throw new Error(`no chart for "${question}"`);
  return { answer, picture, texts: svgTexts(picture.svg) };
}

function expectAPng(picture: ChartPicture): void {
  expect([...picture.png.slice(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(pngSize(picture.png)).toEqual({ width: picture.width, height: picture.height });
  // Drawn at twice the SVG's size: wide enough to read on a phone, small enough to attach.
  expect(picture.width).toBeGreaterThan(600);
  expect(picture.width).toBeLessThan(2400);
  expect(picture.png.byteLength).toBeLessThan(1_000_000);
}

describe('GIVEN a ranking of forces by count', () => {
  it('THEN the PNG has one bar per force, each force named whole and its count labelled', async () => {
    const { answer, picture, texts } = await drawn('top 5 forces by discharges in 2018/19');
    expectAPng(picture);
    expect(picture.plan.kind).toBe('bars');
    expect(answer.figures).toHaveLength(5);
    for (const f of answer.figures) {
      expect(texts).toContain(f.force);
      expect(texts).toContain(formatCount(f.value!));
    }
    expect(texts).toContain('Metropolitan Police Service');
    expect(texts).toContain('704');
    expect(texts).toContain('Discharges');
    expect(texts).toContain('April 2018 – March 2019');
    expect(texts.join(' ')).toContain(
      'Source: Home Office: Police use of force statistics, England and Wales: April 2018 to March 2019: data tables (2019-12-19)',
    );
  });

  it('THEN the bars keep the ranking order, top first', async () => {
    const { answer, texts } = await drawn('lowest 10 forces by incidents in 2018/19');
    const names = answer.figures.map((f) => f.force);
    expect(texts.filter((t) => names.includes(t))).toEqual(names);
    expect(texts).toContain('Hampshire and Isle of Wight Constabulary');
  });
});

describe('GIVEN a ranking by rate', () => {
  it('THEN the bars are the shares, labelled as the answer shows them', async () => {
    const { answer, picture, texts } = await drawn('top 5 forces by discharge rate in 2018/19');
    expectAPng(picture);
    expect(picture.plan.measure).toBe('rate');
    for (const f of answer.figures) expect(texts).toContain(formatRate(f.rate!));
    expect(texts).toContain('24.8%');
    expect(texts).toContain('Discharges as a share of incidents involving a Taser');
  });

  it('THEN a caller that says "by count" gets the counts of the same forces instead', async () => {
    const answer = await assistant.answer('top 5 forces by discharge rate in 2018/19');
    const picture = await chartPicture(answer, { by: 'count' });
    const texts = svgTexts(picture!.svg);
    expect(picture!.plan.measure).toBe('count');
    expect(texts).toEqual(expect.arrayContaining(['Northumbria Police', '60', 'Discharges']));
    expect(texts).not.toContain('24.8%');
  });
});

describe('GIVEN a comparison of two forces', () => {
  it('THEN one measure is a bar per force', async () => {
    const { picture, texts } = await drawn('compare Kent and Essex discharges');
    expectAPng(picture);
    expect(picture.plan.kind).toBe('bars');
    expect(texts).toEqual(expect.arrayContaining(['Kent Police', 'Essex Police', '71', '47']));
  });

  it('THEN several measures are grouped, each labelled, with a legend naming the forces', async () => {
    const { answer, picture, texts } = await drawn('compare Kent and Essex');
    expectAPng(picture);
    expect(picture.plan.kind).toBe('grouped');
    for (const f of answer.figures) expect(texts).toContain(f.metric);
    expect(texts.filter((t) => t === 'Kent Police')).toHaveLength(1);
    expect(texts).toEqual(expect.arrayContaining(['588', '247', '298', '94']));
  });
});

describe('GIVEN a trend for one force', () => {
  it('THEN a column per period in time order, each valued, with every source in the caption', async () => {
    const { picture, texts } = await drawn('Kent discharges trend');
    expectAPng(picture);
    expect(picture.plan.kind).toBe('trend');
    expect(texts).toEqual(expect.arrayContaining(['Discharges, Kent Police', '38', '71']));
    expect(texts.indexOf('38')).toBeLessThan(texts.indexOf('71'));
    // Each period label is drawn on two lines under its column.
    expect(texts).toEqual(expect.arrayContaining(['April 2017 –', 'March 2018', 'April 2018 –', 'March 2019']));
    const caption = texts.join(' ');
    // Both years come from the 2018/19 tables, which restate 2017/18 (the latest revision).
    expect(caption).toContain('Source: Home Office');
    expect(caption).toContain('April 2018 to March 2019: data tables (2019-12-19)');
  });
});

describe('GIVEN answers that make no chart', () => {
  it('THEN a single force and period, a policy answer and a refusal draw nothing', async () => {
    for (const q of ['how many Taser discharges in Kent in 2018/19?', 'who removes the barbs?', 'canteen hours']) {
      expect(await chartPicture(await assistant.answer(q))).toBeUndefined();
    }
  });

  it('THEN a comparison of more bars than anyone can read draws nothing, its figures all in the text', async () => {
    const answer = await assistant.answer(
      'compare kent, essex, surrey, sussex, dorset, devon and cornwall, cumbria, durham, gwent, norfolk and suffolk drawn, aimed, red-dot, arced, drive-stun and fired in 2018/19',
    );
    expect(answer.figures.length).toBeGreaterThan(60);
    expect(await chartPicture(answer)).toBeUndefined();
  });
});
