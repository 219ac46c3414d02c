// Reloading on request: a good edit is swapped in whole, a broken one changes nothing and says
// exactly where it is wrong, and overlapping reloads end on the files as they are now.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeReload } from '../../../src/core/reload/describe.js';
import { healthReport } from '../../../src/core/reload/health.js';
import { KnowledgeReloader } from '../../../src/core/reload/reloader.js';
import type { UsageEvent, UsageLog } from '../../../src/core/usage/usage-log.js';
import { makeAssistant } from '../../helpers/assistant.js';
import { BARBS, BARBS_BEFORE, noteYaml, resultRecorder, tempPack, type TempPack } from './pack.js';

const BARBS_AFTER = 'Barbs are removed only by a doctor at hospital.';
const OVERDUE_WARNING = {
  line: 27,
  col: 16,
  message: 'note "recertification" was due for review on 2021-01-01',
  severity: 'warning',
};

let pack: TempPack;
let reloader: KnowledgeReloader;
let recorder: ReturnType<typeof resultRecorder>;
beforeEach(async () => {
  pack = await tempPack();
  recorder = resultRecorder();
  reloader = new KnowledgeReloader(pack.assistant, {
    dir: pack.dir,
    load: { today: '2026-01-01' },
    onResult: recorder.onResult,
  });
});
afterEach(async () => {
  await reloader.stop();
  await pack.remove();
});

describe('reload() after a good edit', () => {
  it('swaps the new knowledge in, so the next answer quotes the new text, and says what changed', async () => {
    expect(await pack.ask(BARBS)).toContain(BARBS_BEFORE);
    await pack.edit('notes.yaml', BARBS_BEFORE, BARBS_AFTER);
    await pack.write(
      'notes.yaml',
      (await pack.read('notes.yaml')) +
        noteYaml('cleaning', 'Wipe the device with a dry cloth after every shift.', 'How do I clean the device?'),
    );

    const result = await reloader.reload();
    expect(result).toEqual({
      ok: true,
      changes: {
        notes: { added: ['cleaning'], removed: [], edited: ['aftercare'] },
        statistics: { added: [], removed: [], edited: [] },
        other: [],
      },
      warnings: [{ file: `${pack.dir}/notes.yaml`, ...OVERDUE_WARNING }],
    });
    expect(describeReload(result)).toBe('Reloaded: 1 note added (cleaning), 1 note edited (aftercare).');
    expect(await pack.ask(BARBS)).toContain(BARBS_AFTER);
    expect(await pack.ask(BARBS)).not.toContain(BARBS_BEFORE);
    expect(await pack.ask('How do I clean the device?')).toBe(
      'Wipe the device with a dry cloth after every shift. [1]',
    );
    expect(recorder.results.map((r) => r.cause)).toEqual(['request']);
  });

  it('reports an unchanged pack as such', async () => {
    const result = await reloader.reload();
    expect(describeReload(result)).toBe('Reloaded: nothing changed.');
  });
});

