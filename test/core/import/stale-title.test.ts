// Specification: a workbook whose document title was left from an earlier year (the table gives a
// later one) is read as the table's year, saying so, and that year's rows are all imported.
import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { NO_KNOWLEDGE } from '../../../src/core/import/existing.js';
import { buildHomeOfficeKnowledge } from '../../../src/core/import/home-office/build.js';
import { readHomeOfficeWorkbook } from '../../../src/core/import/home-office/read-workbook.js';
import { realWorkbook, WORKBOOK_2018_19 } from '../../fixtures/ods/real-workbooks.js';

/** The real 2018/19 workbook with its document title saying 2017/18, as last year's file would. */
function withStaleTitle(): Uint8Array {
  const files = unzipSync(readFileSync(realWorkbook(WORKBOOK_2018_19)));
  const meta = strFromU8(files['meta.xml']!).replace('April 2018 to March 2019', 'April 2017 to March 2018');
  // The mimetype entry comes first and is stored uncompressed, as ODS requires.
  const entries: Zippable = { mimetype: [files.mimetype!, { level: 0 }] };
  for (const [name, bytes] of Object.entries(files)) if (name !== 'mimetype') entries[name] = bytes;
  entries['meta.xml'] = strToU8(meta);
  return zipSync(entries);
}

describe('GIVEN a workbook whose title names an earlier year than its table', () => {
  const read = readHomeOfficeWorkbook(withStaleTitle(), 'stale.ods');

  it("THEN it is read as the table's year, with a warning naming both", () => {
    expect(read.publication.period).toEqual({ from: '2018-04', to: '2019-03' });
    expect(read.located.warnings).toContainEqual(
      "the workbook's title says April 2017 – March 2018, but Table 13 gives figures up to April 2018 – March 2019: read as the publication for April 2018 – March 2019",
    );
  });

  it("THEN every force's row for that year is imported, none dropped", () => {
    const result = buildHomeOfficeKnowledge(read, NO_KNOWLEDGE);
    const latest = result.file.statistics!.filter((s) => s.period.from === '2018-04');
    expect(latest).toHaveLength(43);
  });
});
