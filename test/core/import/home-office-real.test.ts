// The two real Home Office workbooks: the Taser-by-force table is found in each, and the figures written
// are the spreadsheet's own (values below were read from the .ods files by hand).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { NO_KNOWLEDGE, type ExistingKnowledge } from '../../../src/core/import/existing.js';
import { buildHomeOfficeKnowledge, type HomeOfficeImport } from '../../../src/core/import/home-office/build.js';
import {
  defaultFileName,
  readHomeOfficeWorkbook,
  type HomeOfficeTable,
} from '../../../src/core/import/home-office/read-workbook.js';
import {
  realWorkbook,
  WORKBOOK_2017_18 as FILE_2017,
  WORKBOOK_2018_19 as FILE_2018,
} from '../../fixtures/ods/real-workbooks.js';

/** A pack like the bundled one: two forces and the two seed metrics, defined in other files. */
const HAND_WRITTEN: ExistingKnowledge = {
  sources: [],
  forces: [
    {
      id: 'hampshire',
      name: 'Hampshire and Isle of Wight Constabulary',
      aliases: ['Hampshire', 'Hampshire Constabulary', 'HIOW'],
      region: 'South East',
    },
    { id: 'thames-valley', name: 'Thames Valley Police', aliases: ['Thames Valley', 'TVP'] },
  ],
  metrics: [
    { id: 'incidents', terms: ['incidents', 'used', 'uses'] },
    { id: 'discharges', terms: ['fired', 'discharged', 'discharges'] },
  ],
  ids: new Map([
    ['hampshire', 'knowledge/forces.yaml'],
    ['thames-valley', 'knowledge/forces.yaml'],
    ['incidents', 'knowledge/metrics.yaml'],
    ['discharges', 'knowledge/metrics.yaml'],
  ]),
};

function read(file: string): HomeOfficeTable {
  return readHomeOfficeWorkbook(readFileSync(realWorkbook(file)), file);
}

/** A force's values for a period (the publication's own by default). */
function valuesOf(result: HomeOfficeImport, force: string, from = result.file.statistics!.at(-1)!.period.from) {
  return result.file.statistics?.find((s) => s.force === force && s.period.from === from)?.values;
}

function totalOf(result: HomeOfficeImport, area: string, from: string) {
  return result.file.totals?.find((t) => t.area === area && t.period.from === from);
}

