// Specification of the ODS reader: positional cells despite repeats and merges, text as shown,
// numbers from office:value, padding that costs nothing, and refusal of anything that is not an ODS.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/core/import/errors.js';
import { readOds } from '../../../src/core/import/ods/read-ods.js';
import { buildOds } from '../../fixtures/ods/build-ods.js';

const raw = (xml: string) => ({ raw: xml });

function importError(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('GIVEN a spreadsheet exported with repeats, merges and formatted text', () => {
  const bytes = buildOds({
    title: 'A workbook & its title',
    sheets: [
      {
        name: 'Sheet & One',
        rows: [
          ['Title'],
          [
            raw(
              '<table:table-cell table:number-columns-repeated="3" office:value-type="float" office:value="7"><text:p>7</text:p></table:table-cell>',
            ),
            raw(
              '<table:table-cell table:number-columns-spanned="2" office:value-type="string"><text:p>merged</text:p></table:table-cell>',
            ),
            raw('<table:covered-table-cell/>'),
            'after',
          ],
          [
            raw(
              '<table:table-cell office:value-type="string"><text:p>two<text:s text:c="3"/>spaces and <text:span>a span</text:span> &#8217;quoted&#8217;</text:p></table:table-cell>',
            ),
            raw(
              '<table:table-cell office:value-type="float" office:value="1234"><text:p>1,234</text:p><office:annotation><text:p>a comment</text:p></office:annotation></table:table-cell>',
            ),
            raw(
              '<table:table-cell office:value-type="string"><text:p>first line</text:p><text:p>second line</text:p></table:table-cell>',
            ),
          ],
          [],
          [raw('<table:table-cell table:number-columns-repeated="2"/>'), 'after blanks'],
        ],
      },
    ],
  });

  it('THEN every cell sits at its column, repeated cells included', () => {
    const [sheet] = readOds(bytes).tables;
    expect(sheet!.name).toBe('Sheet & One');
    expect(sheet!.rows[1]).toEqual([
      { text: '7', value: 7 },
      { text: '7', value: 7 },
      { text: '7', value: 7 },
      { text: 'merged' },
      { text: '' },
      { text: 'after' },
    ]);
  });

  it('THEN text reads as shown: encoded spaces, spans, character references; comments are not text', () => {
    const [sheet] = readOds(bytes).tables;
    expect(sheet!.rows[2]).toEqual([
      { text: 'two spaces and a span ’quoted’' },
      { text: '1,234', value: 1234 },
      { text: 'first line\nsecond line' },
    ]);
  });

  it('THEN blank rows and cells inside the data are kept, and the padding after it is not', () => {
    const [sheet] = readOds(bytes).tables;
    expect(sheet!.rows).toHaveLength(5);
    expect(sheet!.rows[3]).toEqual([]);
    expect(sheet!.rows[4]).toEqual([{ text: '' }, { text: '' }, { text: 'after blanks' }]);
  });

  it('THEN head() gives the first rows alone', () => {
    const [sheet] = readOds(bytes).tables;
    expect(sheet!.head(2).map((row) => row[0]?.text)).toEqual(['Title', '7']);
  });

  it('THEN the document title comes from meta.xml', () => {
    expect(readOds(bytes).title).toBe('A workbook & its title');
  });
});

describe('GIVEN bytes that are not an OpenDocument spreadsheet', () => {
  it('THEN a text file is refused as not a zip archive', () => {
    expect(importError(() => readOds(strToU8('Force,Total\nKent,588\n'))).details).toEqual({
      code: 'not-ods',
      reason: 'it is not a zip archive',
    });
  });

  it('THEN a zip without content.xml is refused', () => {
    const zip = zipSync({ 'readme.txt': strToU8('hello') });
    expect(importError(() => readOds(zip)).details).toEqual({
      code: 'not-ods',
      reason: 'the archive has no content.xml',
    });
  });

  it('THEN an OpenDocument text document is refused by its MIME type', () => {
    const odt = buildOds({ sheets: [], mimetype: 'application/vnd.oasis.opendocument.text' });
    expect(importError(() => readOds(odt)).details).toEqual({
      code: 'not-ods',
      reason: 'it is an OpenDocument file of another kind (application/vnd.oasis.opendocument.text)',
    });
  });

  it('THEN a damaged zip is refused', () => {
    const good = buildOds({ sheets: [{ name: 'A', rows: [['x']] }] });
    const damaged = good.slice(0, good.length - 30);
    expect(importError(() => readOds(damaged)).details).toEqual({
      code: 'not-ods',
      reason: 'the zip archive is damaged (invalid zip data)',
    });
  });
});
