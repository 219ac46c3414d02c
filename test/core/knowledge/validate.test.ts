// Specification of knowledge validation: every problem is one `file:line:col: message` line
// pointing at the node an admin has to fix.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/core/knowledge/load.js';
import { formatProblem } from '../../../src/core/knowledge/problems.js';

const broken = (name: string) => path.join('test', 'fixtures', 'broken', name);

async function linesFor(name: string): Promise<string[]> {
  const dir = broken(name);
  const { knowledge, problems } = await loadKnowledge(dir, {
    today: '2026-01-01',
    displayPath: (p) => path.relative(path.resolve(dir), p) || '.',
  });
  expect(knowledge).toBeUndefined();
  return problems.map(formatProblem);
}

describe('GIVEN a pack with broken YAML', () => {
  it('THEN a syntax error points at the line and column', async () => {
    expect(await linesFor('syntax')).toEqual([
      'notes.yaml:3:12: YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
  });
  it('THEN tab indentation is reported where the tab is', async () => {
    expect(await linesFor('tabs')).toEqual([
      'notes.yaml:3:1: YAML: a tab indents this line: YAML is indented with spaces only',
    ]);
  });
  it('THEN a file that is not a mapping of sections says what it must be', async () => {
    expect(await linesFor('not-a-map')).toEqual([
      'list.yaml:1:1: a knowledge file must be a mapping of sections (sources, notes, statistics, totals, forces, metrics, synonyms)',
    ]);
  });
  it('THEN binary and non-YAML files are named, and the good file is still read', async () => {
    expect(await linesFor('not-yaml')).toEqual([
      'image.yaml:3:1: binary file: knowledge files must be UTF-8 YAML text',
      'notes.txt:1:1: not a knowledge file: knowledge files end in .yaml or .yml (move other files out of the knowledge folder)',
    ]);
  });
});

describe('GIVEN a pack that breaks the schema', () => {
  it('THEN unknown fields point at the key, with "did you mean"', async () => {
    expect(await linesFor('unknown-field')).toEqual([
      'notes.yaml:6:5: notes[0]: unknown field "titel" (did you mean "title"?)',
      'notes.yaml:11:1: unknown field "statistic" (did you mean "statistics"?)',
    ]);
  });
  it('THEN missing and wrongly typed fields are named', async () => {
    expect(await linesFor('missing-field')).toEqual([
      'notes.yaml:5:5: notes[0]: missing required field "title"',
      'notes.yaml:10:12: notes[1].title: 42 is read as a number: write it in quotes ("42")',
      'notes.yaml:12:11: notes[1].text: must not be empty',
      'notes.yaml:14:11: notes[1].tags: expected array',
    ]);
  });
});

describe('GIVEN a pack whose parts do not fit together', () => {
  it('THEN a duplicate id names both places', async () => {
    expect(await linesFor('duplicate-ids')).toEqual([
      'two.yaml:2:9: duplicate id "holster": already used by a note at one.yaml:5:9',
    ]);
  });
  it('THEN ids that do not exist are reported with the closest real id', async () => {
    expect(await linesFor('dangling-refs')).toEqual([
      'pack.yaml:16:13: source "manul" is not defined in the knowledge (did you mean "manual"?)',
      'pack.yaml:17:14: force "northshir" is not defined in the knowledge (did you mean "northshire"?)',
      'pack.yaml:19:12: force "southshire" is not defined in the knowledge (did you mean "northshire"?)',
      'pack.yaml:22:26: metric "incidnets" is not defined in the knowledge (did you mean "incidents"?)',
    ]);
  });
  it('THEN impossible dates and periods are reported', async () => {
    expect(await linesFor('bad-dates')).toEqual([
      'pack.yaml:4:11: sources[0].date: "2023-02-30" is not a real calendar date',
      'pack.yaml:19:16: note "a": review_by (2023-01-01) is before reviewed (2024-05-01)',
      'pack.yaml:22:21: statistics[0].period.from: "2021-13" is not a real month',
      'pack.yaml:26:13: statistics[1].period: starts (2022-04) after it ends (2021-03)',
    ]);
  });
  it('THEN negative or fractional counts, and a part larger than its whole, are errors', async () => {
    expect(await linesFor('counts')).toEqual([
      'pack.yaml:19:42: discharges (11) is greater than incidents (10), which it is part of',
      'pack.yaml:23:26: statistics[1].values.incidents: counts cannot be negative',
      'pack.yaml:23:42: statistics[1].values.discharges: counts are whole numbers',
    ]);
  });
});

describe('GIVEN a good pack', () => {
  it('THEN it loads, and a note past its review date is only a warning', async () => {
    const dir = path.join('test', 'fixtures', 'packs', 'basic');
    const { knowledge, problems } = await loadKnowledge(dir, { today: '2026-01-01' });
    expect(knowledge?.notes.map((n) => n.id)).toEqual([
      'holster-side',
      'aftercare',
      'recertification',
      'battery-check',
    ]);
    expect(problems.map(formatProblem)).toEqual([
      `${path.join(dir, 'notes.yaml')}:27:16: warning: note "recertification" was due for review on 2021-01-01`,
    ]);
  });
  it('THEN a missing directory is one clear problem', async () => {
    const { knowledge, problems } = await loadKnowledge('test/fixtures/no-such-pack');
    expect(knowledge).toBeUndefined();
    expect(problems.map((p) => p.message)).toEqual(['cannot read the knowledge directory: no such directory']);
  });
});
