// Specification of the import against later years' wording: copies of the two real workbooks whose
// Taser table has reworded, split, reordered and extra columns give exactly the same statistics and
// totals, and every heading not read exactly is named in a warning.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NO_KNOWLEDGE } from '../../../src/core/import/existing.js';
import { buildHomeOfficeKnowledge, type HomeOfficeImport } from '../../../src/core/import/home-office/build.js';
import { readHomeOfficeWorkbook } from '../../../src/core/import/home-office/read-workbook.js';
import { realWorkbook, WORKBOOK_2017_18, WORKBOOK_2018_19 } from '../../fixtures/ods/real-workbooks.js';
import { EXTRA_HEADINGS, REWORDED, rewordedWorkbook } from '../../fixtures/ods/reworded-workbook.js';

function imported(bytes: Uint8Array, name: string): HomeOfficeImport {
  return buildHomeOfficeKnowledge(readHomeOfficeWorkbook(bytes, name), NO_KNOWLEDGE);
}

/** What an answer can use: figures by force or area and period; table coordinates aside. */
function figures(result: HomeOfficeImport) {
  return {
    statistics: result.file.statistics?.map(({ force, period, values, source }) => ({ force, period, values, source })),
    totals: result.file.totals?.map(({ area, period, values, source }) => ({ area, period, values, source })),
    sources: result.file.sources,
    metrics: result.file.metrics,
  };
}

describe.each([WORKBOOK_2017_18, WORKBOOK_2018_19])('GIVEN a reworded copy of %s', (name) => {
  const original = readFileSync(realWorkbook(name));
  const expected = imported(original, name);
  const result = imported(rewordedWorkbook(original), name);

  it('THEN the same statistics and totals come out', () => {
    expect(figures(result)).toEqual(figures(expected));
    expect(result.file.statistics?.length).toBeGreaterThanOrEqual(43);
  });

  it('THEN each heading not in the documented spellings, and each extra column, is named in a warning', () => {
    // "Force name", "Non-discharge total", "Red dot" and "Angled drive-stun" are documented spellings.
    for (const heading of [REWORDED.Total, REWORDED['Total discharge'], REWORDED['Not stated']])
      expect(result.warnings).toContainEqual(expect.stringContaining(`read the heading "${heading}"`));
    for (const extra of EXTRA_HEADINGS)
      expect(result.warnings).toContainEqual(expect.stringContaining(`the column "${extra}"`));
  });

  it('THEN a heading split over two lines in its cell reads as one heading', () => {
    expect(result.warnings.join('\n')).not.toContain('"Total non-discharge"');
    expect(result.warnings.join('\n')).not.toContain('"Drive stun"');
  });
});
