// Reads the force rows of the located table: label, region, period, and one reading per metric column.
// Regional and national total rows are recognised here so that nothing downstream mistakes them for forces.
import type { Period } from '../../types.js';
import { cleanLabel, readCount } from '../cells.js';
import { ImportError } from '../errors.js';
import { cellAt, cellRef, isBlank } from '../ods/workbook.js';
import { findPeriod, parseFinancialYear } from '../../text/reporting-periods.js';
import type { LocatedTable } from './find-table.js';
import { totalArea } from './layout.js';

/** A figure the table does not give, and how it shows that. */
export interface Gap {
  heading: string;
  shown: string;
  meaning: string;
}

export interface TableRow {
  /** The force label without footnote markers, e.g. "Kent" for "Kent (R)". */
  label: string;
  /** The label as printed, markers included. */
  printed: string;
  region?: string;
  period: Period;
  /** A total over other rows (regional or national), not a force. */
  total: boolean;
  /** For a total row, the area it covers: "England and Wales", "North East". */
  area?: string;
  /** The row, or one of its cells, is marked as revised. */
  revised: boolean;
  /** Layout metric id → count, or null when the table gives none. */
  values: Map<string, number | null>;
  gaps: Gap[];
  /** Reference of the label cell, e.g. "C42", for messages. */
  ref: string;
}

export interface TableRows {
  rows: TableRow[];
  /** Text of the rows after the data: the table's notes, e.g. what a marker means. */
  notes: string[];
}

function rowPeriod(located: LocatedTable, yearText: string): Period {
  const period = yearText ? (parseFinancialYear(yearText) ?? findPeriod(yearText)) : located.titlePeriod;
  if (!period) throw new ImportError({ code: 'no-period', table: located.table.name, title: located.title });
  return period;
}

/** Every labelled row under the headings, up to the first blank row (notes follow it). */
export function readTableRows(located: LocatedTable): TableRows {
  const { table, columns } = located;
  const rows: TableRow[] = [];
  let region = '';
  let year = '';
  let end = table.rows.length;
  for (let r = located.headerRow + 1; r < table.rows.length; r++) {
    const cells = table.rows[r] ?? [];
    if (cells.every(isBlank)) {
      if (rows.length > 0) {
        end = r;
        break;
      }
      continue;
    }
    // Grouping columns may be printed once per group: carry them down.
    const regionHere = columns.region !== undefined ? cellAt(table.rows, r, columns.region).text.trim() : '';
    region = regionHere || region;
    if (columns.year !== undefined) year = cellAt(table.rows, r, columns.year).text.trim() || year;
    const printed = cellAt(table.rows, r, columns.force).text.trim();
    if (printed === '') continue;

    const { label, revised } = cleanLabel(printed);
    const area = totalArea(label, regionHere);
    const row: TableRow = {
      label,
      printed,
      period: rowPeriod(located, year),
      total: area !== undefined,
      revised,
      values: new Map(),
      gaps: [],
      ref: cellRef(r, columns.force),
    };
    if (region) row.region = region;
    if (area !== undefined) row.area = area;
    for (const { column, index } of columns.metrics) {
      const cell = cellAt(table.rows, r, index);
      const reading = readCount(cell);
      if (reading.kind === 'invalid') {
        throw new ImportError({
          code: 'bad-value',
          table: table.name,
          cell: cellRef(r, index),
          text: cell.text,
          force: printed,
          heading: column.heading,
          ...(cell.value !== undefined && String(cell.value) !== cell.text.trim() ? { stored: cell.value } : {}),
        });
      }
      if (reading.kind === 'count') {
        row.values.set(column.metric.id, reading.value);
        row.revised ||= reading.revised;
      } else {
        row.values.set(column.metric.id, null);
        row.gaps.push({ heading: column.heading, shown: reading.shown, meaning: reading.meaning });
      }
    }
    rows.push(row);
  }
  const notes = table.rows.slice(end).flatMap((cells) => cells.map((c) => c.text.trim()).filter(Boolean));
  return { rows, notes };
}
