// Specification of the Home Office import on miniature workbooks: finding the table, reading rows,
// missing and revised figures, forces and regions, and refusing a workbook it cannot trust.
import { describe, expect, it } from 'vitest';
import { ImportError, type ImportErrorDetails } from '../../../src/core/import/errors.js';
import { NO_KNOWLEDGE, type ExistingKnowledge } from '../../../src/core/import/existing.js';
import { buildHomeOfficeKnowledge } from '../../../src/core/import/home-office/build.js';
import { readHomeOfficeWorkbook } from '../../../src/core/import/home-office/read-workbook.js';
import { buildOds, type CellSpec, type OdsSpec } from '../../fixtures/ods/build-ods.js';
import { HEADINGS, homeOfficeWorkbook, OTHER_TABLE, ROWS, taserSheet } from '../../fixtures/ods/home-office.js';

const DOCUMENT = 'mini.ods';

function importMini(spec: OdsSpec, existing: ExistingKnowledge = NO_KNOWLEDGE) {
  return buildHomeOfficeKnowledge(readHomeOfficeWorkbook(buildOds(spec), DOCUMENT), existing);
}

function refusal(spec: OdsSpec, existing: ExistingKnowledge = NO_KNOWLEDGE): ImportErrorDetails {
  try {
    importMini(spec, existing);
  } catch (error) {
    if (error instanceof ImportError) return error.details;
    throw error;
  }
  throw new Error('expected the import to be refused');
}

/** ROWS with one force row's cells replaced. */
function withRow(label: string, cells: CellSpec[]): CellSpec[][] {
  return ROWS.map((row) => (row[1] === label ? cells : row));
}

describe('GIVEN a workbook with the Taser-by-force table among other sheets', () => {
  const result = importMini(homeOfficeWorkbook());

  it('THEN force rows become statistics for the publication period, each citing its table row', () => {
    expect(result.file.statistics?.map((s) => s.table)).toEqual([
      { name: 'Table 9', row: 'Metropolitan' },
      { name: 'Table 9', row: 'Northshire' },
      { name: 'Table 9', row: 'Westmarch & Vale' },
    ]);
    expect(result.file.statistics?.map(({ table: _table, ...rest }) => rest)).toEqual([
      {
        force: 'metropolitan',
        period: { from: '2020-04', to: '2021-03' },
        source: 'home-office-use-of-force-2020-21',
        values: {
          'total-uses': 30,
          'non-discharge-total': 25,
          drawn: 10,
          aimed: 0,
          'red-dot': 15,
          arced: 0,
          'discharge-total': 4,
          'drive-stun': 0,
          fired: 4,
          'angled-drive-stun': 0,
          'not-stated': 1,
        },
      },
      {
        force: 'northshire',
        period: { from: '2020-04', to: '2021-03' },
        source: 'home-office-use-of-force-2020-21',
        values: {
          'total-uses': 60,
          'non-discharge-total': 50,
          drawn: 10,
          aimed: 5,
          'red-dot': 30,
          arced: 5,
          'discharge-total': 8,
          'drive-stun': 1,
          fired: 6,
          'angled-drive-stun': 1,
          'not-stated': 2,
        },
      },
      {
        force: 'westmarch-and-vale',
        period: { from: '2020-04', to: '2021-03' },
        source: 'home-office-use-of-force-2020-21',
        values: {
          'total-uses': 40,
          'non-discharge-total': 35,
          drawn: 10,
          aimed: 5,
          'red-dot': 20,
          arced: 0,
          'discharge-total': 5,
          'drive-stun': 0,
          fired: 5,
          'angled-drive-stun': 0,
          'not-stated': 0,
        },
      },
    ]);
  });

  it('THEN new forces take their region from the grouping column, and known official names', () => {
    expect(result.file.forces).toEqual([
      {
        id: 'metropolitan',
        name: 'Metropolitan Police Service',
        aliases: ['Metropolitan', 'Met', 'Met Police', 'Metropolitan Police', 'MPS'],
        region: 'Coastal',
      },
      { id: 'northshire', name: 'Northshire', aliases: [], region: 'Midland' },
      { id: 'westmarch-and-vale', name: 'Westmarch & Vale', aliases: [], region: 'Midland' },
    ]);
  });

  it('THEN the publication date comes from the cover sheet', () => {
    expect(result.file.sources?.[0]).toMatchObject({
      id: 'home-office-use-of-force-2020-21',
      date: '2021-12-17',
      document: DOCUMENT,
    });
  });

  it('THEN the file starts with the editor schema line and says how it was generated', () => {
    expect(result.text.split('\n').slice(0, 5)).toEqual([
      '# yaml-language-server: $schema=./knowledge.schema.json',
      '# Generated from a Home Office workbook; do not edit by hand. To update it, run the import again:',
      '#   npm run import -- home-office mini.ods',
      '# Read from Table 9 ("Table 9. Use of CED by type and police force: 1 April 2020 to 31 March 2021"),',
      '# rows for April 2020 – March 2021.',
    ]);
    expect(result.text).toContain(
      '\nstatistics:\n  - force: metropolitan\n    period: { from: 2020-04, to: 2021-03 }\n',
    );
  });
});

