// The admin reload command and admin-channel notices, on a real reloader over a temporary pack.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { adminNotice, RELOAD_REFUSAL, reloadCommand } from '../../../src/core/reload/admin.js';
import { KnowledgeReloader } from '../../../src/core/reload/reloader.js';
import { BARBS, BARBS_BEFORE, tempPack, type TempPack } from './pack.js';

let pack: TempPack;
let reloader: KnowledgeReloader;
beforeEach(async () => {
  pack = await tempPack();
  reloader = new KnowledgeReloader(pack.assistant, { dir: pack.dir, load: { today: '2026-01-01' } });
});
afterEach(async () => {
  await reloader.stop();
  await pack.remove();
});

describe('reloadCommand', () => {
  it('reloads for an admin and replies with what changed', async () => {
    await pack.edit('notes.yaml', BARBS_BEFORE, 'Barbs are removed at hospital.');
    expect(await reloadCommand(reloader, { isAdmin: true })).toEqual({
      reloaded: true,
      report: {
        headline: 'Reloaded: 1 note edited (aftercare).',
        changes: expect.objectContaining({ notes: { added: [], removed: [], edited: ['aftercare'] } }),
        problems: [],
        echoes: ['aftercare'],
      },
    });
    expect(await pack.ask(BARBS)).toContain('Barbs are removed at hospital.');
  });

  it('replies with the errors when the knowledge is broken, and keeps answering from the old one', async () => {
    await pack.edit('notes.yaml', '    topic: device\n', '    topic: device\n    colour: red\n');
    expect(await reloadCommand(reloader, { isAdmin: true })).toEqual({
      reloaded: false,
      report: {
        headline: 'Reload failed; still serving the previous knowledge:',
        problems: [
          `${pack.dir}/notes.yaml:31:5: notes[3]: unknown field "colour"`,
          '(1 warning not shown; npm run validate lists them)',
        ],
      },
    });
    expect(await pack.ask(BARBS)).toContain(BARBS_BEFORE);
  });

  it('refuses anyone else politely and reloads nothing', async () => {
    await pack.edit('notes.yaml', BARBS_BEFORE, 'Barbs are removed at hospital.');
    expect(await reloadCommand(reloader, { isAdmin: false })).toEqual({
      reloaded: false,
      report: { headline: RELOAD_REFUSAL, problems: [] },
    });
    expect(reloader.status.last).toBeUndefined();
    expect(await pack.ask(BARBS)).toContain(BARBS_BEFORE);
  });
});

describe('adminNotice', () => {
  const unchanged = {
    notes: { added: [], removed: [], edited: [] },
    statistics: { added: [], removed: [], edited: [] },
    other: [],
  };
  const edited = { ...unchanged, notes: { added: [], removed: [], edited: ['aftercare'] } };

  it('posts failures and automatic changes, not requested reloads or reloads that changed nothing', () => {
    const failed = {
      ok: false as const,
      problems: [{ file: 'k/notes.yaml', line: 3, col: 5, message: 'bad', severity: 'error' as const }],
    };
    const failure = {
      headline: 'Reload failed; still serving the previous knowledge:',
      problems: ['k/notes.yaml:3:5: bad'],
    };
    expect(adminNotice(failed, 'change')).toEqual(failure);
    expect(adminNotice(failed, 'request')).toEqual(failure);
    expect(adminNotice({ ok: true, changes: edited, warnings: [] }, 'change')).toEqual({
      headline: 'Reloaded: 1 note edited (aftercare).',
      changes: edited,
      problems: [],
      echoes: ['aftercare'],
    });
    expect(adminNotice({ ok: true, changes: edited, warnings: [] }, 'request')).toBeUndefined();
    expect(adminNotice({ ok: true, changes: unchanged, warnings: [] }, 'change')).toBeUndefined();
  });
});
