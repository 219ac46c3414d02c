// `/taser reload` and the admin channel, end to end: signed slash commands into a real Bolt app
// over a temporary copy of the basic pack, with a real KnowledgeReloader behind it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { postAdminNotice } from '../../../src/adapters/slack/admin.js';
import { AdminChannels } from '../../../src/admin-channels.js';
import { RELOAD_REFUSAL } from '../../../src/core/reload/admin.js';
import { KnowledgeReloader } from '../../../src/core/reload/reloader.js';
import { silentLogger } from '../../../src/logger.js';
import { reportReloads } from '../../../src/reload-report.js';
import { BARBS, BARBS_BEFORE, tempPack, type TempPack } from '../../core/reload/pack.js';
import { startHarness, type Harness } from './helpers/harness.js';

const ADMIN = 'U0ADMIN';
const ADMIN_CHANNEL = 'C0ADMINS';
const BARBS_AFTER = 'Barbs are removed at hospital.';
const BROKEN = ['    topic: device\n', '    topic: device\n    colour: red\n'] as const;

let pack: TempPack;
let reloader: KnowledgeReloader;
let h: Harness;
beforeEach(async () => {
  pack = await tempPack();
  const channels = new AdminChannels(silentLogger());
  reloader = new KnowledgeReloader(pack.assistant, {
    dir: pack.dir,
    debounceMs: 50,
    load: { today: '2026-01-01' },
    onResult: reportReloads(silentLogger(), channels),
  });
  h = await startHarness({
    assistant: pack.assistant,
    config: { adminUserIds: [ADMIN], adminChannel: ADMIN_CHANNEL },
    deps: { reloader },
  });
  // As main.ts wires it: the reloader's notices go to the admin channel through the adapter.
  channels.add('Slack', (text) => postAdminNotice(h.app.client, ADMIN_CHANNEL, text));
});
afterEach(async () => {
  await reloader.stop();
  await h.close();
  await pack.remove();
});

/** The text of the ephemeral answer to `/taser <question>`. */
async function ask(question: string): Promise<string> {
  const before = h.fake.responses.length;
  await h.command(question, { responseId: 'ask' });
  const blocks = h.fake.responses[before]!.body.blocks as { text?: { text: string } }[];
  return blocks[0]!.text!.text;
}

describe('/taser reload', () => {
  it('GIVEN an admin THEN the edited knowledge is swapped in and the reply says what changed', async () => {
    await pack.edit('notes.yaml', BARBS_BEFORE, BARBS_AFTER);
    await h.command('reload', { user: ADMIN, responseId: 'reload' });
    expect(h.fake.responses.map((r) => [r.id, r.body])).toEqual([
      [
        'reload',
        {
          response_type: 'ephemeral',
          text: 'Reloaded: 1 note edited (aftercare).',
          blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Reloaded: 1 note edited (aftercare).' } }],
        },
      ],
    ]);
    expect(await ask(BARBS)).toBe(`${BARBS_AFTER} [1]`);
    // A reload someone asked for is answered to them, not announced in the admin channel.
    expect(h.fake.callsTo('chat.postMessage')).toEqual([]);
  });

  it('GIVEN anyone else THEN a polite refusal, and nothing is reloaded', async () => {
    await pack.edit('notes.yaml', BARBS_BEFORE, BARBS_AFTER);
    await h.command('reload', { responseId: 'reload' });
    expect(h.fake.responses.map((r) => r.body)).toEqual([
      {
        response_type: 'ephemeral',
        text: RELOAD_REFUSAL,
        blocks: [{ type: 'section', text: { type: 'mrkdwn', text: RELOAD_REFUSAL } }],
      },
    ]);
    expect(reloader.status.last).toBeUndefined();
    expect(await ask(BARBS)).toContain(BARBS_BEFORE);
  });

  it('GIVEN a broken edit THEN the admin sees each error as file:line:col in a code block, and the old answers stay', async () => {
    await pack.edit('notes.yaml', BARBS_BEFORE, BARBS_AFTER);
    await pack.edit('notes.yaml', ...BROKEN);
    await h.command('reload', { user: ADMIN, responseId: 'reload' });
    const [reply] = h.fake.responses;
    expect(reply!.body.blocks).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: 'Reload failed; still serving the previous knowledge:' } },
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: `\`\`\`\n${pack.dir}/notes.yaml:31:5: notes[3]: unknown field "colour"\n(1 warning not shown; npm run validate lists them)\n\`\`\``,
        },
      },
    ]);
    expect(await ask(BARBS)).toContain(BARBS_BEFORE);
  });

  it('GIVEN "/taser reload now" THEN it is a question, not the command', async () => {
    await h.command('reload now', { user: ADMIN });
    expect(reloader.status.last).toBeUndefined();
    expect((h.fake.responses[0]!.body.blocks as { text?: { text: string } }[])[0]!.text!.text).toBe(
      "I can't find that in my knowledge. The nearest topics I know about:",
    );
  });
});

describe('the admin channel', () => {
  it('GIVEN a broken edit noticed while watching THEN the errors are posted there as file:line:col, and the old answers stay', async () => {
    reloader.start();
    const posted = h.fake.waitForCall('chat.postMessage', (c) => c.args.channel === ADMIN_CHANNEL);
    // One save with a good change and a mistake: neither may be applied.
    await pack.write(
      'notes.yaml',
      (await pack.read('notes.yaml')).replace(BARBS_BEFORE, BARBS_AFTER).replace(...BROKEN),
    );
    const call = await posted;
    expect(call.args).toEqual({
      channel: ADMIN_CHANNEL,
      text: `Reload failed; still serving the previous knowledge:\n${pack.dir}/notes.yaml:31:5: notes[3]: unknown field "colour"\n(1 warning not shown; npm run validate lists them)`,
      blocks: [
        { type: 'section', text: { type: 'mrkdwn', text: 'Reload failed; still serving the previous knowledge:' } },
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            text: `\`\`\`\n${pack.dir}/notes.yaml:31:5: notes[3]: unknown field "colour"\n(1 warning not shown; npm run validate lists them)\n\`\`\``,
          },
        },
      ],
      unfurl_links: 'false',
      unfurl_media: 'false',
      link_names: 'false',
    });
    expect(call.token).toBe('xoxb-test-token');
    expect(await ask(BARBS)).toContain(BARBS_BEFORE);
  });

  it('GIVEN a good edit noticed while watching THEN the admin channel is told what changed', async () => {
    reloader.start();
    const posted = h.fake.waitForCall('chat.postMessage', (c) => c.args.channel === ADMIN_CHANNEL);
    await pack.edit('notes.yaml', BARBS_BEFORE, BARBS_AFTER);
    expect((await posted).args.text).toBe('Reloaded: 1 note edited (aftercare).');
    expect(await ask(BARBS)).toContain(BARBS_AFTER);
  });
});
