// Finds the Taser-by-force table in a workbook by its title and headings (its number differs between
// years), and maps its columns by meaning. A reworded, reordered or extra column is read with a warning
// naming it; only a required column that is truly absent stops the import.
import type { Period } from '../../types.js';
import { ImportError } from '../errors.js';
import { cellRef, firstText, type Cell, type Table, type Workbook } from '../ods/workbook.js';
import { findPeriod } from '../../text/reporting-periods.js';
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
import { headingKey, matchHeadings, namesColumn, type HeadingMatches } from './match-headings.js';

export { headingKey } from './match-headings.js';

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
  /** How headings that were not read exactly were understood, and what was left out. */
  warnings: string[];
}

/** Extra spellings an admin gives for one import: normalised known heading → headings in the workbook. */
export type HeadingAliases = ReadonlyMap<string, string[]>;

interface Inspected {
  table: Table;
  title: string;
  titlePeriod?: Period;
  headerRow: number;
  columns?: ColumnMap;
  missing: string[];
  unexpected: string[];
  warnings: string[];
  /** A known heading the header row gives twice ("Total" for each of two years side by side). */
  repeated?: { heading: string; cells: string[] };
}

const ALL_COLUMNS: ColumnSpec[] = [FORCE_COLUMN, REGION_COLUMN, YEAR_COLUMN, ...METRIC_COLUMNS];

function headingsOf(row: Cell[]): { index: number; text: string }[] {
  return row.map((cell, index) => ({ index, text: cell.text })).filter((h) => h.text.trim() !== '');
}

/** The heading row names the force column and at least one count column (a title naming forces does not). */
function headerRowOf(head: Cell[][], extra: HeadingAliases): number {
  return head.findIndex((row) => {
    const headings = headingsOf(row);
    return (
      headings.some((h) => namesColumn(FORCE_COLUMN, h.text, extra)) &&
      matchHeadings(headings, METRIC_COLUMNS, extra).matched.length > 0
    );
  });
}

function describeMatches(table: string, headerRow: number, matches: HeadingMatches<ColumnSpec>): string[] {
  const warnings: string[] = [];
  for (const m of matches.matched.filter((x) => x.how !== 'exact')) {
    warnings.push(
      `${table}: read the heading "${oneLine(m.text)}" (cell ${cellRef(headerRow, m.index)}) as "${m.spec.heading}"; check that is what it counts.`,
    );
  }
  for (const u of matches.unknown) {
    warnings.push(
      `${table}: the column "${oneLine(u.text)}" (cell ${cellRef(headerRow, u.index)}) is not one the import knows; its figures were not imported.`,
    );
  }
  return warnings;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function inspect(table: Table, extra: HeadingAliases): Inspected | undefined {
  const head = table.head(HEAD_ROWS);
  const title = firstText(head);
  const headerRow = headerRowOf(head, extra);
  const headings = headerRow < 0 ? [] : headingsOf(head[headerRow]!);
  const titled = TITLE_PATTERNS.every((pattern) => pattern.test(title));
  const metricMatches = matchHeadings(headings, METRIC_COLUMNS, extra).matched.length;
  if (!titled && metricMatches * 2 < METRIC_COLUMNS.length) return undefined;

  const inspected: Inspected = { table, title, headerRow, missing: [], unexpected: [], warnings: [] };
  const titlePeriod = findPeriod(title);
  if (titlePeriod) inspected.titlePeriod = titlePeriod;
  if (headerRow < 0) {
    inspected.missing = [FORCE_COLUMN.heading, ...METRIC_COLUMNS.filter((c) => c.required).map((c) => c.heading)];
    inspected.unexpected = headingsOf(head.find((row) => headingsOf(row).length > 2) ?? []).map((h) => h.text);
    return inspected;
  }

  const matches = matchHeadings(headings, ALL_COLUMNS, extra);
  const index = (spec: ColumnSpec) => matches.matched.find((m) => m.spec === spec)?.index;
  const columns: ColumnMap = {
    force: index(FORCE_COLUMN) ?? -1,
    metrics: METRIC_COLUMNS.flatMap((column) => {
      const i = index(column);
      return i === undefined ? [] : [{ column, index: i }];
    }),
  };
  const region = index(REGION_COLUMN);
  if (region !== undefined) columns.region = region;
  const year = index(YEAR_COLUMN);
  if (year !== undefined) columns.year = year;

  const absent = ALL_COLUMNS.filter((spec) => index(spec) === undefined);
  inspected.missing = absent.filter((spec) => spec.required).map((spec) => spec.heading);
  inspected.unexpected = matches.unknown.map((u) => u.text);
  inspected.warnings = describeMatches(table.name, headerRow, matches);
  // The same heading twice means columns for two periods or groups side by side: which one is
  // this year's cannot be told from the headings, so nothing is guessed.
  for (const u of matches.unknown) {
    const twin = matches.matched.find((m) => headingKey(m.text) === headingKey(u.text));
    if (twin && !inspected.repeated)
      inspected.repeated = {
        heading: oneLine(u.text),
        cells: [cellRef(headerRow, twin.index), cellRef(headerRow, u.index)],
      };
  }
  for (const spec of absent.filter((s) => !s.required && METRIC_COLUMNS.includes(s as MetricColumn)))
    inspected.warnings.push(
      `${table.name}: no "${spec.heading}" column; this year's figures leave that measure out (no value, not zero).`,
    );
  if (inspected.missing.length === 0) inspected.columns = columns;
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

/** The headings without which nothing can be imported, for messages. */
export function requiredHeadings(): string[] {
  return ALL_COLUMNS.filter((c) => c.required).map((c) => c.heading);
}

/**
 * The Taser-by-force table for the publication's period. Workbooks may hold several such tables (an
 * earlier quarter, revisions of an earlier year): the one whose title covers `period` is preferred.
 */
export function findTaserTable(workbook: Workbook, period?: Period, extra: HeadingAliases = new Map()): LocatedTable {
  const candidates = workbook.tables.map((t) => inspect(t, extra)).filter((c): c is Inspected => c !== undefined);
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
  if (found?.repeated)
    throw new ImportError({ code: 'repeated-heading', table: found.table.name, title: found.title, ...found.repeated });
  if (found?.columns) {
    // Another table of the same kind (an earlier year revised, a quarter) is not read: say so.
    const unread = candidates.filter((c) => c !== found && c.columns);
    const located: LocatedTable = {
      table: found.table,
      title: found.title,
      headerRow: found.headerRow,
      columns: found.columns,
      warnings: [
        ...found.warnings,
        ...unread.map(
          (c) =>
            `${c.table.name} ("${c.title}") is also a table of Taser use by police force; it was not read (only the table for the publication's period is).`,
        ),
      ],
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
    expected: requiredHeadings(),
  });
}
