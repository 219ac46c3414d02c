// SuggestionIndex over the basic fixture pack: example lists per audience (worked out once and
// handed out as copies) and nearest suggestions cut at `limit` different texts, one per note.
import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/core/knowledge/load.js';
import { formatProblem } from '../../../src/core/knowledge/problems.js';
import { SuggestionIndex } from '../../../src/core/search/suggestions.js';
import { fixturePack } from '../../helpers/assistant.js';

async function indexOf(dir: string): Promise<SuggestionIndex> {
  const { knowledge, problems } = await loadKnowledge(dir, { today: '2026-01-01' });
  if (!knowledge) throw new Error(`pack ${dir} is invalid:\n${problems.map(formatProblem).join('\n')}`);
  return new SuggestionIndex(knowledge);
}

const PUBLIC_EXAMPLES = [
  'Where do I holster the device?',
  'What aftercare is needed after firing?',
  'How often do I need to recertify?',
  'Which side the device is holstered',
  'Who removes the barbs?',
  'Aftercare after a discharge',
  'Annual recertification',
];

describe('SuggestionIndex', () => {
  let index: SuggestionIndex;
  beforeAll(async () => {
    index = await indexOf(fixturePack());
  });

  it('GIVEN a question near one note THEN its title and its own example question are not both offered', () => {
    const near = index.nearest('which side is the device holstered', 'public', 3);
    expect(near).toHaveLength(3);
    const holster = near.filter((s) => /holster/i.test(s));
    expect(holster).toHaveLength(1);
  });

  it('lists one example per topic first, then the rest, for each audience', () => {
    expect(index.examples('public', 20)).toEqual(PUBLIC_EXAMPLES);
    expect(index.examples('internal', 5)).toEqual([
      'Where do I holster the device?',
      'What aftercare is needed after firing?',
      'How often do I need to recertify?',
      'When do I check the battery?',
      'Which side the device is holstered',
    ]);
    expect(index.examples('public', 3)).toEqual(PUBLIC_EXAMPLES.slice(0, 3));
    expect(index.examples('public', 0)).toEqual([]);
  });

  it('hands out a copy of the remembered list, so a caller changing it changes nothing', () => {
    const first = index.examples('public', 20);
    first.splice(0, first.length, 'changed');
    expect(index.examples('public', 20)).toEqual(PUBLIC_EXAMPLES);
  });

  it('gives the nearest suggestions first, one per note, at most `limit`, topped up with examples', () => {
    expect(index.nearest('barbs removal after firing', 'public', 2)).toEqual([
      'Who removes the barbs?',
      'Where do I holster the device?',
    ]);
    expect(index.nearest('battery', 'internal', 4)).toEqual([
      'Daily battery check',
      'Where do I holster the device?',
      'What aftercare is needed after firing?',
      'How often do I need to recertify?',
    ]);
    // Internal notes stay out of public suggestions.
    expect(index.nearest('battery', 'public', 3)).toEqual(PUBLIC_EXAMPLES.slice(0, 3));
    expect(index.nearest('zzzz', 'public', 2)).toEqual(PUBLIC_EXAMPLES.slice(0, 2));
  });

  describe('when a public and an internal note share a text', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'suggestions-'));
      await cp(fixturePack(), dir, { recursive: true });
      await appendFile(
        path.join(dir, 'notes.yaml'),
        [
          '  - id: barbs-internal',
          '    title: Barbs in the custody suite',
          '    topic: use',
          '    text: In custody the barbs are removed by the custody nurse.',
          '    source: manual',
          '    visibility: internal',
          '    questions: [Who removes the barbs?]',
          '',
        ].join('\n'),
      );
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('suggests the text once and still fills the list to `limit`', async () => {
      const shared = await indexOf(dir);
      const near = shared.nearest('who removes the barbs', 'internal', 3);
      expect(near).toHaveLength(3);
      expect(new Set(near).size).toBe(3);
      expect(near[0]).toBe('Who removes the barbs?');
      expect(near.filter((s) => s === 'Who removes the barbs?')).toHaveLength(1);
    });
  });
});
