// The behaviour every platform owes its users, specified once and run against each platform's
// driver (drivers.ts): the same questions, the same clicks, the same expectations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePack } from '../../helpers/assistant.js';
import type { Driver } from './driver.js';
import { DRIVERS } from './drivers.js';
import { HOSTILE } from './hostile.js';

const BARBS = 'Barbs that have penetrated skin are removed only by a paramedic or doctor.';
const MANUAL = 'Northshire Conducted Energy Device Manual';

describe.each(DRIVERS)('GIVEN the bot on $name', ({ start }) => {
  let bot: Driver;
  beforeAll(async () => {
    bot = await start({ pack: fixturePack(), audience: 'public' });
  });
  afterAll(async () => {
    await bot.close();
  });

  it('WHEN a question is in the knowledge THEN it is answered in its words, with its source cited', async () => {
    const reply = await bot.ask('Who removes the barbs?');
    expect(reply.text).toContain(BARBS);
    expect(reply.citations).toEqual([expect.stringContaining(MANUAL)]);
  });

  it('WHEN a question is not THEN it says so and suggests questions it can answer', async () => {
    const reply = await bot.ask('what time does the canteen open');
    expect(reply.text).toContain("I can't find that in my knowledge.");
    expect(reply.suggestions.length).toBeGreaterThan(0);
    expect(reply.citations).toEqual([]);
  });

  it('WHEN a follow-up names only another force THEN it answers the previous question for that force', async () => {
    await bot.ask('how many discharges in Northshire?');
    const reply = await bot.ask('and Westmarch?');
    expect(reply.text).toContain('Westmarch Constabulary');
    expect(reply.text).toContain('no figure published');
  });

  it("WHEN another person follows up THEN the first asker's question is not carried into their answer", async (ctx) => {
    if (!bot.can.people) ctx.skip();
    await bot.ask('Northshire discharges in 2019-20', { shared: true });
    const reply = await bot.ask('and Westmarch?', { shared: true, user: '1000000000000000099' });
    expect(reply.text).toContain('Westmarch Constabulary');
    expect(reply.text).not.toMatch(/2019/);
  });

  it('WHEN anything is asked THEN exactly one reply is sent', async () => {
    const before = bot.replyCount();
    await bot.ask('Where do I holster the device?');
    await bot.ask('x'.repeat(600));
    await bot.ask('what time does the canteen open');
    expect(bot.replyCount() - before).toBe(3);
    expect(bot.lastReply().text).toContain("I can't find that in my knowledge.");
  });

  it('WHEN an answer is shared THEN everyone in the channel sees it, and the question it answers', async (ctx) => {
    if (!bot.can.share) ctx.skip();
    const reply = await bot.ask('Who removes the barbs?');
    expect(reply.public).toBe(false);
    const shared = await bot.click('share');
    expect(shared.public).toBe(true);
    expect(shared.text).toContain(BARBS);
    expect(shared.text).toContain('Who removes the barbs?');
  });

  it('WHEN a suggestion is clicked THEN its question is answered', async (ctx) => {
    if (!bot.can.click) ctx.skip();
    const refusal = await bot.ask('what time does the canteen open');
    const reply = await bot.click({ suggestion: 0 });
    expect(reply.citations.length).toBeGreaterThan(0);
    expect(refusal.suggestions.length).toBeGreaterThan(0);
  });

  it('WHEN feedback is given THEN the asker is thanked and the vote is logged against the answer', async (ctx) => {
    if (!bot.can.click) ctx.skip();
    await bot.ask('Who removes the barbs?');
    const question = bot.usage.events.filter((e) => e.type === 'question').at(-1);
    const thanks = await bot.click('not-helpful');
    expect(thanks.text).toContain('Thanks — feedback recorded 👎');
    expect(bot.usage.events.at(-1)).toMatchObject({ type: 'feedback', vote: 'down', answerId: question?.answerId });
  });
});

describe.each(DRIVERS)('GIVEN a public conversation on $name', ({ start }) => {
  let bot: Driver;
  beforeAll(async () => {
    bot = await start({ pack: fixturePack('visibility'), audience: 'public' });
  });
  afterAll(async () => {
    await bot.close();
  });

  it('WHEN internal knowledge is asked for THEN none of it is shown', async () => {
    for (const question of ['What is the zircon armoury code for holsters?', 'Northdale discharges', 'zircon']) {
      const reply = await bot.ask(question);
      expect(reply.text).not.toMatch(/zircon armoury code is changed|4,?242|424 of/i);
    }
  });
});

describe.each(DRIVERS)('GIVEN hostile text on $name', ({ start }) => {
  let bot: Driver;
  beforeAll(async () => {
    bot = await start({ pack: fixturePack(), audience: 'public' });
  });
  afterAll(async () => {
    await bot.close();
  });

  it.each(HOSTILE)('WHEN %j is asked, followed up, shared THEN nothing of it is live', async (hostile) => {
    const echoes = [
      await bot.ask(hostile),
      await bot.ask(`${hostile} discharges in Northshire`),
      await bot.ask('and Westmarch?'),
      // A follow-up naming only a period keeps the previous question as asked: "Understood as …".
      await bot.ask(`${hostile} discharges in Northshire`),
      await bot.ask('and 2019-20?'),
      await bot.ask(`help ${hostile}`),
    ];
    if (bot.can.share) echoes.push(await bot.click('share'));
    if (bot.can.people) {
      echoes.push(await bot.ask(`${hostile} discharges in Northshire`, { shared: true }));
      echoes.push(await bot.ask('and Westmarch?', { shared: true }));
    }
    if (bot.can.people) {
      await bot.ask(`${hostile} discharges in Northshire`, { shared: true });
      echoes.push(await bot.ask('and 2019-20?', { shared: true }));
    }
    if (bot.can.figures) echoes.push(await bot.figures(hostile));
    if (bot.can.autocomplete) echoes.push(await bot.autocomplete(hostile));
    // The spec only proves something if the hostile text reached a reply: its last word shows
    // (a platform may drop tags from incoming text, so not necessarily the marker domain).
    const word = hostile.match(/\p{L}{4,}/gu)!.at(-1)!;
    if (bot.can.understood) expect(echoes.some((reply) => reply.text.includes(word))).toBe(true);
    for (const reply of echoes) expect(bot.live(reply.raw)).toEqual([]);
  });
});
