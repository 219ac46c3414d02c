// Live reload under the edits admins and tools really make: an editor's atomic save, a hidden
// temp file, the folder deleted and restored, swapped for a copy by rename and then edited, and
// `sed -i`. Each must change the answer, found by the folder fingerprint even where fs.watch
// stays silent. Tests wait on reload results (events) and never sleep.
import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { healthReport } from '../../../src/core/reload/health.js';
import { KnowledgeReloader } from '../../../src/core/reload/reloader.js';
import { fixturePack } from '../../helpers/assistant.js';
import { BARBS, BARBS_BEFORE, resultRecorder, tempPack, type TempPack } from './pack.js';

const POLL_MS = 25;

let pack: TempPack;
let recorder: ReturnType<typeof resultRecorder>;
let reloader: KnowledgeReloader;

/** Waits for the reload after which the assistant quotes `text`. */
const swappedIn = (text: string) =>
  recorder.next(() => pack.assistant.knowledge.notes.some((n) => n.text.includes(text)));
const health = () => healthReport(pack.assistant.knowledge, reloader.status);

beforeEach(async () => {
  pack = await tempPack();
  recorder = resultRecorder();
  reloader = new KnowledgeReloader(pack.assistant, {
    dir: pack.dir,
    debounceMs: 20,
    pollMs: POLL_MS,
    load: { today: '2026-01-01' },
    onResult: recorder.onResult,
  });
  reloader.start();
});
afterEach(async () => {
  await reloader.stop();
  await pack.remove();
  await rm(`${pack.dir}.old`, { recursive: true, force: true });
});

