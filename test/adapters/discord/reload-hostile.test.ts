// `/taser reload` end to end with hostile knowledge files: a real discord.js Client on the fake
// Discord and a real KnowledgeReloader over a folder whose file names, field names and note ids
// carry the shared hostile list. Whatever the files say, the admin's reply shows it only inert.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTROL_OR_BIDI } from '../contract/driver.js';
import { HOSTILE, LIVE_MARKER } from '../contract/hostile.js';
import { tempPack, type TempPack } from '../../core/reload/pack.js';
import { addDomainNote, writeHostileFile } from '../shared/hostile-pack.js';
import { MANAGER_PERMISSIONS, slashCommand } from './fake-discord.js';
import { isEdit, startHarness, type Harness } from './harness.js';

const NO_MENTIONS = { parse: [], replied_user: false };

let pack: TempPack;
let h: Harness;
beforeEach(async () => {
  pack = await tempPack();
  h = await startHarness(pack.dir, {}, { reload: true });
});
afterEach(async () => {
  await h.close();
  await pack.remove();
});

/** The final reply to a Manage Server member's `/taser reload` (an edit of the deferred reply). */
async function reload(): Promise<{ content: string; allowed_mentions: unknown }> {
  const edit = await h.interact(slashCommand('reload', [], undefined, { permissions: MANAGER_PERMISSIONS }), isEdit);
  return edit.body as { content: string; allowed_mentions: unknown };
}

describe.each(HOSTILE)('GIVEN a knowledge file named after %j with a field of that name', (hostile) => {
  it('WHEN an admin reloads THEN the error names the file and field in one closed code block, pinging no one', async () => {
    await writeHostileFile(pack, hostile);
    const reply = await reload();
    expect(reply.allowed_mentions).toEqual(NO_MENTIONS);
    const [before, code, after] = reply.content.split('```');
    expect(before).toBe('Reload failed; still serving the previous knowledge:\n');
    expect(after).toBe('');
    // The hostile text did arrive (as file name and field name), so the checks below mean something.
    expect(code).toMatch(/:8:5: notes\[0\]: unknown field "/);
    expect(code!.match(/evil/g)?.length).toBeGreaterThanOrEqual(2);
    // Inside a code block Discord renders no markdown, link or mention; nothing may act or reorder.
    expect(reply.content).not.toMatch(CONTROL_OR_BIDI);
  });
});

describe('GIVEN a note added whose id reads as a domain', () => {
  it('WHEN an admin reloads THEN the headline quotes the id so that it cannot be linked', async () => {
    await addDomainNote(pack);
    const reply = await reload();
    expect(reply.content).toBe('Reloaded: 1 note added (evil\u2024example).');
    expect(reply.content).not.toMatch(LIVE_MARKER);
  });
});
