// "reload" sent to the bot, and the admin channel, end to end: signed activities into the real
// Teams SDK App over a temporary copy of the basic pack, with a real KnowledgeReloader behind it.
// Admins are named by TEAMS_ADMIN_IDS; what a report quotes from files anyone may edit is inert.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEXTS } from '../../../src/adapters/shared/texts.js';
import { AdminChannels } from '../../../src/admin-channels.js';
import { silentLogger } from '../../../src/logger.js';
import { reportReloads } from '../../../src/reload-report.js';
import { RELOAD_REFUSAL } from '../../../src/core/reload/admin.js';
import { KnowledgeReloader } from '../../../src/core/reload/reloader.js';
import { CONTROL_OR_BIDI, stringsIn } from '../contract/driver.js';
import { BARBS, BARBS_BEFORE, tempPack, type TempPack } from '../../core/reload/pack.js';
import { USER, channelMention, personalMessage } from './activities.js';
import { cardOf, linksOf, paragraphsOf } from './card-reader.js';
import { startHarness, type Harness } from './harness.js';

const BARBS_AFTER = 'Barbs are removed at hospital.';
const BROKEN = ['    topic: device\n', '    topic: device\n    colour: red\n'] as const;

let pack: TempPack;
let reloader: KnowledgeReloader;
let h: Harness;
beforeEach(async () => {
  pack = await tempPack();
  reloader = new KnowledgeReloader(pack.assistant, { dir: pack.dir, debounceMs: 50, load: { today: '2026-01-01' } });
  h = await startHarness({ adminIds: [USER.aadObjectId] }, { use: pack.assistant, reloader });
});
afterEach(async () => {
  await reloader.stop();
  await h.close();
  await pack.remove();
});

/** Send `text` in the personal chat as `from` (default the admin); the one card posted back, as paragraphs. */
async function say(text: string, from: object = USER): Promise<string[]> {
  const sent = await h.send({ ...personalMessage(text, { serviceUrl: h.fake.url }), from });
  expect(sent.posts).toHaveLength(1);
  return paragraphsOf(cardOf(sent.posts[0]!));
}

const NOT_ADMIN = { id: '29:1someoneElse', name: 'Sam Someone', aadObjectId: '7d6f1c2e-0000-4000-8000-000000000002' };

describe('"reload"', () => {
  it('GIVEN an admin THEN the edited knowledge is swapped in and the card says what changed', async () => {
    await pack.edit('notes.yaml', BARBS_BEFORE, BARBS_AFTER);
    expect(await say('reload')).toEqual(['Reloaded: 1 note edited (aftercare).']);
    expect((await say(BARBS))[0]).toBe(`${BARBS_AFTER} [1]`);
  });

  it('GIVEN an admin @mentioning the bot in a channel THEN the report goes to that thread', async () => {
    const sent = await h.send({ ...channelMention('Reload', { serviceUrl: h.fake.url }), from: USER });
    expect(paragraphsOf(cardOf(sent.posts[0]!))).toEqual(['Reloaded: nothing changed.']);
  });

  it('GIVEN anyone else THEN a polite refusal, and nothing is reloaded', async () => {
    await pack.edit('notes.yaml', BARBS_BEFORE, BARBS_AFTER);
    expect(await say('reload', NOT_ADMIN)).toEqual([RELOAD_REFUSAL]);
    expect(reloader.status.last).toBeUndefined();
    expect((await say(BARBS))[0]).toBe(`${BARBS_BEFORE} [1]`);
  });

  it('GIVEN a broken edit THEN the admin sees each error as file:line:col, and the old answers stay', async () => {
    await pack.edit('notes.yaml', ...BROKEN);
    // Paths are inert like every text (a zero-width space keeps "notes.yaml" from reading as a link).
    expect((await say('reload')).map((p) => p.replaceAll('\u200B', ''))).toEqual([
      'Reload failed; still serving the previous knowledge:',
      `${pack.dir}/notes.yaml:31:5: notes[3]: unknown field "colour"`,
      '(1 warning not shown; npm run validate lists them)',
    ]);
    expect((await say(BARBS))[0]).toBe(`${BARBS_BEFORE} [1]`);
  });

  it('GIVEN a broken file whose name and content carry markup, links, mentions and bidi THEN all of it is inert', async () => {
    await pack.write(
      'notes-\u202Eevil <at>Everyone @here [x](https:evil.example).yaml',
      'notes:\n  - [\u2066evil.example\n',
    );
    const sent = await h.send({ ...personalMessage('reload', { serviceUrl: h.fake.url }), from: USER });
    const card = cardOf(sent.posts[0]!);
    const shown = paragraphsOf(card);
    expect(shown[0]).toBe('Reload failed; still serving the previous knowledge:');
    // The file is named, its bidi characters visible as [U+…] rather than acting on the text.
    expect(shown.some((p) => p.replaceAll('\u200B', '').includes('notes-[U+202E]evil <at>Everyone @here'))).toBe(true);
    for (const s of stringsIn(sent.posts[0]!.body)) {
      expect(s).not.toMatch(CONTROL_OR_BIDI);
      expect(s).not.toMatch(/evil\.example/);
    }
    expect(linksOf(card)).toEqual([]);
    expect(sent.posts[0]!.body.entities ?? []).toEqual([]);
    expect(JSON.stringify(card)).not.toMatch(/"type":"TextBlock"/);
  });

  it('GIVEN "reload now" THEN it is a question, not the command', async () => {
    expect((await say('reload now'))[0]).toBe("I can't find that in my knowledge. The nearest topics I know about:");
    expect(reloader.status.last).toBeUndefined();
  });
});