describe('GIVEN a watched knowledge folder', () => {
  it('WHEN a file is saved editor-style (hidden temp file renamed over it), and again, THEN each save is answered', async () => {
    for (const text of ['Barbs are removed at hospital.', 'Barbs are removed by a nurse.']) {
      const reloaded = swappedIn(text);
      const current = pack.assistant.knowledge.notes.find((n) => n.id === 'aftercare')!.text;
      const edited = (await pack.read('notes.yaml')).replace(current.slice(current.indexOf('Barbs')), text);
      await pack.write('.notes.yaml.swp', edited);
      await rename(path.join(pack.dir, '.notes.yaml.swp'), path.join(pack.dir, 'notes.yaml'));
      await reloaded;
      expect(await pack.ask(BARBS)).toContain(text);
    }
  });

  it('WHEN only a hidden temp file is written (half a save), THEN it causes no reload of its own', async () => {
    const first = 'Barbs are removed by the duty doctor.';
    const reloaded = swappedIn(first);
    await pack.edit('notes.yaml', BARBS_BEFORE, first);
    await reloaded;
    await pack.write('.notes.yaml.tmp', 'notes:\n  - id: aftercare\n    text: The barbs are');
    // A few fingerprint intervals: the chance for a wrong watcher to reload for the temp file.
    await new Promise((resolve) => setTimeout(resolve, 5 * POLL_MS));
    const second = 'Barbs are removed by the duty nurse.';
    const again = swappedIn(second);
    await pack.edit('notes.yaml', first, second);
    await again;
    expect(recorder.results.map((r) => r.result.ok && r.result.changes.notes.edited)).toEqual([
      ['aftercare'],
      ['aftercare'],
    ]);
    expect(await pack.ask(BARBS)).toContain(second);
  });

  it('WHEN the folder is deleted, THEN the old answers stay; WHEN it is restored with an edit, THEN it is answered and healthy', async () => {
    const failed = recorder.next((r) => !r.ok);
    await rm(pack.dir, { recursive: true });
    await failed;
    expect(await pack.ask(BARBS)).toContain(BARBS_BEFORE);
    expect(health()).toMatchObject({ status: 'stale', watching: false });

    const text = 'Barbs are removed after the folder came back.';
    const reloaded = swappedIn(text);
    await cp(fixturePack(), pack.dir, { recursive: true });
    await pack.edit('notes.yaml', BARBS_BEFORE, text);
    await reloaded;
    expect(await pack.ask(BARBS)).toContain(text);
    expect(health()).toMatchObject({ status: 'ok', watching: true, lastReload: { ok: true } });
  });

  it('WHEN the folder is swapped for an edited copy by rename, THEN the copy is answered, and later edits inside it too', async () => {
    const copy = `${pack.dir}.new`;
    await cp(pack.dir, copy, { recursive: true });
    const first = 'Barbs are removed as the swapped-in folder says.';
    await writeFile(path.join(copy, 'notes.yaml'), (await pack.read('notes.yaml')).replace(BARBS_BEFORE, first));
    const swapped = swappedIn(first);
    await rename(pack.dir, `${pack.dir}.old`);
    await rename(copy, pack.dir);
    await swapped;
    expect(await pack.ask(BARBS)).toContain(first);

    const second = 'Barbs are removed as the edit inside the swapped-in folder says.';
    const edited = swappedIn(second);
    await pack.edit('notes.yaml', first, second);
    await edited;
    expect(await pack.ask(BARBS)).toContain(second);
    expect(health()).toMatchObject({ status: 'ok', watching: true });
  });

  it('WHEN a file is replaced by sed -i and then edited in place, THEN both edits are answered', async () => {
    const bySed = 'Barbs are removed by sed.';
    const replaced = swappedIn(bySed);
    await promisify(execFile)('sed', ['-i', `s/${BARBS_BEFORE}/${bySed}/`, path.join(pack.dir, 'notes.yaml')]);
    await replaced;
    expect(await pack.ask(BARBS)).toContain(bySed);

    const inPlace = 'Barbs are removed in place after sed.';
    const edited = swappedIn(inPlace);
    await pack.edit('notes.yaml', bySed, inPlace);
    await edited;
    expect(await pack.ask(BARBS)).toContain(inPlace);
  });

  it('WHEN a Kubernetes ConfigMap mount is updated (files linked through ..data, swapped atomically), THEN it is answered', async () => {
    // The layout kubelet makes: real files in a timestamped hidden folder, `..data` linking to it,
    // and each file a link through `..data`; an update writes a new folder and renames a new link over `..data`.
    const files = ['notes.yaml', 'sources.yaml', 'statistics.yaml'];
    const mount = `${pack.dir}.old`;
    await mkdir(path.join(mount, '..2026_01_01'), { recursive: true });
    for (const file of files) await cp(path.join(pack.dir, file), path.join(mount, '..2026_01_01', file));
    await symlink('..2026_01_01', path.join(mount, '..data'));
    for (const file of files) await symlink(path.join('..data', file), path.join(mount, file));
    await reloader.stop();
    reloader = new KnowledgeReloader(pack.assistant, {
      dir: mount,
      debounceMs: 20,
      pollMs: POLL_MS,
      load: { today: '2026-01-01' },
      onResult: recorder.onResult,
    });
    reloader.start();

    const text = 'Barbs are removed as the new ConfigMap says.';
    const reloaded = swappedIn(text);
    await cp(path.join(mount, '..2026_01_01'), path.join(mount, '..2026_01_02'), { recursive: true });
    const notes = path.join(mount, '..2026_01_02', 'notes.yaml');
    await writeFile(notes, (await readFile(notes, 'utf8')).replace(BARBS_BEFORE, text));
    await symlink('..2026_01_02', path.join(mount, '..data_tmp'));
    await rename(path.join(mount, '..data_tmp'), path.join(mount, '..data'));
    await rm(path.join(mount, '..2026_01_01'), { recursive: true });
    await reloaded;
    expect(await pack.ask(BARBS)).toContain(text);
    expect(health()).toMatchObject({ status: 'ok', watching: true });
  });

  it('WHEN a file is caught half-written (a note cut mid-sentence), THEN the reload fails and the old answer stays', async () => {
    const failed = recorder.next((r) => !r.ok);
    const text = await pack.read('notes.yaml');
    await pack.write('notes.yaml', text.slice(0, text.indexOf(BARBS_BEFORE) + 'Barbs that have penetrated'.length));
    const { result } = await failed;
    expect(!result.ok && result.problems.map((p) => p.message)).toContain(
      'notes[1].text: the text looks cut off: end it like a sentence (with . ! or ?) or with a list item on its own line (where the source itself has no full stop there, add one)',
    );
    expect(await pack.ask(BARBS)).toContain(BARBS_BEFORE);
  });
});
