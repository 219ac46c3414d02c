// Reloading on file changes, as an admin editing the knowledge folder would cause them:
// saves, atomic renames, new files in subfolders, bursts of edits, and a polling fallback.
// Tests wait for reload results (events); no test sleeps or measures time.
import { mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeReload } from '../../../src/core/reload/describe.js';
import { KnowledgeReloader, type KnowledgeReloaderOptions } from '../../../src/core/reload/reloader.js';
import { BARBS, BARBS_BEFORE, noteYaml, resultRecorder, tempPack, type TempPack } from './pack.js';

let pack: TempPack;
let recorder: ReturnType<typeof resultRecorder>;
let reloader: KnowledgeReloader;

function watching(options: Partial<KnowledgeReloaderOptions> = {}): KnowledgeReloader {
  reloader = new KnowledgeReloader(pack.assistant, {
    dir: pack.dir,
    debounceMs: 50,
    load: { today: '2026-01-01' },
    onResult: recorder.onResult,
    ...options,
  });
  reloader.start();
  return reloader;
}

const hasText = (text: string) => () => pack.assistant.knowledge.notes.some((n) => n.text.includes(text));

beforeEach(async () => {
  pack = await tempPack();
  recorder = resultRecorder();
});
afterEach(async () => {
  await reloader.stop();
  await pack.remove();
});

describe('watching the knowledge folder', () => {
  it('swaps in a saved good edit and reports it as a change', async () => {
    watching();
    const reported = recorder.next();
    await pack.edit('notes.yaml', BARBS_BEFORE, 'Barbs are removed only at hospital.');
    const { result, cause } = await reported;
    expect(cause).toBe('change');
    expect(describeReload(result)).toBe('Reloaded: 1 note edited (aftercare).');
    expect(await pack.ask(BARBS)).toContain('Barbs are removed only at hospital.');
    expect(reloader.status.watching).toBe(true);
  });

  it('keeps the old answers after a broken save, and reports the errors with file:line:col', async () => {
    watching();
    const reported = recorder.next();
    await pack.edit(
      'notes.yaml',
      '    source: manual\n    visibility: internal',
      '    source: manuel\n    visibility: internal',
    );
    const { result } = await reported;
    expect(describeReload(result)).toBe(
      `Reload failed; still serving the previous knowledge:\n${pack.dir}/notes.yaml:32:13: source "manuel" is not defined in the knowledge (did you mean "manual"?)\n(1 warning not shown; npm run validate lists them)`,
    );
    expect(await pack.ask(BARBS)).toContain(BARBS_BEFORE);
    expect(pack.assistant.knowledge.notes.find((n) => n.id === 'battery-check')!.source).toBe('manual');
  });

  it('picks up an editor-style atomic save (write a temporary file, rename it over the old one)', async () => {
    watching();
    const reported = recorder.next(hasText('Barbs stay in until a doctor sees the subject.'));
    const text = (await pack.read('notes.yaml')).replace(
      BARBS_BEFORE,
      'Barbs stay in until a doctor sees the subject.',
    );
    await pack.write('.notes.yaml.swp', text);
    await rename(path.join(pack.dir, '.notes.yaml.swp'), path.join(pack.dir, 'notes.yaml'));
    await reported;
    expect(await pack.ask(BARBS)).toContain('Barbs stay in until a doctor sees the subject.');
  });

  it('picks up a new file in a new subfolder', async () => {
    watching();
    const reported = recorder.next((r) => r.ok && r.changes.notes.added.includes('spare-cartridges'));
    await mkdir(path.join(pack.dir, 'more'));
    await pack.write(
      'more/extra.yaml',
      `notes:\n${noteYaml('spare-cartridges', 'Officers carry two spare cartridges on every shift.', 'How many spare cartridges do I carry?')}`,
    );
    await reported;
    expect(await pack.ask('How many spare cartridges do I carry?')).toBe(
      'Officers carry two spare cartridges on every shift. [1]',
    );
  });

  it('ends on the last edit after a rapid burst of good and broken edits', async () => {
    watching();
    const final = 'Barbs are removed by the fifth rule.';
    const reported = recorder.next(hasText(final));
    const versions = ['first', 'second', 'third', 'fourth'].map((n) => `Barbs are removed by the ${n} rule.`);
    let previous = BARBS_BEFORE;
    for (const [i, text] of versions.entries()) {
      await pack.edit('notes.yaml', previous, text);
      // Every other save is broken, as a half-typed edit would be.
      await pack.edit(
        'notes.yaml',
        '    topic: use\n',
        i % 2 === 0 ? '    topic: use\n    oops: true\n' : '    topic: use\n',
      );
      if (i % 2 === 0) await pack.edit('notes.yaml', '    oops: true\n', '');
      previous = text;
    }
    await pack.edit('notes.yaml', previous, final);
    await reported;
    await reloader.idle();
    expect(recorder.results.at(-1)!.result.ok).toBe(true);
    expect(await pack.ask(BARBS)).toContain(final);
  });

  it('ends on the last good state when a burst of edits ends broken, and says why', async () => {
    watching();
    const good = 'Barbs are removed by a paramedic only.';
    await pack.edit('notes.yaml', BARBS_BEFORE, good);
    expect((await reloader.reload()).ok).toBe(true);

    const failed = recorder.next((r) => !r.ok && describeReload(r).includes('unknown field "colour"'));
    await pack.edit('notes.yaml', good, 'Barbs are removed by nobody.');
    await pack.edit('notes.yaml', '    topic: device\n', '    topic: device\n    colour: red\n');
    await failed;
    await reloader.idle();
    expect(recorder.results.at(-1)!.result.ok).toBe(false);
    expect(await pack.ask(BARBS)).toContain(good);
  });

  it('notices a change at the fingerprint interval given, for folders where events do not arrive', async () => {
    watching({ pollMs: 20 });
    const reported = recorder.next();
    await pack.edit('notes.yaml', BARBS_BEFORE, 'Barbs are removed after polling.');
    expect(describeReload((await reported).result)).toBe('Reloaded: 1 note edited (aftercare).');
    expect(await pack.ask(BARBS)).toContain('Barbs are removed after polling.');
  });

  it('with fingerprinting off (pollMs 0), says it is no longer watching once the folder is gone, and why', async () => {
    let reported!: (error: Error) => void;
    const watchError = new Promise<Error>((resolve) => (reported = resolve));
    const failed = recorder.next((r) => !r.ok);
    watching({ pollMs: 0, onWatchError: (e) => reported(e) });
    expect(reloader.status.watching).toBe(true);
    await pack.remove();
    // The reason is whichever came first: the event watch's own error, or the folder found missing.
    expect((await watchError).message).toMatch(
      new RegExp(`^cannot watch ${pack.dir} for changes \\(.+\\); set a poll interval to keep noticing them$`),
    );
    await failed;
    expect(reloader.status.watching).toBe(false);
  });

  it('stops watching on stop()', async () => {
    watching();
    await reloader.stop();
    expect(reloader.status.watching).toBe(false);
  });
});
