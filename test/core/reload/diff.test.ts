// What an admin is told a reload changed: ids added, removed and edited, other parts of the
// pack, and nothing for a note that only moved within its file.
import { describe, expect, it } from 'vitest';
import { describeReload } from '../../../src/core/reload/describe.js';
import { diffKnowledge, type KnowledgeDiff } from '../../../src/core/reload/diff.js';
import type { Knowledge, Note } from '../../../src/core/types.js';
import { makeAssistant } from '../../helpers/assistant.js';

const none = { added: [], removed: [], edited: [] };

async function basic(): Promise<Knowledge> {
  return (await makeAssistant()).knowledge;
}

/** The same pack with changes applied to copies, as a reload would load it. */
function changed(k: Knowledge, change: (copy: Knowledge) => void): Knowledge {
  const copy: Knowledge = {
    ...k,
    notes: k.notes.map((n) => ({ ...n })),
    statistics: k.statistics.map((s) => ({ ...s, values: { ...s.values } })),
    sources: new Map(k.sources),
    synonyms: [...k.synonyms],
  };
  change(copy);
  return copy;
}

describe('diffKnowledge', () => {
  it('finds nothing between a pack and itself', async () => {
    const k = await basic();
    expect(diffKnowledge(k, k)).toEqual({ notes: none, statistics: none, other: [] });
  });

  it('lists notes and statistics added, removed and edited by id, in pack order', async () => {
    const k = await basic();
    const after = changed(k, (c) => {
      const extra: Note = { ...c.notes[0]!, id: 'new-one', title: 'New' };
      c.notes = [extra, ...c.notes.filter((n) => n.id !== 'battery-check')];
      c.notes.find((n) => n.id === 'aftercare')!.text += ' Always.';
      c.notes.find((n) => n.id === 'holster-side')!.tags = ['holster'];
      c.statistics[2]!.values.discharges = 12;
      c.statistics = c.statistics.filter((s) => s.id !== 'northshire-2019-20');
    });
    expect(diffKnowledge(k, after)).toEqual({
      notes: { added: ['new-one'], removed: ['battery-check'], edited: ['holster-side', 'aftercare'] },
      statistics: { added: [], removed: ['northshire-2019-20'], edited: ['westmarch-2020-21'] },
      other: [],
    });
  });

  it('does not count a note that only moved (another note was added above it) as edited', async () => {
    const k = await basic();
    const after = changed(k, (c) => {
      c.notes = c.notes.map((n) => ({ ...n, origin: { ...n.origin, line: n.origin.line + 7 } }));
    });
    expect(diffKnowledge(k, after).notes).toEqual(none);
  });

  it('does not count reordered keys of a statistic as an edit', async () => {
    const k = await basic();
    const after = changed(k, (c) => {
      const s = c.statistics[0]!;
      s.values = Object.fromEntries(Object.entries(s.values).reverse());
    });
    expect(diffKnowledge(k, after).statistics).toEqual(none);
  });

  it('names other parts of the pack that changed', async () => {
    const k = await basic();
    const after = changed(k, (c) => {
      c.sources.set('manual', { ...c.sources.get('manual')!, title: 'Renamed manual' });
      c.synonyms = [...c.synonyms, ['cuffs', 'handcuffs']];
    });
    expect(diffKnowledge(k, after).other).toEqual(['sources', 'synonyms']);
  });
});

describe('describeReload', () => {
  const diff = (d: Partial<KnowledgeDiff>): KnowledgeDiff => ({ notes: none, statistics: none, other: [], ...d });

  it('says what changed in one sentence', () => {
    expect(
      describeReload({
        ok: true,
        warnings: [],
        changes: diff({
          notes: { added: ['a', 'b'], removed: [], edited: [] },
          statistics: { added: [], removed: [], edited: ['x'] },
        }),
      }),
    ).toBe('Reloaded: 2 notes added (a, b), 1 statistic edited (x).');
    expect(
      describeReload({
        ok: true,
        warnings: [],
        changes: diff({ notes: { added: [], removed: ['old'], edited: [] }, other: ['sources', 'forces', 'synonyms'] }),
      }),
    ).toBe('Reloaded: 1 note removed (old); sources, forces and synonyms changed.');
    expect(describeReload({ ok: true, warnings: [], changes: diff({ other: ['metrics'] }) })).toBe(
      'Reloaded: no notes or statistics changed; metrics changed.',
    );
  });

  it('keeps a large change readable', () => {
    const ids = Array.from({ length: 13 }, (_, i) => `n${i + 1}`);
    expect(
      describeReload({ ok: true, warnings: [], changes: diff({ notes: { added: ids, removed: [], edited: [] } }) }),
    ).toBe('Reloaded: 13 notes added (n1, n2, n3, n4, n5, n6, n7, n8, n9, n10 and 3 more).');
  });

  it('lists the errors of a failed reload, at most twenty, pointing at validate for the rest', () => {
    const problems = Array.from({ length: 22 }, (_, i) => ({
      file: 'knowledge/notes.yaml',
      line: i + 1,
      col: 3,
      message: `notes[${i}].title: must not be empty`,
      severity: 'error' as const,
    }));
    const text = describeReload({
      ok: false,
      problems: [...problems, { file: 'knowledge/notes.yaml', line: 40, col: 1, message: 'old', severity: 'warning' }],
    });
    const lines = text.split('\n');
    expect(lines[0]).toBe('Reload failed; still serving the previous knowledge:');
    expect(lines[1]).toBe('knowledge/notes.yaml:1:3: notes[0].title: must not be empty');
    expect(lines[20]).toBe('knowledge/notes.yaml:20:3: notes[19].title: must not be empty');
    expect(lines.slice(21)).toEqual([
      '… and 2 more (npm run validate lists them all)',
      '(1 warning not shown; npm run validate lists them)',
    ]);
  });
});
