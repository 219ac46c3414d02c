// Charts as pictures in Teams: a trend, ranking or comparison is answered with its chart drawn
// as a PNG inside the Adaptive Card (a data URI, so no URL can expose an internal answer's
// figures), in place of the text bars; when the picture cannot fit, the text bars stay.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHART_SCALES, MAX_CARD_BYTES, cardBytes, renderAnswerCard } from '../../../src/adapters/teams/render.js';
import { chartPicture } from '../../../src/charts/chart-png.js';
import { personalMessage } from './activities.js';
import { buttonsOf, cardOf, paragraphsOf } from './card-reader.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const PNG_SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

/** The card's Image elements. */
const imagesOf = (card: any): { url: string; altText?: string }[] =>
  (card.body as any[]).filter((e) => e.type === 'Image');

describe('GIVEN a question whose answer is a trend', () => {
  it('THEN the card carries one image: the PNG of that answer’s chart, with the figures as lines once', async () => {
    const sent = await h.send(personalMessage('Northshire discharges over time', { serviceUrl: h.fake.url }));
    const card = cardOf(sent.posts[0]!);
    const [image, ...more] = imagesOf(card);
    expect(more).toEqual([]);
    expect(image!.url).toMatch(/^data:image\/png;base64,/);
    const png = Buffer.from(image!.url.slice('data:image/png;base64,'.length), 'base64');
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);

    // The very picture chartPicture draws for the answer the card is for, at one of the scales tried.
    const answerId = buttonsOf(card).find((b) => b.verb === 'taser.feedback')!.data.answerId;
    const answer = (await h.assistant.recall(answerId))!;
    const drawn = await Promise.all(CHART_SCALES.map((scale) => chartPicture(answer, { scale })));
    expect(drawn.some((p) => p !== undefined && Buffer.from(p.png).equals(png))).toBe(true);
    expect(image!.altText).toBe(`Chart: ${drawn[0]!.plan.title}, ${drawn[0]!.plan.period}`);

    // Figures once: a line per figure (not again under the source), and no text bars beside the picture.
    const shown = paragraphsOf(card);
    expect(shown.filter((p) => p.includes('█'))).toEqual([]);
    expect(shown.filter((p) => /^Northshire Police, April 20\d\d – March 20\d\d: discharges \d+/.test(p))).toHaveLength(
      answer.figures.length,
    );
    expect(cardBytes(card)).toBeLessThanOrEqual(MAX_CARD_BYTES);
  });
});

describe('GIVEN a trend whose picture cannot fit beside a long answer', () => {
  it('THEN no picture, and the text bars stand in for it', async () => {
    const answer = await h.assistant.answer('Northshire discharges over time');
    // About 14 KB of notices: the card fits without a picture, not with even the smallest one.
    const card = await renderAnswerCard({ ...answer, notices: Array.from({ length: 14 }, () => 'note '.repeat(200)) });
    expect(imagesOf(card)).toEqual([]);
    expect(paragraphsOf(card).filter((p) => p.includes('█')).length).toBeGreaterThan(0);
  });
});

describe('GIVEN an answer with one figure', () => {
  it('THEN no picture is drawn', async () => {
    const sent = await h.send(personalMessage('How many discharges in Northshire?', { serviceUrl: h.fake.url }));
    expect(imagesOf(cardOf(sent.posts[0]!))).toEqual([]);
  });
});
