// Specification of totals, revisions, caveats and citations on a small invented pack: published totals
// and complete sums, the latest revision with what was first published, "not stated" warnings, the
// source's words as citations, and validation of two publications giving one period.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerText } from '../../../src/core/answer/present.js';
import type { KnowledgeAssistant } from '../../../src/core/create-assistant.js';
import { loadKnowledge } from '../../../src/core/knowledge/load.js';
import { makeAssistant } from '../../helpers/assistant.js';

const PACK = `sources:
  - { id: first, title: Figures 2019-20, publisher: Northland Office, date: 2020-06-01 }
  - { id: revised, title: Figures 2020-21, publisher: Northland Office, date: 2021-06-01, revises: [first] }
forces:
  - { id: north, name: North Police, aliases: [North], region: Midland }
  - { id: west, name: West Constabulary, aliases: [West], region: Midland }
  - { id: coast, name: Coast Police, aliases: [Coast, Cst], region: Coastal }
metrics:
  - { id: incidents, label: incidents, unit: incidents, terms: [incidents, uses, used] }
  - { id: discharges, label: discharges, part_of: incidents, terms: [discharges, fired] }
  - { id: not-stated, label: type not stated, part_of: incidents, not_stated: true, terms: [not stated] }
statistics:
  - force: north
    period: { from: 2019-04, to: 2020-03 }
    source: first
    table: { name: Table 1, row: North }
    values: { incidents: 100, discharges: 10 }
  - force: north
    period: { from: 2019-04, to: 2020-03 }
    source: revised
    table: { name: Table 2, row: North (R) }
    values: { incidents: 100, discharges: 12 }
  - force: west
    period: { from: 2019-04, to: 2020-03 }
    source: first
    values: { incidents: 50, discharges: 5 }
  - force: coast
    period: { from: 2019-04, to: 2020-03 }
    source: first
    values: { incidents: 40, discharges: null }
  - force: north
    period: { from: 2020-04, to: 2021-03 }
    source: revised
    quote: In 2020-21 North Police recorded 120 incidents, 15 of them discharges.
    values: { incidents: 120, discharges: 15, not-stated: 60 }
totals:
  - area: Northland
    period: { from: 2019-04, to: 2020-03 }
    source: revised
    table: { name: Table 2, row: Total Northland }
    values: { incidents: 190, discharges: 17 }
`;

const dirs: string[] = [];
async function pack(text: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'figures-pack-'));
  dirs.push(dir);
  await writeFile(path.join(dir, 'pack.yaml'), text);
  return dir;
}
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

let assistant: KnowledgeAssistant;
beforeAll(async () => {
  assistant = await makeAssistant(await pack(PACK));
});

describe('GIVEN a later publication that revises an earlier one', () => {
  it('THEN the latest revision is shown, saying what was first published, citing both', async () => {
    const answer = await assistant.answer('north discharges 2019-20');
    expect(answerText(answer)).toBe(
      'North Police, April 2019 – March 2020: discharges 12 (12 of 100 incidents = 12.0%) — Northland Office, June 2021 [1] (revised in that publication; first published as 10 in Northland Office, June 2020 [2])',
    );
    expect(answer.citations.map((c) => [c.sourceId, c.snippet])).toEqual([
      ['revised', 'Table 2, row for North (R): discharges'],
      ['first', 'Table 1, row for North: discharges'],
    ]);
    expect(answer.figures[0]).toMatchObject({ value: 12, revision: { firstPublished: 10, sourceId: 'first' } });
    // A table reference is not the source's words: renderers show it without quote marks.
    expect(answer.citations.map((c) => c.reference)).toEqual([true, true]);
  });

  it('THEN validation rejects the same force and period from two sources neither of which revises the other', async () => {
    const { knowledge, problems } = await loadKnowledge(await pack(PACK.replace(', revises: [first]', '')));
    expect(knowledge).toBeUndefined();
    expect(problems.map((p) => p.message)).toContainEqual(
      expect.stringContaining('add `revises: [first]` to source "revised"'),
    );
  });

  it('THEN validation rejects a revision naming a source that does not exist', async () => {
    const { problems } = await loadKnowledge(await pack(PACK.replace('revises: [first]', 'revises: [frist]')));
    expect(problems.map((p) => p.message)).toContainEqual(expect.stringContaining('source "frist" is not defined'));
  });
});

describe('GIVEN national and regional totals', () => {
  it('THEN a published national total answers "nationally"', async () => {
    const answer = await assistant.answer('how many uses nationally in 2019-20');
    expect(answerText(answer)).toBe(
      'Northland, April 2019 – March 2020: incidents 190 — Northland Office, June 2021 [1]',
    );
    expect(answer.citations[0]?.snippet).toBe('Table 2, row for Total Northland: incidents');
  });

  it('THEN "in total" with no force, region or area named is the national total', async () => {
    const answer = await assistant.answer('how many uses were there in total in 2019-20');
    expect(answerText(answer)).toBe(
      'Northland, April 2019 – March 2020: incidents 190 — Northland Office, June 2021 [1]',
    );
  });

  it('THEN a region without a published total is summed only because every force has a figure', async () => {
    const answer = await assistant.answer('total in midland 2019-20');
    expect(answerText(answer)).toContain('Midland, April 2019 – March 2020: incidents 150 (100 + 50 = 150)');
    expect(answerText(answer)).toContain("(sum of 2 forces' figures, not a published total)");
    expect(answer.notices.join(' ')).toContain('not a published total');
  });

  it('THEN a region where a force has no figure is not summed', async () => {
    const answer = await assistant.answer('how many discharges in coastal in 2019-20');
    expect(answer.status).toBe('no_answer');
    expect(answerText(answer)).toContain('1 of its forces has none (Coast Police)');
  });

  it('THEN a period with no total and no forces is an honest no', async () => {
    const answer = await assistant.answer('how many uses nationally in 2018-19');
    expect(answer.status).toBe('no_answer');
    expect(answerText(answer)).toContain('no figures for that period');
  });
});

