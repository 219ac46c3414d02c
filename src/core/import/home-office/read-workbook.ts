// First step of the Home Office import: from the workbook's bytes to the table's rows and the
// publication they belong to. Needs nothing from the knowledge.
import { samePeriod } from '../../figures/periods.js';
import type { Period } from '../../types.js';
import { ImportError } from '../errors.js';
import { readOds } from '../ods/read-ods.js';
import { periodSlug } from '../../text/reporting-periods.js';
import { findTaserTable, type HeadingAliases, type LocatedTable } from './find-table.js';
import { FILE_PREFIX } from './layout.js';
import { readPublication, type Publication } from './publication.js';
import { periodLabel } from '../../text/dates.js';
import { readTableRows, type TableRow } from './read-rows.js';

export interface HomeOfficeTable {
  /** The workbook's file name, as cited in the source. */
  document: string;
  publication: Publication & { period: Period };
  located: LocatedTable;
  rows: TableRow[];
  /** The table's notes, e.g. what "(R)" means. */
  notes: string[];
}

function latest(rows: TableRow[]): Period | undefined {
  return rows.map((r) => r.period).sort((a, b) => b.to.localeCompare(a.to) || b.from.localeCompare(a.from))[0];
}

/** Read the Taser-by-force table of a Home Office workbook; throws ImportError when it cannot. */
export function readHomeOfficeWorkbook(
  bytes: Uint8Array,
  document: string,
  headings: HeadingAliases = new Map(),
): HomeOfficeTable {
  const workbook = readOds(bytes);
  const publication = readPublication(workbook);
  const located = findTaserTable(workbook, publication.period, headings);
  const { rows, notes } = readTableRows(located);
  // A workbook that does not say which period it reports on reports on the latest in its table;
  // one whose title names an earlier period than its table gives (a title left from last year's
  // file) reports on the table's, or that year's rows would be dropped as unexpected.
  const newest = latest(rows);
  const stale = publication.period && newest && newest.to > publication.period.to;
  const period = stale ? newest : (publication.period ?? newest);
  if (stale)
    located.warnings.push(
      `the workbook's title says ${periodLabel(publication.period!)}, but ${located.table.name.replace(/_/g, ' ')} gives figures up to ${periodLabel(newest)}: read as the publication for ${periodLabel(newest)}`,
    );
  if (!period || !rows.some((r) => !r.total && samePeriod(r.period, period))) {
    throw new ImportError({
      code: 'no-rows',
      table: located.table.name,
      title: located.title,
      ...(period ? { period } : {}),
    });
  }
  return { document, publication: { ...publication, period }, located, rows, notes };
}

/** The file an import writes by default, e.g. "home-office-2018-19.yaml". */
export function defaultFileName(read: HomeOfficeTable): string {
  return `${FILE_PREFIX}-${periodSlug(read.publication.period)}.yaml`;
}
