// A reload reads, checks and indexes the pack in a worker thread, and the main thread restores the
// indexes in short steps: all the while it keeps answering questions and health checks from the old
// knowledge. Asserted through the order of events (the reloader's progress, answers served), not timing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { healthReport } from '../../../src/core/reload/health.js';
import { KnowledgeReloader, type ReloadStage } from '../../../src/core/reload/reloader.js';
import { BARBS, BARBS_BEFORE, noteYaml, tempPack, type TempPack } from './pack.js';

/** About 200 kB of notes in one file: the YAML parser takes most of a second over it, on the worker. */
const BIG_NOTES = 1500;

let pack: TempPack;
let reloader: KnowledgeReloader;
beforeEach(async () => {
  pack = await tempPack();
});
afterEach(async () => {
  await reloader.stop();
  await pack.remove();
});

describe('GIVEN a big pack saved into the knowledge folder', () => {
  it('WHEN it is reloaded THEN answers and health checks come from the old knowledge while it is loaded, indexed and restored', async () => {
    const notes = Array.from({ length: BIG_NOTES }, (_, i) =>
      noteYaml(
        `generated-${i}`,
        `Generated note ${i} says the storage locker ${i} is checked by the quartermaster every week.`,
        `Who checks storage locker ${i}?`,
      ),
    );
    await pack.write('big.yaml', `notes:\n${notes.join('')}`);

    const events: string[] = [];
    let stage: ReloadStage | 'done' = 'done';
    /** Answers and health checks, one per turn of the event loop, for as long as the reload runs. */
    const reloading = () => stage !== 'done';
    const serve = async (): Promise<void> => {
      while (reloading()) {
        const answer = await pack.ask(BARBS);
        const { knowledge } = healthReport(pack.assistant.knowledge, reloader.status);
        const seen =
          answer.includes(BARBS_BEFORE) && knowledge.notes === 3 ? 'answered from the old knowledge' : 'wrong';
        if (reloading() && events.at(-1) !== seen) events.push(seen);
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    reloader = new KnowledgeReloader(pack.assistant, {
      dir: pack.dir,
      load: { today: '2026-01-01' },
      onProgress: (next) => {
        stage = next;
        events.push(next);
        if (next === 'loading') void serve();
      },
    });

    const result = await reloader.reload();
    stage = 'done';
    events.push('reloaded');
    expect(result.ok).toBe(true);
    expect(events).toEqual([
      'loading',
      'answered from the old knowledge',
      'indexing',
      'answered from the old knowledge',
      'restoring',
      'answered from the old knowledge',
      'reloaded',
    ]);
    expect(await pack.ask(`Who checks storage locker ${BIG_NOTES - 1}?`)).toBe(
      `Generated note ${BIG_NOTES - 1} says the storage locker ${BIG_NOTES - 1} is checked by the quartermaster every week. [1]`,
    );
  });
});