describe('GIVEN figures needing a caveat or a quote', () => {
  it('THEN "not stated" as a large share of uses is warned about, and the quote is the citation', async () => {
    const answer = await assistant.answer("north's discharges 2020-21");
    expect(answer.notices).toContainEqual(
      'Caution: for North Police, April 2020 – March 2021, the type not stated count is 60 of 120 incidents (50.0%), so the share of each type may be understated.',
    );
    expect(answer.citations[0]).toMatchObject({
      snippet: 'In 2020-21 North Police recorded 120 incidents, 15 of them discharges.',
    });
    expect(answer.citations[0]?.reference).toBeUndefined();
  });

  it('THEN an abbreviation alias names the force', async () => {
    expect(answerText(await assistant.answer('cst uses 2019-20'))).toContain(
      'Coast Police, April 2019 – March 2020: incidents 40',
    );
  });
});

describe('GIVEN periods the knowledge lacks next to the ones it has', () => {
  const lacking = [
    '2018-19',
    '2018/19',
    'FY 2018/19',
    'April 2018 to March 2019',
    'year to March 2019',
    'year ending March 2022',
    '2021/22',
    'in 2021',
    'in 2018',
    '1 April 2021 to 31 March 2022',
  ];
  it.each(lacking)('THEN "north uses %s" is an honest no, never a neighbouring period', async (period) => {
    const answer = await assistant.answer(`north uses ${period}`);
    expect(answer.status).toBe('no_answer');
    expect(answerText(answer)).toContain('no figures for that period');
    expect(answer.figures).toEqual([]);
    expect(answerText(answer)).toContain(
      'I have figures for North Police for April 2019 – March 2020 and April 2020 – March 2021.',
    );
  });

  it('THEN "ye march 2020", as statistics abbreviate the year ending, is the year to March 2020', async () => {
    const answer = await assistant.answer('north uses ye march 2020');
    expect(answer.figures.map((f) => f.periodLabel)).toEqual(['April 2019 – March 2020']);
  });

  it('THEN a range returns every year in it, and names the year it lacks', async () => {
    const answer = await assistant.answer('north uses 2018/19 to 2020/21');
    expect(answer.figures.map((f) => f.periodLabel)).toEqual(['April 2019 – March 2020', 'April 2020 – March 2021']);
    expect(answer.notices).toContainEqual(expect.stringContaining('No figures for April 2018 – March 2019'));
  });

  it.each(['north uses between 2018 and 2020', 'north uses from 2018 to 2020', 'north uses from 2020 to 2018'])(
    'THEN years apart ("%s") return every year in them, and name the year they lack',
    async (question) => {
      const answer = await assistant.answer(question);
      expect(answer.figures.map((f) => f.periodLabel)).toEqual(['April 2019 – March 2020', 'April 2020 – March 2021']);
      expect(answer.notices).toContainEqual(expect.stringContaining('No figures for April 2018 – March 2019'));
    },
  );

  it('THEN two years in a row ("2019 to 2020") name that one financial year', async () => {
    const answer = await assistant.answer('north uses 2019 to 2020');
    expect(answer.figures.map((f) => f.periodLabel)).toEqual(['April 2019 – March 2020']);
  });

  it.each([
    ['this year', 'April 2025 – March 2026'],
    ['this financial year', 'April 2025 – March 2026'],
    ['last year', 'April 2024 – March 2025'],
  ])('THEN "north uses %s" is settled against today (2026-01-01) and answered honestly', async (words, period) => {
    const answer = await assistant.answer(`north uses ${words}`);
    expect(answer.status).toBe('no_answer');
    expect(answerText(answer)).toContain(
      `I have no figures for North Police for ${period}: no figures for that period.`,
    );
  });

  it('THEN "over the last 2 years" is the trend of the two years ended before today', async () => {
    const asOf2021 = await makeAssistant(await pack(PACK), { today: () => '2021-06-01' });
    const answer = await asOf2021.answer('north uses over the last 2 years');
    expect(answer.figures.map((f) => f.periodLabel)).toEqual(['April 2019 – March 2020', 'April 2020 – March 2021']);
    const now = await assistant.answer('north uses over the last 2 years');
    expect(answer.status).toBe('answered');
    expect(answerText(now)).toContain('I have no figures for North Police for April 2023 – March 2025');
  });

  it('THEN "since" returns every year from it on', async () => {
    const answer = await assistant.answer('north uses since 2019/20');
    expect(answer.figures.map((f) => f.value)).toEqual([100, 120]);
  });
});