describe('GIVEN the April 2017 – March 2018 workbook', () => {
  let table: HomeOfficeTable;
  let result: HomeOfficeImport;
  beforeAll(() => {
    table = read(FILE_2017);
    result = buildHomeOfficeKnowledge(table, HAND_WRITTEN);
  });

  it('THEN Table 13 is chosen over the January–March 2017 and 2016-revisions tables', () => {
    expect(table.located.table.name).toBe('Table_13');
    expect(table.located.title).toBe('Table 13. Use of CED by type and police force: 1 April 2017 to 31 March 2018');
    expect(table.publication).toEqual({
      title: 'Police use of force statistics, England and Wales: April 2017 to March 2018: data tables',
      date: '2018-12-13',
      period: { from: '2017-04', to: '2018-03' },
    });
    expect(defaultFileName(table)).toBe('home-office-2017-18.yaml');
  });

  it('THEN each of the 43 forces has one statistic with the spreadsheet figures and its table row', () => {
    expect(result.file.statistics).toHaveLength(43);
    expect(valuesOf(result, 'kent')).toEqual({
      incidents: 475,
      'non-discharge-total': 337,
      drawn: 135,
      aimed: 31,
      'red-dot': 169,
      arced: 2,
      discharges: 38,
      'drive-stun': 0,
      fired: 35,
      'angled-drive-stun': 3,
      'not-stated': 100,
    });
    expect(valuesOf(result, 'metropolitan')).toMatchObject({ incidents: 4951, fired: 383 });
    expect(valuesOf(result, 'hampshire')).toMatchObject({ incidents: 329, fired: 51 });
    expect(valuesOf(result, 'thames-valley')).toMatchObject({ incidents: 519, fired: 60 });
    expect(result.file.statistics!.every((s) => Object.values(s.values).every((v) => typeof v === 'number'))).toBe(
      true,
    );
    expect(result.file.statistics!.some((s) => /^total/.test(s.force))).toBe(false);
    expect(result.file.statistics!.find((s) => s.force === 'kent')?.table).toEqual({ name: 'Table 13', row: 'Kent' });
  });

  it('THEN the England and Wales and regional total rows become totals, not forces', () => {
    expect(result.file.totals).toHaveLength(11);
    expect(totalOf(result, 'England and Wales', '2017-04')).toMatchObject({
      source: 'home-office-use-of-force-2017-18',
      values: { incidents: 17084, discharges: 2004, fired: 1872 },
      table: { name: 'Table 13', row: 'Total England and Wales' },
    });
    expect(totalOf(result, 'South East', '2017-04')?.values).toMatchObject({ incidents: 2075 });
  });

  it('THEN the source names the publication, the file and the licence', () => {
    expect(result.file.sources).toEqual([
      {
        id: 'home-office-use-of-force-2017-18',
        title: 'Police use of force statistics, England and Wales: April 2017 to March 2018: data tables',
        publisher: 'Home Office',
        date: '2018-12-13',
        document: FILE_2017,
        licence: 'Open Government Licence v3.0',
      },
    ]);
  });

  it('THEN the 41 forces the pack lacks are created with official names, aliases and regions', () => {
    expect(result.file.forces).toHaveLength(41);
    expect(result.file.forces?.find((f) => f.id === 'metropolitan')).toEqual({
      id: 'metropolitan',
      name: 'Metropolitan Police Service',
      aliases: ['Metropolitan', 'Met', 'Met Police', 'Metropolitan Police', 'MPS'],
      region: 'London',
    });
    expect(result.file.forces?.find((f) => f.id === 'greater-manchester')).toEqual({
      id: 'greater-manchester',
      name: 'Greater Manchester Police',
      aliases: ['Greater Manchester', 'GMP'],
      region: 'North West',
    });
    expect(result.file.forces?.find((f) => f.id === 'avon-and-somerset')?.region).toBe('South West');
  });

  it("THEN Total and Total discharge join the pack's incidents and discharges; the other columns become metrics", () => {
    expect(result.summary.reusedMetrics).toEqual([
      { heading: 'Total', id: 'incidents' },
      { heading: 'Total discharge', id: 'discharges' },
    ]);
    expect(result.file.metrics?.map((m) => m.id)).toEqual([
      'non-discharge-total',
      'drawn',
      'aimed',
      'red-dot',
      'arced',
      'drive-stun',
      'fired',
      'angled-drive-stun',
      'not-stated',
    ]);
    expect(result.file.metrics?.find((m) => m.id === 'fired')).toEqual({
      id: 'fired',
      label: 'fired',
      terms: ['fired', 'shot', 'probes fired', 'fired probes'],
      part_of: 'incidents',
    });
  });

  it("THEN a pack force without a region gets a warning naming the table's grouping", () => {
    expect(result.warnings).toEqual([
      'Table_14 ("Table 14. Use of CED by type and police force: January to March 2017") is also a table of Taser use by police force; it was not read (only the table for the publication\'s period is).',
      'Table_15 ("Table 15. Use of CED by type and police force: January to December 2016 revisions") is also a table of Taser use by police force; it was not read (only the table for the publication\'s period is).',
      'Force "thames-valley" has no region in the knowledge; Table 13 groups it under "South East". Add `region: South East` to it for regional comparisons.',
    ]);
  });
});