describe('"reload" where the deployment cannot reload', () => {
  it('GIVEN an admin THEN they are told to restart instead', async () => {
    const plain = await startHarness({ adminIds: [USER.aadObjectId] });
    try {
      const sent = await plain.send({ ...personalMessage('reload', { serviceUrl: plain.fake.url }), from: USER });
      expect(paragraphsOf(cardOf(sent.posts[0]!))).toEqual([TEXTS.reloadUnavailable]);
    } finally {
      await plain.close();
    }
  });
});

describe('the admin channel (TEAMS_ADMIN_CHANNEL_ID)', () => {
  const ADMIN_CHANNEL = '19:admins0000@thread.tacv2';
  let watched: TempPack;
  let watcher: KnowledgeReloader;
  let bot: Harness;
  beforeEach(async () => {
    watched = await tempPack();
    const channels = new AdminChannels(silentLogger());
    watcher = new KnowledgeReloader(watched.assistant, {
      dir: watched.dir,
      debounceMs: 50,
      load: { today: '2026-01-01' },
      onResult: reportReloads(silentLogger(), channels),
    });
    bot = await startHarness({ adminChannelId: ADMIN_CHANNEL }, { use: watched.assistant, reloader: watcher });
    // As startBot wires it: the reloader's notices reach the channel through the running adapter.
    channels.add('Teams', bot.adapter.postAdminNotice);
  });
  afterEach(async () => {
    await watcher.stop();
    await bot.close();
    await watched.remove();
  });

  it('GIVEN a broken edit noticed while watching THEN the errors are posted there, as the bot, and the old answers stay', async () => {
    watcher.start();
    const posted = bot.fake.nextPost();
    await watched.edit('notes.yaml', ...BROKEN);
    const post = await posted;
    expect(post.conversationId).toBe(ADMIN_CHANNEL);
    expect(post.authorization).toBe(`Bearer ${bot.fake.botToken}`);
    expect(paragraphsOf(cardOf(post)).map((p) => p.replaceAll('\u200B', ''))).toEqual([
      'Reload failed; still serving the previous knowledge:',
      `${watched.dir}/notes.yaml:31:5: notes[3]: unknown field "colour"`,
      '(1 warning not shown; npm run validate lists them)',
    ]);
    const sent = await bot.send(personalMessage(BARBS, { serviceUrl: bot.fake.url }));
    expect(paragraphsOf(cardOf(sent.posts[0]!))[0]).toBe(`${BARBS_BEFORE} [1]`);
  });
});

describe('GIVEN no TEAMS_ADMIN_CHANNEL_ID', () => {
  it('THEN the adapter offers no admin notices', async () => {
    const plain = await startHarness();
    try {
      expect(plain.adapter.postAdminNotice).toBeUndefined();
    } finally {
      await plain.close();
    }
  });
});
