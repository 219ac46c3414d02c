// Running the Slack adapter for a force: GET /healthz in HTTP mode reports the knowledge and the
// last reload; a question over the rate limit gets a polite refusal with nothing to rate or share.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { healthReport } from '../../../src/core/reload/health.js';
import { KnowledgeReloader } from '../../../src/core/reload/reloader.js';
import { loadKnowledge } from '../../../src/core/knowledge/load.js';
import { fixturePack, makeAssistant } from '../../helpers/assistant.js';
import { tempPack, type TempPack } from '../../core/reload/pack.js';
import { CHANNEL, startHarness, type Harness } from './helpers/harness.js';

describe('GET /healthz', () => {
  let pack: TempPack;
  let reloader: KnowledgeReloader;
  let h: Harness;
  beforeEach(async () => {
    pack = await tempPack();
    reloader = new KnowledgeReloader(pack.assistant, { dir: pack.dir, load: { today: '2026-01-01' } });
    h = await startHarness({
      assistant: pack.assistant,
      deps: { reloader, health: () => healthReport(pack.assistant.knowledge, reloader.status) },
    });
  });
  afterEach(async () => {
    await reloader.stop();
    await h.close();
    await pack.remove();
  });

  const healthUrl = () => h.eventsUrl.replace(/\/slack\/events$/, '/healthz');

  it('GIVEN knowledge loaded THEN it answers 200 with the counts, unsigned', async () => {
    const res = await fetch(healthUrl());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.json()).toEqual({
      // One of the pack's four notes is internal: an unauthenticated endpoint counts public knowledge only.
      status: 'ok',
      knowledge: {
        notes: 3,
        statistics: 3,
        sources: 2,
        updatedAt: pack.assistant.knowledge.updatedAt.toISOString(),
        fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
      },
      watching: false,
      lastReload: null,
      lastSuccessfulReloadAt: null,
    });
  });

  it('GIVEN the files change and reload THEN the fingerprint changes; the same files give the same one', async () => {
    const before = ((await (await fetch(healthUrl())).json()) as { knowledge: { fingerprint: string } }).knowledge;
    expect(before.fingerprint).toBe((await loadKnowledge(pack.dir)).knowledge?.fingerprint);
    await pack.edit('notes.yaml', '    topic: device\n', '    topic: equipment\n');
    await reloader.reload();
    const after = ((await (await fetch(healthUrl())).json()) as { knowledge: { fingerprint: string } }).knowledge;
    expect(after.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(after.fingerprint).not.toBe(before.fingerprint);
  });

  it('GIVEN a failed reload THEN it says the knowledge is stale, with the error count and the same counts', async () => {
    await pack.edit('notes.yaml', '    topic: device\n', '    topic: device\n    colour: red\n');
    await reloader.reload();
    const body = (await (await fetch(healthUrl())).json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      status: 'stale',
      knowledge: { notes: 3, statistics: 3, sources: 2 },
      lastReload: { cause: 'request', ok: false, errors: 1 },
      lastSuccessfulReloadAt: null,
    });
  });

  it('GIVEN no health report wired THEN there is no such route', async () => {
    const plain = await startHarness({ assistant: pack.assistant });
    try {
      expect((await fetch(plain.eventsUrl.replace(/\/slack\/events$/, '/healthz'))).status).toBe(404);
    } finally {
      await plain.close();
    }
  });
});

describe('the rate limit', () => {
  const RATE_MESSAGE =
    "You're asking faster than I can keep up — please wait a minute and ask again (the limit is one question a minute).";
  let h: Harness;
  beforeAll(async () => {
    // A clock that stands still: the second question is always inside the same minute.
    const assistant = await makeAssistant(fixturePack(), { rateLimitPerMinute: 1, clock: () => 1_700_000_000_000 });
    h = await startHarness({ assistant });
  });
  afterAll(async () => {
    await h.close();
  });

  it('GIVEN a second question within the minute THEN a polite refusal without feedback or share buttons', async () => {
    await h.command('Where do I holster the device?', { responseId: 'first' });
    await h.command('Who removes the barbs?', { responseId: 'second' });
    const [first, second] = h.fake.responses;
    expect((first!.body.blocks as { block_id?: string }[]).at(-1)!.block_id).toBe('answer_feedback');
    expect(second!.body).toEqual({
      response_type: 'ephemeral',
      text: RATE_MESSAGE,
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: RATE_MESSAGE } }],
    });
  });

  it('GIVEN a mention over the limit THEN the thread reply is the refusal alone, and another officer is still answered', async () => {
    h.fake.reset();
    await h.event({
      type: 'app_mention',
      user: 'U0BUSY',
      text: '<@UBOT> Where do I holster the device?',
      ts: '1700000100.000100',
      channel: CHANNEL,
    });
    await h.event({
      type: 'app_mention',
      user: 'U0BUSY',
      text: '<@UBOT> Who removes the barbs?',
      ts: '1700000101.000100',
      channel: CHANNEL,
    });
    await h.event({
      type: 'app_mention',
      user: 'U0OTHER',
      text: '<@UBOT> Who removes the barbs?',
      ts: '1700000102.000100',
      channel: CHANNEL,
    });
    const posts = h.fake.callsTo('chat.postMessage').map((c) => c.args);
    expect(posts).toHaveLength(3);
    expect(posts[1]).toMatchObject({
      thread_ts: '1700000101.000100',
      text: RATE_MESSAGE,
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: RATE_MESSAGE } }],
    });
    expect((posts[2]!.blocks as { block_id?: string }[]).at(-1)!.block_id).toBe('answer_feedback');
  });
});