describe('GIVEN cells that give no figure', () => {
  const rows = withRow('Northshire', ['Midland', 'Northshire', 60, 50, '..', 5, 30, 5, 8, 1, '*', 1, null]);
  const result = importMini(homeOfficeWorkbook(taserSheet({ rows })));
  const northshire = result.file.statistics?.find((s) => s.force === 'northshire');

  it('THEN the value is null, never zero, and the remarks say what the table shows', () => {
    expect(northshire?.values).toMatchObject({ drawn: null, fired: null, 'not-stated': null, aimed: 5 });
    expect(northshire?.remarks).toBe(
      'Table 9 gives no figure for Drawn ("..": not available), Fired ("*": suppressed) or Not stated (the cell is blank).',
    );
  });

  it('THEN rows with every figure have no remarks', () => {
    expect(result.file.statistics?.find((s) => s.force === 'metropolitan')?.remarks).toBeUndefined();
  });
});

describe('GIVEN a force row marked as revised', () => {
  const rows = withRow('Northshire', ['Midland', 'Northshire (R)', 60, 50, 10, 5, 30, 5, 8, 1, 6, 1, 2]);
  const result = importMini(homeOfficeWorkbook(taserSheet({ rows })));

  it("THEN the marker is not part of the name, and the remarks quote the table's note on it", () => {
    const northshire = result.file.statistics?.find((s) => s.force === 'northshire');
    expect(northshire?.remarks).toBe(
      'Revised figures: Table 9 notes "(R) shows where figures have been revised since the previous publication".',
    );
  });
});

describe('GIVEN a pack that already defines some forces and metrics', () => {
  const existing: ExistingKnowledge = {
    sources: [],
    forces: [{ id: 'north', name: 'Northshire Police', aliases: ['Northshire', 'NSP'], region: 'Midland' }],
    metrics: [
      { id: 'incidents', terms: ['incidents', 'uses'] },
      { id: 'red-dot', terms: ['red dot'] },
    ],
    ids: new Map([
      ['north', 'forces.yaml'],
      ['incidents', 'metrics.yaml'],
      ['red-dot', 'metrics.yaml'],
    ]),
  };
  const result = importMini(homeOfficeWorkbook(), existing);

  it('THEN a force is matched by its alias, and is not defined again', () => {
    expect(result.file.forces?.map((f) => f.id)).toEqual(['metropolitan', 'westmarch-and-vale']);
    expect(result.file.statistics?.map((s) => s.force)).toEqual(['metropolitan', 'north', 'westmarch-and-vale']);
  });

  it('THEN metrics with the same id or measure are reused, and new metrics avoid their terms', () => {
    expect(result.summary.reusedMetrics).toEqual([
      { heading: 'Total', id: 'incidents' },
      { heading: 'Red-dot', id: 'red-dot' },
    ]);
    expect(result.file.metrics?.map((m) => m.id)).not.toContain('red-dot');
    expect(result.file.metrics?.find((m) => m.id === 'non-discharge-total')?.part_of).toBe('incidents');
  });

  it('THEN an id the import needs that another file uses for something else is refused', () => {
    const clash = { ...existing, ids: new Map([...existing.ids, ['westmarch-and-vale', 'notes.yaml']]) };
    expect(refusal(homeOfficeWorkbook(), clash)).toEqual({
      code: 'id-taken',
      ids: [{ id: 'westmarch-and-vale', file: 'notes.yaml' }],
    });
  });
});

describe('GIVEN a table whose headings changed', () => {
  it('THEN an optional column renamed beyond recognition is warned about, and the rest imported', () => {
    const headings = HEADINGS.map((h) => (h === 'Red-dot' ? 'Laser' : h));
    const result = importMini(homeOfficeWorkbook(taserSheet({ headings })));
    expect(result.file.statistics).toHaveLength(3);
    expect(result.file.statistics?.[0]?.values).not.toHaveProperty('red-dot');
    expect(result.warnings).toEqual(
      expect.arrayContaining([
        'Table_9: the column "Laser" (cell G4) is not one the import knows; its figures were not imported.',
        'Table_9: no "Red-dot" column; this year\'s figures leave that measure out (no value, not zero).',
      ]),
    );
  });

  it('THEN a required column that is truly absent is refused, naming it and the headings it could not place', () => {
    const headings = HEADINGS.map((h) => (h === 'Total' ? 'Grand sum' : h));
    expect(refusal(homeOfficeWorkbook(taserSheet({ headings })))).toEqual({
      code: 'headings-changed',
      table: 'Table_9',
      title: 'Table 9. Use of CED by type and police force: 1 April 2020 to 31 March 2021',
      missing: ['Total'],
      unexpected: ['Grand sum'],
      expected: ['Police force', 'Total'],
    });
  });

  it('THEN footnote markers and spelling of punctuation in headings do not count as changes', () => {
    const headings = HEADINGS.map((h) => (h === 'Red-dot' ? 'Red dot [note 3]' : h === 'Fired' ? 'Fired*' : h));
    expect(importMini(homeOfficeWorkbook(taserSheet({ headings }))).file.statistics).toHaveLength(3);
  });
});

