// `/taser reload` and the admin channel, end to end: a real discord.js Client on the fake Discord,
// over a temporary copy of the basic pack with a real KnowledgeReloader behind it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RELOAD_REFUSAL } from '../../../src/core/reload/admin.js';
import { TEXTS } from '../../../src/adapters/shared/texts.js';
import { BARBS, BARBS_BEFORE, tempPack, type TempPack } from '../../core/reload/pack.js';
import { ADMIN_CHANNEL_ID, ADMIN_ROLE_ID, MANAGER_PERMISSIONS, slashCommand, type Invoker } from './fake-discord.js';
import { isCallback, isEdit, startHarness, type Harness } from './harness.js';

const EPHEMERAL = 64;
const NO_MENTIONS = { parse: [], replied_user: false };
const BARBS_AFTER = 'Barbs are removed at hospital.';
const BROKEN = ['    topic: device\n', '    topic: device\n    colour: red\n'] as const;

let pack: TempPack;
let h: Harness;
beforeEach(async () => {
  pack = await tempPack();
  h = await startHarness(
    pack.dir,
    { adminRoleIds: [ADMIN_ROLE_ID], adminChannelId: ADMIN_CHANNEL_ID },
    { reload: true },
  );
});
afterEach(async () => {
  await h.close();
  await pack.remove();
});

/** The answer text to `/taser ask`, as the asker sees it. */
async function ask(question: string): Promise<string> {
  const edit = await h.interact(slashCommand('ask', [{ name: 'question', type: 3, value: question }]), isEdit);
  return edit.body.embeds[0].description;
}

/** `/taser reload` by `invoker`: the first response, and the final one (an edit after a deferral). */
async function reload(invoker: Invoker) {
  const payload = slashCommand('reload', [], undefined, invoker);
  const first = await h.interact(payload, isCallback);
  const final = first.body.type === 5 ? await h.interact(payload, isEdit) : undefined;
  return { first: first.body, final: final?.body };
}

describe('/taser reload', () => {
  it('GIVEN a member with Manage Server THEN the edit is swapped in and an ephemeral reply says what changed', async () => {
    await pack.edit('notes.yaml', BARBS_BEFORE, BARBS_AFTER);
    const { first, final } = await reload({ permissions: MANAGER_PERMISSIONS });
    expect(first).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    expect(final).toEqual(
      expect.objectContaining({
        content: 'Reloaded: 1 note edited (aftercare).',
        embeds: [],
        components: [],
        allowed_mentions: NO_MENTIONS,
      }),
    );
    expect(await ask(BARBS)).toBe(`${BARBS_AFTER} [1]`);
  });

  it('GIVEN a member with a role in DISCORD_ADMIN_ROLE_IDS THEN the reload runs for them too', async () => {
    await pack.edit('notes.yaml', BARBS_BEFORE, BARBS_AFTER);
    const { final } = await reload({ roles: [ADMIN_ROLE_ID] });
    expect(final?.content).toBe('Reloaded: 1 note edited (aftercare).');
    expect(await ask(BARBS)).toBe(`${BARBS_AFTER} [1]`);
  });

  it('GIVEN an ordinary member THEN a polite ephemeral refusal, and nothing is reloaded', async () => {
    await pack.edit('notes.yaml', BARBS_BEFORE, BARBS_AFTER);
    const { first, final } = await reload({});
    expect(first).toEqual({
      type: 4,
      data: expect.objectContaining({ content: RELOAD_REFUSAL, flags: EPHEMERAL, allowed_mentions: NO_MENTIONS }),
    });
    expect(final).toBeUndefined();
    expect(h.reloader!.status.last).toBeUndefined();
    expect(await ask(BARBS)).toContain(BARBS_BEFORE);
  });

  it('GIVEN a broken edit THEN the admin sees each error as file:line:col in a code block, and the old answers stay', async () => {
    await pack.edit('notes.yaml', BARBS_BEFORE, BARBS_AFTER);
    await pack.edit('notes.yaml', ...BROKEN);
    const { final } = await reload({ permissions: MANAGER_PERMISSIONS });
    expect(final?.content).toBe(
      `Reload failed; still serving the previous knowledge:\n\`\`\`\n${pack.dir}/notes.yaml:31:5: notes[3]: unknown field "colour"\n(1 warning not shown; npm run validate lists them)\n\`\`\``,
    );
    expect(await ask(BARBS)).toContain(BARBS_BEFORE);
  });
});

describe('the admin channel', () => {
  it('GIVEN a broken edit noticed while watching THEN the errors are posted there, pinging no one, and the old answers stay', async () => {
    h.reloader!.start();
    const posted = h.fake.waitForCall(
      (c) => c.method === 'POST' && c.path === `/channels/${ADMIN_CHANNEL_ID}/messages`,
    );
    // One save with a good change and a mistake: neither may be applied.
    await pack.write(
      'notes.yaml',
      (await pack.read('notes.yaml')).replace(BARBS_BEFORE, BARBS_AFTER).replace(...BROKEN),
    );
    const call = await posted;
    expect(call.auth).toBe('Bot fake-token');
    expect(call.body).toEqual({
      content: `Reload failed; still serving the previous knowledge:\n\`\`\`\n${pack.dir}/notes.yaml:31:5: notes[3]: unknown field "colour"\n(1 warning not shown; npm run validate lists them)\n\`\`\``,
      allowed_mentions: { parse: [] },
    });
    expect(await ask(BARBS)).toContain(BARBS_BEFORE);
  });
});

describe('without a reloader', () => {
  it('GIVEN an admin THEN they are told reloading is not available here', async () => {
    const plain = await startHarness(pack.dir, { adminRoleIds: [ADMIN_ROLE_ID] });
    try {
      const reply = await plain.interact(slashCommand('reload', [], undefined, { roles: [ADMIN_ROLE_ID] }), isCallback);
      expect(reply.body.data).toEqual(expect.objectContaining({ content: TEXTS.reloadUnavailable, flags: EPHEMERAL }));
    } finally {
      await plain.close();
    }
  });
});
