// The neutral help every platform renders: topics by size, periods summarised when there are many,
// five of the knowledge's own example questions, and the force list kept apart.
import { describe, expect, it } from 'vitest';
import type { Overview } from '../../../src/core/assistant.js';
import { forceNames, helpSummary, topicLine } from '../../../src/adapters/shared/help.js';

function overview(overrides: Partial<Overview> = {}): Overview {
  return {
    topics: [
      { topic: 'use', notes: 2 },
      { topic: 'carry', notes: 5 },
      { topic: 'aftercare', notes: 2 },
    ],
    forces: [
      { id: 'w', name: 'Westmarch Constabulary' },
      { id: 'n', name: 'Northshire Police' },
    ],
    metrics: [{ id: 'discharges', label: 'discharges' }],
    periods: [
      { period: { from: '2019-04', to: '2020-03' }, label: 'April 2019 – March 2020' },
      { period: { from: '2020-04', to: '2021-03' }, label: 'April 2020 – March 2021' },
    ],
    notes: 9,
    statistics: 1,
    sources: 2,
    overdueReviews: 0,
    updatedAt: new Date('2026-01-01T00:00:00Z'),
    examples: ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'],
    ...overrides,
  };
}

describe('GIVEN what the knowledge covers', () => {
  it('THEN topics read largest first with their counts, and five example questions are offered', () => {
    const summary = helpSummary(overview());
    expect(topicLine(summary)).toBe('carry (5), aftercare (2), use (2)');
    expect(summary.examples).toEqual(['q1', 'q2', 'q3', 'q4', 'q5']);
    expect(summary.counts).toBe('9 notes · 1 set of figures · 2 sources');
    expect(summary.periods).toBe('April 2019 – March 2020, April 2020 – March 2021');
  });

  it('WHEN figures cover many periods THEN they are summarised as first to last with a count', () => {
    const periods = Array.from({ length: 9 }, (_, i) => ({
      period: { from: `${2010 + i}-04`, to: `${2011 + i}-03` },
      label: `April ${2010 + i} – March ${2011 + i}`,
    }));
    expect(helpSummary(overview({ periods })).periods).toBe(
      'April 2010 – March 2011 to April 2018 – March 2019 (9 periods)',
    );
  });

  it('THEN the force list is alphabetical, and help itself only counts the forces', () => {
    expect(forceNames(overview())).toEqual(['Northshire Police', 'Westmarch Constabulary']);
    expect(helpSummary(overview()).forces).toBe(2);
  });
});