describe('GIVEN workbooks the import cannot use', () => {
  it('THEN a workbook without the table is refused, listing the sheets it has', () => {
    expect(refusal({ sheets: [OTHER_TABLE] })).toEqual({
      code: 'no-table',
      expected: [
        'Use of CED (conducted energy device, Taser) by type and police force',
        'Region',
        'Police force',
        ...HEADINGS.slice(2),
      ],
      tables: [{ name: 'Table_1', title: 'Table 1. Number of times tactics were used' }],
    });
  });

  it('THEN a cell that is not a count is refused with its reference', () => {
    const rows = withRow('Metropolitan', ['Coastal', 'Metropolitan', 30, 25, 10, 0, 15, 0, 4, 0, 'four', 0, 1]);
    expect(refusal(homeOfficeWorkbook(taserSheet({ rows })))).toEqual({
      code: 'bad-value',
      table: 'Table_9',
      cell: 'K10',
      text: 'four',
      force: 'Metropolitan',
      heading: 'Fired',
    });
  });

  it('THEN two rows for one force are refused', () => {
    const rows = [...ROWS, ['Coastal', 'Metropolitan', 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0]];
    expect(refusal(homeOfficeWorkbook(taserSheet({ rows })))).toEqual({
      code: 'duplicate-force',
      table: 'Table_9',
      force: 'metropolitan',
      rows: ['B10', 'B11'],
    });
  });

  it('THEN two tables for the same period are ambiguous', () => {
    const spec = homeOfficeWorkbook(taserSheet(), [
      taserSheet({
        name: 'Table_10',
        title: 'Table 10. Use of CED by type and police force: 1 April 2020 to 31 March 2021',
      }),
    ]);
    expect(refusal(spec)).toMatchObject({ code: 'ambiguous-table', period: { from: '2020-04', to: '2021-03' } });
  });
});

describe('GIVEN a workbook with tables for several periods', () => {
  const quarter = taserSheet({
    name: 'Table_10',
    title: 'Table 10. Use of CED by type and police force: January to March 2020',
    rows: ROWS.slice(0, 3),
  });

  it('THEN the table whose title covers the publication period is chosen', () => {
    const result = importMini(homeOfficeWorkbook(taserSheet(), [quarter]));
    expect(result.summary.table).toBe('Table 9');
    expect(result.file.statistics).toHaveLength(3);
  });

  it("THEN a financial-year column selects the publication year's rows", () => {
    const rows = [
      ['Financial year', ...HEADINGS],
      ...ROWS.map((r) => ['2019/20', ...r]),
      ...ROWS.map((r) => ['2020/21', ...r.slice(0, 2), ...r.slice(2).map((v) => (v as number) * 2)]),
    ];
    const sheet = taserSheet({
      title: 'Table 9. Use of CED by type and police force: 1 April 2019 to 31 March 2021',
      headings: rows[0] as string[],
      rows: rows.slice(1),
    });
    const result = importMini(homeOfficeWorkbook(sheet));
    expect(result.file.sources?.[0]?.id).toBe('home-office-use-of-force-2020-21');
    // The earlier year's rows are this publication's statement of them (its revisions, where marked).
    expect(result.file.statistics?.map((s) => [s.force, s.period.from, s.values['total-uses']])).toEqual([
      ['metropolitan', '2019-04', 30],
      ['northshire', '2019-04', 60],
      ['westmarch-and-vale', '2019-04', 40],
      ['metropolitan', '2020-04', 60],
      ['northshire', '2020-04', 120],
      ['westmarch-and-vale', '2020-04', 80],
    ]);
  });

  it('THEN without a publication title, the latest year in the table is imported', () => {
    const rows = [...ROWS.map((r) => ['2019/20', ...r]), ...ROWS.map((r) => ['2020/21', ...r])];
    const sheet = taserSheet({
      title: 'Table 9. Use of CED by type and police force',
      headings: ['Financial year', ...HEADINGS],
      rows,
    });
    const result = importMini({ sheets: [sheet] });
    expect(result.file.statistics?.map((s) => s.period.from)).toEqual([
      ...Array(3).fill('2019-04'),
      ...Array(3).fill('2020-04'),
    ]);
    expect(result.file.sources?.[0]).toEqual({
      id: 'home-office-use-of-force-2020-21',
      title: DOCUMENT,
      publisher: 'Home Office',
      document: DOCUMENT,
      licence: 'Open Government Licence v3.0',
    });
  });

  it('THEN a table that names no period anywhere is refused', () => {
    const spec: OdsSpec = { sheets: [taserSheet({ title: 'Table 9. Use of CED by type and police force' })] };
    expect(refusal(spec)).toEqual({
      code: 'no-period',
      table: 'Table_9',
      title: 'Table 9. Use of CED by type and police force',
    });
  });
});
