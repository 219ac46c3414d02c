// Grouping unanswered questions: same words in any form and order are one question; similar
// term sets (Jaccard ≥ 0.5) merge; the indexed grouping finds exactly what comparing every
// pair would.
import { describe, expect, it } from 'vitest';
import { QuestionGrouper, SIMILARITY } from '../../../src/core/report/group-questions.js';
import { contentTerms } from '../../../src/core/text/terms.js';

function group(questions: string[]) {
  const g = new QuestionGrouper();
  questions.forEach((q, i) =>
    g.add(q, `2026-03-${String((i % 28) + 1).padStart(2, '0')}T09:00:00.000Z`, `user-${i % 4}`),
  );
  return g.groups();
}

describe('QuestionGrouper', () => {
  it('groups wordings with the same content words regardless of case, punctuation, word forms and order (latest wording first among equals)', () => {
    const groups = group([
      'How do I clean the device?',
      'how do i clean the device',
      'Cleaning the device?',
      'device cleaning',
    ]);
    expect(groups).toEqual([
      {
        count: 4,
        askers: 4,
        example: 'device cleaning',
        wordings: [
          'device cleaning',
          'Cleaning the device?',
          'how do i clean the device',
          'How do I clean the device?',
        ],
        distinctWordings: 4,
        lastAsked: '2026-03-04T09:00:00.000Z',
        terms: ['clean', 'devic'],
      },
    ]);
  });

  it('merges wordings whose term sets are at least half shared, and keeps different questions apart', () => {
    const groups = group([
      'How do I clean the device?',
      'How do I clean the device?',
      'How should I clean my device after use?', // {clean, devic, us}: 2 of 3 shared
      'What is the battery charger model?',
      'Where is the battery charger kept?', // {batteri, charger, kept} vs {batteri, charger, model}: 2 of 4
      'Who repairs a broken charger?', // {broken, charger, repair}: 1 of 5 with either
    ]);
    expect(groups.map((g) => [g.count, g.example, g.distinctWordings])).toEqual([
      [3, 'How do I clean the device?', 2],
      [2, 'Where is the battery charger kept?', 2],
      [1, 'Who repairs a broken charger?', 1],
    ]);
  });

  it('lists the most asked group first, then the most recently asked, and the most asked wording as the example', () => {
    const g = new QuestionGrouper();
    g.add('Is there a size limit?', '2026-01-01T00:00:00Z');
    g.add('Is there a colour code?', '2026-01-02T00:00:00Z');
    g.add('Is there a size limit?', '2026-01-03T00:00:00Z');
    g.add('size limits', '2026-01-04T00:00:00Z');
    g.add('Who signs the form?', '2026-01-05T00:00:00Z');
    expect(g.groups().map((x) => [x.count, x.example, x.lastAsked, x.askers])).toEqual([
      [3, 'Is there a size limit?', '2026-01-04T00:00:00Z', 0],
      [1, 'Who signs the form?', '2026-01-05T00:00:00Z', 0],
      [1, 'Is there a colour code?', '2026-01-02T00:00:00Z', 0],
    ]);
  });

  it('groups questions without content words only with the same words (ties: most recently asked first)', () => {
    expect(group(['Hello!', 'hello', 'Why?', 'why'.toUpperCase(), 'Who?']).map((g) => [g.count, g.example])).toEqual([
      [2, 'WHY'],
      [2, 'hello'],
      [1, 'Who?'],
    ]);
  });

  it('compares each wording with the group’s first wording, so a chain of small steps does not drift into one group', () => {
    const groups = group([
      'alpha bravo charlie delta',
      'alpha bravo charlie delta',
      'charlie delta echo foxtrot',
      'echo foxtrot golf hotel',
    ]);
    expect(groups.map((g) => g.terms)).toEqual([
      ['alpha', 'bravo', 'charli', 'delta'],
      ['echo', 'foxtrot', 'golf', 'hotel'],
      ['charli', 'delta', 'echo', 'foxtrot'],
    ]);
  });

  it('keeps five wordings per group for display and counts the rest', () => {
    const wordings = [
      'spare cartridge',
      'spare cartridges',
      'cartridge spare',
      'Spare cartridge?',
      'SPARE CARTRIDGE',
      'spare, cartridge',
      'spare cartridge please',
    ];
    const [only] = group(wordings);
    expect(only!.count).toBe(7);
    expect(only!.wordings).toHaveLength(5);
    expect(only!.distinctWordings).toBe(7);
  });

  it('finds exactly the groups that comparing every pair would (generated questions, some words far commoner than others)', () => {
    const vocabulary = [
      'cartridge',
      'holster',
      'battery',
      'warning',
      'report',
      'camera',
      'spark',
      'range',
      'probe',
      'laser',
      'trigger',
      'record',
      'shift',
      'locker',
      'signature',
      'colour',
      'sergeant',
      'custody',
      'vehicle',
      'glove',
    ];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const questions = Array.from({ length: 3000 }, () => {
      const size = 1 + Math.floor(random() * 6);
      return Array.from({ length: size }, () => vocabulary[Math.floor(random() ** 2 * vocabulary.length)]).join(' ');
    });
    const indexed = group(questions).map((g) => [g.example, g.count]);
    expect(indexed.length).toBeGreaterThan(100);
    expect(indexed).toEqual(naiveGroups(questions));
  });
});