describe('GIVEN the April 2018 – March 2019 workbook, whose table holds both years', () => {
  let table: HomeOfficeTable;
  let result: HomeOfficeImport;
  beforeAll(() => {
    table = read(FILE_2018);
    result = buildHomeOfficeKnowledge(table, HAND_WRITTEN);
  });

  it("THEN Table 13 is found and both years' rows become statistics of this publication", () => {
    expect(table.located.title).toBe('Table 13. Use of CED by type and police force: 1 April 2017 to 31 March 2019');
    expect(table.publication.period).toEqual({ from: '2018-04', to: '2019-03' });
    expect(table.publication.date).toBe('2019-12-19');
    expect(result.file.statistics).toHaveLength(86);
    expect(
      result.file.statistics!.filter((s) => s.period.from === '2018-04' && s.period.to === '2019-03'),
    ).toHaveLength(43);
    expect(result.file.statistics!.every((s) => s.source === 'home-office-use-of-force-2018-19')).toBe(true);
  });

  it('THEN force figures are the 2018/19 figures of the spreadsheet', () => {
    expect(valuesOf(result, 'kent')).toMatchObject({ incidents: 588, discharges: 71, fired: 71, 'not-stated': 219 });
    expect(valuesOf(result, 'metropolitan')).toMatchObject({ incidents: 7396, fired: 673 });
    expect(valuesOf(result, 'hampshire')).toMatchObject({ incidents: 209, fired: 17 });
    expect(valuesOf(result, 'thames-valley')).toMatchObject({ incidents: 778, fired: 73 });
  });

  it('THEN the revised Hampshire (R) row for 2017/18 is kept with its marker, and the earlier year is warned about', () => {
    const revised = result.file.statistics!.find((s) => s.force === 'hampshire' && s.period.from === '2017-04');
    expect(revised).toMatchObject({
      values: { incidents: 158, discharges: 0, 'not-stated': 152 },
      table: { name: 'Table 13', row: 'Hampshire (R)' },
    });
    expect(revised?.remarks).toContain('Revised figures');
    expect(result.warnings).toContain(
      "Table 13 also gives figures for April 2017 – March 2018; they are imported with this publication as their source. If you import that period's own workbook later, run this import again afterwards, so these figures are recorded as revising it.",
    );
  });

  it('THEN totals for both years are kept, the 2017/18 ones as revised', () => {
    expect(result.file.totals).toHaveLength(22);
    expect(totalOf(result, 'England and Wales', '2018-04')?.values).toMatchObject({ incidents: 23451, fired: 2585 });
    expect(totalOf(result, 'England and Wales', '2017-04')?.values).toMatchObject({ incidents: 16913 });
  });

  it('THEN with the 2017-18 publication in the pack, this one is recorded as revising it', () => {
    const withEarlier = buildHomeOfficeKnowledge(table, {
      ...HAND_WRITTEN,
      sources: [{ id: 'home-office-use-of-force-2017-18', file: 'home-office-2017-18.yaml', revises: [] }],
    });
    expect(withEarlier.file.sources?.[0]?.revises).toEqual(['home-office-use-of-force-2017-18']);
  });

  it('THEN the same workbook already in the pack under another file is refused', () => {
    expect(() =>
      buildHomeOfficeKnowledge(table, {
        ...HAND_WRITTEN,
        sources: [{ id: 'home-office-use-of-force-2018-19', file: 'old-name.yaml', document: FILE_2018, revises: [] }],
      }),
    ).toThrow(expect.objectContaining({ code: 'already-imported' }) as Error);
  });

  it("THEN without a pack, every force and metric is new, with the table's own names for the total columns", () => {
    const alone = buildHomeOfficeKnowledge(table, NO_KNOWLEDGE);
    expect(alone.file.forces).toHaveLength(43);
    expect(alone.file.forces?.find((f) => f.id === 'hampshire')).toEqual({
      id: 'hampshire',
      name: 'Hampshire',
      aliases: [],
      region: 'South East',
    });
    expect(alone.file.metrics?.find((m) => m.id === 'total-uses')).toEqual({
      id: 'total-uses',
      label: 'Taser uses (all types)',
      terms: ['total uses', 'used', 'uses', 'use of taser', 'all uses', 'total use'],
      unit: 'uses',
    });
    expect(alone.file.metrics?.find((m) => m.id === 'fired')).toEqual({
      id: 'fired',
      label: 'fired',
      terms: ['fired', 'shot', 'probes fired', 'fired probes'],
      part_of: 'total-uses',
    });
    expect(alone.file.metrics?.find((m) => m.id === 'discharge-total')?.part_of).toBe('total-uses');
    expect(valuesOf(alone, 'kent')).toMatchObject({ 'total-uses': 588, 'discharge-total': 71, fired: 71 });
    expect(alone.file.metrics?.find((m) => m.id === 'not-stated')?.not_stated).toBe(true);
  });

  it('THEN building twice gives the same bytes', () => {
    expect(buildHomeOfficeKnowledge(table, HAND_WRITTEN).text).toBe(result.text);
  });
});
