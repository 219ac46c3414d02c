// Finds the Taser-by-force table in a workbook by its title and headings (its number differs between
// years), and maps its columns. A table that is recognisably the one but whose headings changed is an
// error naming the headings, never a silent partial import.
import { normalise } from '../../text/normalise.js';
import type { Period } from '../../types.js';
import { ImportError } from '../errors.js';
import { firstText, type Cell, type Table, type Workbook } from '../ods/workbook.js';
import { findPeriod } from '../period.js';
import {
  EXPECTED_TITLE,
  FORCE_COLUMN,
  METRIC_COLUMNS,
  REGION_COLUMN,
  TITLE_PATTERNS,
  YEAR_COLUMN,
  type ColumnSpec,
  type MetricColumn,
} from './layout.js';

/** Titles and headings sit in the first rows of a published table. */
const HEAD_ROWS = 20;

export interface ColumnMap {
  force: number;
  region?: number;
  year?: number;
  metrics: { column: MetricColumn; index: number }[];
}

export interface LocatedTable {
  table: Table;
  title: string;
  /** The period named in the title, if any. */
  titlePeriod?: Period;
  headerRow: number;
  columns: ColumnMap;
}

interface Inspected {
  table: Table;
  title: string;
  titlePeriod?: Period;
  headerRow: number;
  columns?: ColumnMap;
  missing: string[];
  unexpected: string[];
}

/** Heading text compared without case, punctuation or footnote markers: "Red-dot [note 2]" → "red dot". */
export function headingKey(text: string): string {
  const withoutNotes = text
    .replace(/\[[^\]]*\]|\(\d+\)|[*†‡\u00b9\u00b2\u00b3\u2070-\u2079]+/g, ' ')
    .replace(/&/g, ' and ');
  return normalise(withoutNotes).replace(/\s+\d+$/, '');
}

function matches(spec: ColumnSpec, text: string): boolean {
  const key = headingKey(text);
  return key !== '' && [spec.heading, ...(spec.variants ?? [])].some((h) => headingKey(h) === key);
}

function headerRowOf(head: Cell[][]): number {
  return head.findIndex((row) => row.some((cell) => matches(FORCE_COLUMN, cell.text)));
}

function inspect(table: Table): Inspected | undefined {
  const head = table.head(HEAD_ROWS);
  const title = firstText(head);
  const headerRow = headerRowOf(head);
  const headings = headerRow < 0 ? [] : head[headerRow]!.map((cell) => cell.text);
  const metricHeadings = METRIC_COLUMNS.filter((spec) => headings.some((h) => matches(spec, h)));
  const titled = TITLE_PATTERNS.every((pattern) => pattern.test(title));
  if (!titled && metricHeadings.length * 2 < METRIC_COLUMNS.length) return undefined;

  const inspected: Inspected = { table, title, headerRow, missing: [], unexpected: [] };
  const titlePeriod = findPeriod(title);
  if (titlePeriod) inspected.titlePeriod = titlePeriod;
  if (headerRow < 0) {
    inspected.missing = [FORCE_COLUMN.heading];
    return inspected;
  }

  const columns: ColumnMap = { force: -1, metrics: [] };
  headings.forEach((text, index) => {
    if (text.trim() === '') return;
    if (matches(FORCE_COLUMN, text)) columns.force = index;
    else if (matches(REGION_COLUMN, text)) columns.region = index;
    else if (matches(YEAR_COLUMN, text)) columns.year = index;
    else {
      const column = METRIC_COLUMNS.find((spec) => matches(spec, text));
      if (column && !columns.metrics.some((m) => m.column === column)) columns.metrics.push({ column, index });
      else inspected.unexpected.push(text);
    }
  });
  inspected.missing = METRIC_COLUMNS.filter((spec) => !columns.metrics.some((m) => m.column === spec)).map(
    (spec) => spec.heading,
  );
  if (inspected.missing.length === 0 && inspected.unexpected.length === 0) inspected.columns = columns;
  return inspected;
}

function covers(outer: Period, inner: Period): boolean {
  return outer.from <= inner.from && inner.to <= outer.to;
}

const describe = (i: { table: Table; title: string }) => ({ name: i.table.name, title: i.title });

/** Every heading the table is expected to have, for messages. */
export function expectedHeadings(): string[] {
  return [REGION_COLUMN.heading, FORCE_COLUMN.heading, ...METRIC_COLUMNS.map((c) => c.heading)];
}

/**
 * The Taser-by-force table for the publication's period. Workbooks may hold several such tables (an
 * earlier quarter, revisions of an earlier year): the one whose title covers `period` is preferred.
 */
export function findTaserTable(workbook: Workbook, period?: Period): LocatedTable {
  const candidates = workbook.tables.map(inspect).filter((c): c is Inspected => c !== undefined);
  if (candidates.length === 0) {
    throw new ImportError({
      code: 'no-table',
      expected: [EXPECTED_TITLE, ...expectedHeadings()],
      tables: workbook.tables.map((table) => ({ name: table.name, title: firstText(table.head(HEAD_ROWS)) })),
    });
  }
  const forPeriod = period ? candidates.filter((c) => c.titlePeriod && covers(c.titlePeriod, period)) : [];
  const pool = forPeriod.length > 0 ? forPeriod : candidates;
  const usable = pool.filter((c) => c.columns);
  if (usable.length > 1) {
    throw new ImportError({ code: 'ambiguous-table', ...(period ? { period } : {}), tables: usable.map(describe) });
  }
  const found = usable[0];
  if (found?.columns) {
    const located: LocatedTable = {
      table: found.table,
      title: found.title,
      headerRow: found.headerRow,
      columns: found.columns,
    };
    if (found.titlePeriod) located.titlePeriod = found.titlePeriod;
    return located;
  }
  const changed = pool[0]!;
  throw new ImportError({
    code: 'headings-changed',
    table: changed.table.name,
    title: changed.title,
    missing: changed.missing,
    unexpected: changed.unexpected,
    expected: expectedHeadings(),
  });
}