/** The same greedy grouping, comparing each term set with every group: the specification. */
function naiveGroups(questions: string[]): (string | number)[][] {
  const buckets = new Map<
    string,
    { terms: string[]; count: number; wordings: Map<string, { count: number; last: string }>; last: string }
  >();
  questions.forEach((q, i) => {
    const terms = [...new Set(contentTerms(q))].sort();
    const key = terms.join(' ');
    const b = buckets.get(key) ?? { terms, count: 0, wordings: new Map(), last: '' };
    b.count += 1;
    const at = `2026-03-${String((i % 28) + 1).padStart(2, '0')}T09:00:00.000Z`;
    const w = b.wordings.get(q) ?? { count: 0, last: '' };
    b.wordings.set(q, { count: w.count + 1, last: at > w.last ? at : w.last });
    if (at > b.last) b.last = at;
    buckets.set(key, b);
  });
  const ordered = [...buckets.entries()]
    .sort(([ka, a], [kb, b]) => b.count - a.count || (ka < kb ? -1 : ka > kb ? 1 : 0))
    .map(([, b]) => b);
  const groups: { rep: Set<string>; members: typeof ordered }[] = [];
  for (const b of ordered) {
    let best = -1;
    let bestScore = 0;
    groups.forEach((g, i) => {
      const shared = b.terms.filter((t) => g.rep.has(t)).length;
      const score = shared / (b.terms.length + g.rep.size - shared);
      if (score >= SIMILARITY && score > bestScore) [best, bestScore] = [i, score];
    });
    if (best >= 0) groups[best]!.members.push(b);
    else groups.push({ rep: new Set(b.terms), members: [b] });
  }
  return groups
    .map((g) => {
      const wordings = new Map<string, { count: number; last: string }>();
      for (const m of g.members) for (const [w, seen] of m.wordings) wordings.set(w, seen);
      const example = [...wordings.entries()].sort(
        ([wa, a], [wb, b]) =>
          b.count - a.count || (a.last > b.last ? -1 : a.last < b.last ? 1 : 0) || wa.localeCompare(wb),
      )[0]![0];
      const last = g.members
        .map((m) => m.last)
        .sort()
        .at(-1)!;
      return { example, count: g.members.reduce((n, m) => n + m.count, 0), last };
    })
    .sort(
      (a, b) =>
        b.count - a.count || (a.last > b.last ? -1 : a.last < b.last ? 1 : 0) || a.example.localeCompare(b.example),
    )
    .map((g) => [g.example, g.count]);
}
