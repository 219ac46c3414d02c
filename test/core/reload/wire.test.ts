// A finished load crosses from the load worker to the main thread intact, with its notes and index
// text in a transferred buffer that the main thread decodes a slice at a time (see wire.ts).
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/core/knowledge/load.js';
import { fromWire, toWire } from '../../../src/core/reload/wire.js';
import { buildSnapshots, serialiseSnapshots } from '../../../src/core/snapshot.js';
import { fixturePack } from '../../helpers/assistant.js';

describe('GIVEN a loaded and indexed pack sent to the main thread', async () => {
  const result = await loadKnowledge(fixturePack(), { today: '2026-01-01' });
  const indexes = serialiseSnapshots(buildSnapshots(result.knowledge!));

  it('THEN what arrives is the knowledge, its notes and its indexes as they were sent, with nothing long left in the message itself', async () => {
    const { message, transfer } = toWire({ result, indexes });
    const arrived = structuredClone(message, { transfer });
    expect(message.text.byteLength).toBe(0); // transferred, not copied
    expect(JSON.stringify(arrived.indexes).length).toBeLessThan(JSON.stringify(indexes).length / 2);
    let pauses = 0;
    const load = await fromWire(arrived, async () => void pauses++);
    expect(load.result.knowledge!.notes).toEqual(result.knowledge!.notes);
    expect(load.result.knowledge!.sources).toEqual(result.knowledge!.sources);
    expect(load.result.problems).toEqual(result.problems);
    expect(load.indexes).toEqual(indexes);
    expect(pauses).toBeGreaterThan(arrived.notes.length);
  });

  it('THEN a pack that did not load arrives as its problems, and an index failure as its reason', async () => {
    const failed = { ok: false, problems: [{ file: 'a.yaml', line: 1, col: 1, message: 'bad', severity: 'error' }] };
    const broken = toWire({ result: failed as never });
    expect(await fromWire(structuredClone(broken.message, { transfer: broken.transfer }), async () => {})).toEqual({
      result: failed,
    });
    const unindexed = toWire({ result, indexError: 'out of memory' });
    const load = await fromWire(structuredClone(unindexed.message, { transfer: unindexed.transfer }), async () => {});
    expect(load.indexError).toBe('out of memory');
    expect(load.indexes).toBeUndefined();
    expect(load.result.knowledge!.notes).toEqual(result.knowledge!.notes);
  });
});
