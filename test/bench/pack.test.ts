// The synthetic pack generator: deterministic for a seed, valid knowledge, exactly the passages
// asked for, and a question mix that refers to what the pack holds (and, out of scope, to nothing).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildPack } from '../../src/bench/pack.js';
import { MIX, questionMix, withTypo } from '../../src/bench/questions.js';
import { Random } from '../../src/bench/random.js';
import { toYaml, writePack } from '../../src/bench/write-pack.js';
import { loadKnowledge } from '../../src/core/knowledge/load.js';
import { passagesOf } from '../../src/core/search/passages.js';
import { words } from '../../src/core/text/normalise.js';
import { OFF_TOPIC_WORDS } from '../../src/bench/lexicon.js';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-test-'));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('buildPack', () => {
  it('gives the same pack and the same files for the same seed', async () => {
    const [a, b] = [buildPack({ seed: 7, passages: 400 }), buildPack({ seed: 7, passages: 400 })];
    expect(a).toEqual(b);
    const [da, db] = [await tempDir(), await tempDir()];
    const files = await writePack(a, da);
    expect(await writePack(b, db)).toEqual(files);
    for (const file of files)
      expect(await readFile(path.join(db, file), 'utf8')).toBe(await readFile(path.join(da, file), 'utf8'));
  });

  it('gives a different pack for a different seed', () => {
    const a = buildPack({ seed: 1, passages: 200 });
    const b = buildPack({ seed: 2, passages: 200 });
    expect(a.notes.map((n) => n.text)).not.toEqual(b.notes.map((n) => n.text));
  });

  it('writes a pack that validates without errors and holds exactly the passages asked for', async () => {
    const pack = buildPack({ seed: 42, passages: 1000 });
    const dir = await tempDir();
    await writePack(pack, dir);
    const { knowledge, problems } = await loadKnowledge(dir, { today: '2026-11-27' });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(passagesOf(knowledge!)).toHaveLength(1000);
    expect(knowledge!.notes).toHaveLength(pack.notes.length);
    expect(knowledge!.forces.size).toBe(pack.forces.length);
    // Years of statistics for every force.
    expect(knowledge!.statistics).toHaveLength(pack.forces.length * pack.years.length);
    expect(pack.years.length).toBeGreaterThanOrEqual(10);
    expect(pack.forces.every((f) => f.aliases.length > 0 && f.region)).toBe(true);
  });

  it('rejects a passage count that is not a positive whole number', () => {
    expect(() => buildPack({ seed: 1, passages: 0 })).toThrow(
      'bench: passages must be a positive whole number (got 0)',
    );
  });
});

describe('questionMix', () => {
  const pack = buildPack({ seed: 42, passages: 2000 });
  const mix = questionMix(pack);

  it('is the same for the same pack, with the promised number of each kind', () => {
    expect(questionMix(buildPack({ seed: 42, passages: 2000 }))).toEqual(mix);
    for (const [kind, count] of Object.entries(MIX)) expect(mix.filter((q) => q.kind === kind)).toHaveLength(count);
  });

  it('writes policy questions from public notes of the pack', () => {
    const publicNotes = new Set(pack.notes.filter((n) => n.visibility !== 'internal').map((n) => n.id));
    for (const q of mix.filter((x) => x.kind === 'policy')) expect(publicNotes.has(q.note!)).toBe(true);
  });

  it('builds out-of-scope questions from words the pack never uses', () => {
    const packWords = new Set(
      pack.notes.flatMap((n) => words(`${n.title} ${n.text} ${(n.questions ?? []).join(' ')}`)),
    );
    for (const w of OFF_TOPIC_WORDS) expect(packWords.has(w)).toBe(false);
    for (const q of mix.filter((x) => x.kind === 'out-of-scope'))
      expect(words(q.ask).some((w) => OFF_TOPIC_WORDS.includes(w))).toBe(true);
  });
});

describe('withTypo', () => {
  it('changes only the longest word, by one letter dropped or doubled', () => {
    const random = new Random(3);
    for (let i = 0; i < 50; i++) {
      const typo = withTypo(random, 'Who signs the quarterly checklist?').split(' ');
      expect(typo.slice(0, 3)).toEqual(['Who', 'signs', 'the']);
      expect(Math.abs(typo[3]!.length - 'quarterly'.length) + Math.abs(typo[4]!.length - 'checklist?'.length)).toBe(1);
    }
  });
});

describe('Random', () => {
  it('repeats its sequence for a seed and keeps draws in range', () => {
    const a = new Random(99);
    const b = new Random(99);
    const draws = Array.from({ length: 100 }, () => a.next());
    expect(Array.from({ length: 100 }, () => b.next())).toEqual(draws);
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    const r = new Random(5);
    for (let i = 0; i < 1000; i++) {
      const z = r.zipf(50);
      expect(z).toBeGreaterThanOrEqual(0);
      expect(z).toBeLessThan(50);
    }
  });
});

describe('toYaml', () => {
  it('writes block YAML that reads back as the same data', () => {
    const items = [
      {
        id: 'a-1',
        text: 'Quotes " and \\ and: colons # hashes',
        tags: ['x', 'y: z'],
        period: { from: '2020-04', to: '2021-03' },
        values: { n: 3, m: null },
      },
      { id: 'a-2', empty: [] },
    ];
    expect(parse(toYaml('notes', items))).toEqual({ notes: items });
    expect(parse(toYaml('synonyms', [['a', 'b c']]))).toEqual({ synonyms: [['a', 'b c']] });
  });
});

describe('writePack', () => {
  it('refuses a folder that already holds files, which would be loaded with the pack', async () => {
    const dir = await tempDir();
    await writePack(buildPack({ seed: 1, passages: 20 }), dir);
    await expect(writePack(buildPack({ seed: 2, passages: 20 }), dir)).rejects.toThrow(
      `bench: ${dir} is not empty; write a pack into a new folder`,
    );
  });
});
