// Running the Discord adapter for a force: a question over the rate limit gets a polite refusal
// with no buttons; stop() lets the reply in flight finish and takes no new work; admin notices
// always fit one message with their code block closed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderAdminReport } from '../../../src/adapters/discord/admin.js';
import { guildMessage, slashCommand } from './fake-discord.js';
import { isEdit, startHarness, type Harness } from './harness.js';

const RATE_MESSAGE =
  "You're asking faster than I can keep up — please wait a minute and ask again (the limit is one question a minute).";

describe('the rate limit', () => {
  let h: Harness;
  beforeAll(async () => {
    // A clock that stands still: the second question is always inside the same minute.
    h = await startHarness(undefined, {}, { assistant: { rateLimitPerMinute: 1, clock: () => 1_700_000_000_000 } });
  });
  afterAll(async () => {
    await h.close();
  });

  it('GIVEN a second question within the minute THEN a polite refusal without feedback, post or suggestion buttons', async () => {
    const first = await h.interact(
      slashCommand('ask', [{ name: 'question', type: 3, value: 'Where do I holster the device?' }]),
      isEdit,
    );
    expect(first.body.components.length).toBeGreaterThan(0);
    const second = await h.interact(
      slashCommand('ask', [{ name: 'question', type: 3, value: 'Who removes the barbs?' }]),
      isEdit,
    );
    expect(second.body.embeds).toEqual([{ color: 0x8b949e, description: RATE_MESSAGE }]);
    expect(second.body.components).toEqual([]);
  });

  it('GIVEN a mention over the limit THEN the reply is the refusal alone', async () => {
    const reply = await h.message(guildMessage('<@1000000000000000001> Who removes the barbs?', { mentionsBot: true }));
    expect(reply.body.embeds).toEqual([{ color: 0x8b949e, description: RATE_MESSAGE }]);
    expect(reply.body.components).toEqual([]);
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });
});

describe('stop()', () => {
  it('GIVEN an answer in flight THEN it is delivered before the client disconnects, and new interactions are not taken', async () => {
    const h = await startHarness();
    const held = h.fake.hold(isEdit);
    const asked = slashCommand('ask', [{ name: 'question', type: 3, value: 'Where do I holster the device?' }]);
    const inFlight = await h.interact(asked, isEdit);

    let stopped = false;
    const stopping = h.adapter.stop().then(() => void (stopped = true));
    const late = slashCommand('help');
    h.fake.dispatch('INTERACTION_CREATE', late);
    expect((await h.waitForLog('Discord: shutting down; interaction not handled')).interactionId).toBe(late.id);
    expect(stopped).toBe(false);
    held.release();
    await stopping;

    expect(inFlight.body.embeds[0].description).toMatch(/^The device is carried in a holster/);
    expect(h.fake.calls.filter((c) => c.path.includes(late.token))).toEqual([]);
    expect(h.logs.map((l) => l.msg).slice(-1)).toEqual(['Discord: disconnected']);
    await h.fake.close();
  });
});

describe('renderAdminReport', () => {
  it('GIVEN many long problem lines THEN one message of at most 2,000 characters, the code block closed, the rest counted', () => {
    const lines = Array.from(
      { length: 40 },
      (_, i) => `knowledge/notes.yaml:${i + 1}:3: notes[${i}].title: ${'x'.repeat(80)} \`\`\` @everyone`,
    );
    const text = renderAdminReport({
      headline: 'Reload failed; still serving the previous knowledge:',
      problems: lines,
    });
    expect(text.length).toBeLessThanOrEqual(2000);
    expect(
      text.startsWith(
        'Reload failed; still serving the previous knowledge:\n```\nknowledge/notes.yaml:1:3: notes[0].title: ',
      ),
    ).toBe(true);
    expect(text.endsWith('\n```')).toBe(true);
    expect(text.match(/```/g)).toHaveLength(2);
    expect(text).toMatch(/\n… and \d+ more\n```$/);
  });

  it('GIVEN a one-line report THEN it is escaped text, with no code block', () => {
    expect(renderAdminReport({ headline: 'Reloaded: 1 note edited (use_of_force).', problems: [] })).toBe(
      'Reloaded: 1 note edited (use\\_of\\_force).',
    );
  });
});
