// Specification: the start-up cache of checked knowledge serves exactly what the loader would
// give for the same files, and nothing else: a changed byte, another day or a broken pack misses.
import { cp, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadKnowledgeCached } from '../../../src/core/knowledge/cache.js';
import { loadKnowledge } from '../../../src/core/knowledge/load.js';
import { fixturePack } from '../../helpers/assistant.js';

const TODAY = '2026-12-06';
let pack: string;
let cacheDir: string;

beforeEach(async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'knowledge-cache-'));
  pack = path.join(dir, 'knowledge');
  cacheDir = path.join(dir, 'cache');
  await cp(fixturePack(), pack, { recursive: true });
  return () => rm(dir, { recursive: true, force: true });
});

const load = (today = TODAY) => loadKnowledgeCached(pack, { cacheDir, today });

describe('GIVEN a pack loaded once through the cache', () => {
  it('THEN the next load is read back and equals what the loader gives, warnings included', async () => {
    const first = await load();
    const second = await load();
    const fresh = await loadKnowledge(pack, { today: TODAY });
    expect(first.cache).toBe('miss');
    expect(second.cache).toBe('hit');
    expect(second.cacheError).toBeUndefined();
    expect(second.knowledge).toStrictEqual(fresh.knowledge);
    expect(second.problems).toStrictEqual(fresh.problems);
    expect(second.problems.map((p) => p.message)).toContain('note "recertification" was due for review on 2021-01-01');
  });

  it('THEN a note rewritten to the same length with its old modification time is read from the YAML', async () => {
    // A whole second, so the time set after the edit is exactly the one the cache saw.
    const notes = path.join(pack, 'notes.yaml');
    const then = new Date('2026-12-01T10:00:00Z');
    await utimes(notes, then, then);
    expect((await load()).cache).toBe('miss');
    const text = await readFile(notes, 'utf8');
    await writeFile(notes, text.replace('eight-hour practical course', 'seven-hour practical course'));
    await utimes(notes, then, then);
    const after = await load();
    expect(after.cache).toBe('miss');
    expect(after.knowledge?.notes.find((n) => n.id === 'recertification')?.text).toContain('seven-hour practical');
  });

  it('THEN on another day it is checked again, so review dates that have passed are warned about', async () => {
    await load('2020-06-01');
    const later = await load(TODAY);
    expect(later.cache).toBe('miss');
    expect(later.problems.map((p) => p.message)).toContain('note "recertification" was due for review on 2021-01-01');
  });

  it('THEN a new file in the pack is a miss and its notes are loaded', async () => {
    await load();
    await writeFile(
      path.join(pack, 'more.yaml'),
      'notes:\n  - id: spare-cartridge\n    title: Spare cartridge\n    topic: carry\n    text: Carry a spare cartridge.\n    source: manual\n',
    );
    const after = await load();
    expect(after.cache).toBe('miss');
    expect(after.knowledge?.notes.map((n) => n.id)).toContain('spare-cartridge');
  });
});

describe('GIVEN a pack with an error', () => {
  it('THEN the errors are returned every time and nothing is stored', async () => {
    await writeFile(path.join(pack, 'broken.yaml'), 'notes:\n  - id: [\n');
    const first = await load();
    const second = await load();
    expect(first.knowledge).toBeUndefined();
    expect(second.cache).toBe('miss');
    expect(second.problems.filter((p) => p.severity === 'error')).not.toEqual([]);
    await expect(readdir(cacheDir)).rejects.toThrow(/ENOENT/);
  });
});

describe('GIVEN a cache that cannot be used', () => {
  it('WHEN the cache file is damaged THEN the YAML is loaded, the damage reported, and the file rewritten', async () => {
    await load();
    for (const name of await readdir(cacheDir)) await writeFile(path.join(cacheDir, name), 'not a cache');
    const damaged = await load();
    expect(damaged.cache).toBe('miss');
    expect(damaged.cacheError?.message).toMatch(
      /^could not read the knowledge start-up cache .*; the YAML was loaded instead$/,
    );
    expect(damaged.knowledge).toStrictEqual((await loadKnowledge(pack, { today: TODAY })).knowledge);
    expect((await load()).cache).toBe('hit');
  });

  it('WHEN its folder cannot be created THEN the knowledge loads and the write failure says so', async () => {
    cacheDir = path.join(pack, 'notes.yaml', 'cache');
    const result = await load();
    expect(result.knowledge?.notes.length).toBeGreaterThan(0);
    expect(result.cacheError?.message).toMatch(
      /^could not write the knowledge start-up cache .*; the YAML was loaded instead, as it will be at every start until the folder is writable$/,
    );
  });
});