describe('reload() after a broken edit', () => {
  it('keeps answering from the last good knowledge and reports each problem as file:line:col', async () => {
    await pack.edit('notes.yaml', BARBS_BEFORE, BARBS_AFTER);
    await pack.edit('notes.yaml', '    topic: device\n', '    topic: device\n    colour: red\n');

    const result = await reloader.reload();
    expect(result.ok).toBe(false);
    expect(describeReload(result)).toBe(
      'Reload failed; still serving the previous knowledge:\n' +
        `${pack.dir}/notes.yaml:31:5: notes[3]: unknown field "colour"\n` +
        '(1 warning not shown; npm run validate lists them)',
    );
    expect(await pack.ask(BARBS)).toContain(BARBS_BEFORE);
    expect(pack.assistant.knowledge.notes.find((n) => n.id === 'aftercare')!.text).toContain(BARBS_BEFORE);

    await pack.edit('notes.yaml', '    colour: red\n', '');
    expect(describeReload(await reloader.reload())).toBe('Reloaded: 1 note edited (aftercare).');
    expect(await pack.ask(BARBS)).toContain(BARBS_AFTER);
  });

  it('never half-applies: a good edit in one file waits while another file is broken', async () => {
    await pack.edit('notes.yaml', BARBS_BEFORE, BARBS_AFTER);
    await pack.edit(
      'statistics.yaml',
      'values: { incidents: 400, discharges: 50 }',
      'values: { incidents: 400, discharges: [50 }',
    );
    const result = await reloader.reload();
    expect(result.ok).toBe(false);
    expect(
      result.ok === false &&
        result.problems.filter((p) => p.severity === 'error').every((p) => p.file === `${pack.dir}/statistics.yaml`),
    ).toBe(true);
    expect(describeReload(result).split('\n')[1]).toMatch(
      new RegExp(`^${pack.dir}/statistics\\.yaml:\\d+:\\d+: YAML: `),
    );
    expect(await pack.ask(BARBS)).toContain(BARBS_BEFORE);
  });

  it('keeps the knowledge when the folder disappears', async () => {
    await pack.remove();
    const result = await reloader.reload();
    expect(describeReload(result)).toBe(
      `Reload failed; still serving the previous knowledge:\n${pack.dir}:1:1: cannot read the knowledge directory: no such directory`,
    );
    expect(await pack.ask(BARBS)).toContain(BARBS_BEFORE);
  });

  it('shows in the health report as stale until a reload succeeds, with counts and no text', async () => {
    expect(healthReport(pack.assistant.knowledge, reloader.status)).toMatchObject({
      status: 'ok',
      knowledge: { notes: 3, statistics: 3, sources: 2 }, // public only: the pack has one internal note
      watching: false,
      lastReload: null,
    });
    await pack.edit('notes.yaml', '    topic: device\n', '    topic: device\n    colour: red\n');
    await reloader.reload();
    const stale = healthReport(pack.assistant.knowledge, reloader.status);
    expect(stale).toMatchObject({
      status: 'stale',
      lastReload: { cause: 'request', ok: false, errors: 1 },
      lastSuccessfulReloadAt: null,
    });
    await pack.edit('notes.yaml', '    colour: red\n', '');
    await reloader.reload();
    const fresh = healthReport(pack.assistant.knowledge, reloader.status);
    expect(fresh).toMatchObject({ status: 'ok', lastReload: { ok: true, errors: 0 } });
    expect(fresh.lastSuccessfulReloadAt).toBe(fresh.lastReload!.at);
  });
});

describe('overlapping reloads', () => {
  it('requests made during a reload share one more reload after it, which sees the latest files', async () => {
    const first = reloader.reload();
    await pack.edit('notes.yaml', BARBS_BEFORE, BARBS_AFTER);
    const second = reloader.reload();
    const third = reloader.reload();
    await first;
    const [a, b] = await Promise.all([second, third]);
    expect(a).toBe(b);
    await reloader.idle();
    await Promise.resolve();
    expect(recorder.results).toHaveLength(2);
    expect(await pack.ask(BARBS)).toContain(BARBS_AFTER);
  });

  it('lets an answer already in flight finish with the knowledge it started on', async () => {
    let open!: () => void;
    const opened = new Promise<void>((resolve) => (open = resolve));
    const heldLog: UsageLog = { append: async (_e: UsageEvent) => opened };
    const assistant = await makeAssistant(pack.dir, { usageLog: heldLog });
    const own = new KnowledgeReloader(assistant, { dir: pack.dir, load: { today: '2026-01-01' } });

    const inFlight = assistant.answer(BARBS);
    await pack.edit('notes.yaml', BARBS_BEFORE, BARBS_AFTER);
    expect((await own.reload()).ok).toBe(true);
    open();
    expect((await inFlight).text).toContain(BARBS_BEFORE);
    expect((await assistant.answer(BARBS)).text).toContain(BARBS_AFTER);
  });
});
