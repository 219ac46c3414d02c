// `/taser reload` end to end with hostile knowledge files: a real Bolt app on loopback and a real
// KnowledgeReloader over a folder whose file names, field names and note ids carry the shared
// hostile list. Whatever the files say, the admin's reply shows it only as inert text.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KnowledgeReloader } from '../../../src/core/reload/reloader.js';
import { CONTROL_OR_BIDI, stringsIn } from '../contract/driver.js';
import { HOSTILE, LIVE_MARKER } from '../contract/hostile.js';
import { tempPack, type TempPack } from '../../core/reload/pack.js';
import { addDomainNote, writeHostileFile } from '../shared/hostile-pack.js';
import { startHarness, type Harness } from './helpers/harness.js';

const ADMIN = 'U0ADMIN';

let pack: TempPack;
let reloader: KnowledgeReloader;
let h: Harness;
beforeEach(async () => {
  pack = await tempPack();
  reloader = new KnowledgeReloader(pack.assistant, { dir: pack.dir, load: { today: '2026-01-01' } });
  h = await startHarness({ assistant: pack.assistant, config: { adminUserIds: [ADMIN] }, deps: { reloader } });
});
afterEach(async () => {
  await reloader.stop();
  await h.close();
  await pack.remove();
});

/** The reply to an admin's `/taser reload`: its notification text and its sections' mrkdwn. */
async function reload(): Promise<{ text: string; sections: string[] }> {
  await h.command('reload', { user: ADMIN, responseId: 'reload' });
  const body = h.fake.responses.find((r) => r.id === 'reload')!.body as {
    text: string;
    blocks: { text: { text: string } }[];
  };
  return { text: body.text, sections: body.blocks.map((b) => b.text.text) };
}

/** Nothing in `s` can act on the client, reorder text, mention, broadcast or be linked by its scheme. */
function expectInert(s: string): void {
  expect(s).not.toMatch(CONTROL_OR_BIDI);
  expect(s).not.toMatch(/<[@!#]|<https?:/);
  expect(s).not.toMatch(/@(everyone|here|channel)\b/);
  expect(s).not.toMatch(/https?:\/\/|www\./i);
}

describe.each(HOSTILE)('GIVEN a knowledge file named after %j with a field of that name', (hostile) => {
  it('WHEN an admin reloads THEN the error names the file and field, inert, in one closed code block', async () => {
    await writeHostileFile(pack, hostile);
    const reply = await reload();
    expect(reply.sections[0]).toBe('Reload failed; still serving the previous knowledge:');
    const code = reply.sections[1]!;
    expect(code.match(/```/g)).toHaveLength(2);
    // The hostile text did arrive (as file name and field name), so the checks below mean something.
    expect(code).toMatch(/:8:5: notes\[0\]: unknown field "/);
    expect(code.match(/evil/g)?.length).toBeGreaterThanOrEqual(2);
    for (const s of stringsIn(reply)) expectInert(s);
  });
});

describe('GIVEN a note added whose id reads as a domain', () => {
  it('WHEN an admin reloads THEN the headline quotes the id so that it cannot be linked', async () => {
    await addDomainNote(pack);
    const reply = await reload();
    expect(reply.sections).toEqual(['Reloaded: 1 note added (evil\u2024example).']);
    expect(reply.text).not.toMatch(LIVE_MARKER);
  });
});
