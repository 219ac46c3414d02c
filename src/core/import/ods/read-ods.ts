// Reads an OpenDocument spreadsheet (.ods) from bytes: unzip with fflate, parse content.xml and meta.xml
// with fast-xml-parser, and hand back positional tables. Anything that is not an ODS is an ImportError.
// Sheets are parsed only when asked for: published workbooks carry megabytes of tables an import never reads.
import { strFromU8, unzipSync, type Unzipped } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { ImportError } from '../errors.js';
import type { Cell, Table, Workbook } from './workbook.js';
import { attr, childrenOf, findElements, readRows, type XmlNode } from './xml-tables.js';

const SPREADSHEET_MIME = 'application/vnd.oasis.opendocument.spreadsheet';
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const ROW_END = '</table:table-row>';

const options = {
  preserveOrder: true,
  ignoreAttributes: false,
  // Cell text is data: keep it exactly as stored, and decode numeric character references too.
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
};
const parser = new XMLParser(options);
/** Leaves each sheet's XML unparsed, so the document skeleton costs little. */
const skeletonParser = new XMLParser({ ...options, stopNodes: ['*.table:table'] });

function unzip(bytes: Uint8Array): Unzipped {
  if (!ZIP_MAGIC.every((b, i) => bytes[i] === b)) {
    throw new ImportError({ code: 'not-ods', reason: 'it is not a zip archive' });
  }
  try {
    return unzipSync(bytes, { filter: (file) => ['mimetype', 'content.xml', 'meta.xml'].includes(file.name) });
  } catch (error) {
    throw new ImportError({ code: 'not-ods', reason: `the zip archive is damaged (${(error as Error).message})` });
  }
}

function parseRows(xml: string): Cell[][] {
  return readRows(parser.parse(xml) as XmlNode[]);
}

/** A sheet whose XML is parsed on first use; `head` parses only as far as it needs, once. */
function lazyTable(name: string, xml: string): Table {
  let rows: Cell[][] | undefined;
  let head: { count: number; rows: Cell[][] } | undefined;
  return {
    name,
    get rows() {
      rows ??= parseRows(xml);
      return rows;
    },
    head(count) {
      if (rows) return rows.slice(0, count);
      if (head && head.count >= count) return head.rows.slice(0, count);
      let end = 0;
      for (let i = 0; i < count && end >= 0; i++) {
        const next = xml.indexOf(ROW_END, end);
        end = next < 0 ? -1 : next + ROW_END.length;
      }
      // The cut may leave a row group open; the parser closes it, and repeats past the cut are clipped.
      if (end < 0) return this.rows.slice(0, count);
      head = { count, rows: parseRows(xml.slice(0, end)).slice(0, count) };
      return head.rows;
    },
  };
}

function sheetXml(node: XmlNode): string {
  const inner = childrenOf(node, 'table:table')[0]?.['#text'];
  return typeof inner === 'string' ? inner : '';
}

function documentTitle(meta: Uint8Array | undefined): string | undefined {
  if (!meta) return undefined;
  const node = findElements(parser.parse(strFromU8(meta)) as XmlNode[], 'dc:title')[0];
  const text = childrenOf(node ?? {}, 'dc:title')
    .map((c) => (typeof c['#text'] === 'string' ? c['#text'] : ''))
    .join('')
    .trim();
  return text || undefined;
}

/** Parse an .ods file's bytes into its tables and document title. */
export function readOds(bytes: Uint8Array): Workbook {
  const files = unzip(bytes);
  const mimetype = files['mimetype'] && strFromU8(files['mimetype']).trim();
  if (mimetype && mimetype !== SPREADSHEET_MIME) {
    throw new ImportError({ code: 'not-ods', reason: `it is an OpenDocument file of another kind (${mimetype})` });
  }
  const content = files['content.xml'];
  if (!content) throw new ImportError({ code: 'not-ods', reason: 'the archive has no content.xml' });

  const spreadsheets = findElements(skeletonParser.parse(strFromU8(content)) as XmlNode[], 'office:spreadsheet');
  if (spreadsheets.length === 0) {
    throw new ImportError({ code: 'not-ods', reason: 'its content.xml holds no spreadsheet' });
  }
  const tables = findElements(spreadsheets, 'table:table').map((node) =>
    lazyTable(attr(node, 'table:name') ?? '', sheetXml(node)),
  );
  const title = documentTitle(files['meta.xml']);
  return title ? { title, tables } : { tables };
}
