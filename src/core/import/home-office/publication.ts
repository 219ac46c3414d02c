// What a workbook says about its publication: title, publication date and the period it reports on,
// read from the document metadata and the cover and contents sheets.
import type { Period } from '../../types.js';
import { firstText, type Workbook } from '../ods/workbook.js';
import { MONTH_NAMES } from '../../text/dates.js';
import { findPeriod } from '../../text/reporting-periods.js';

export interface Publication {
  title?: string;
  /** YYYY-MM-DD. */
  date?: string;
  period?: Period;
}

const FRONT_ROWS = 30;
const MONTHS = MONTH_NAMES.map((m) => m.toLowerCase());
const PUBLISHED = /\bpublished\b|\bpublication date\b/i;
const DAY_MONTH_YEAR = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\s+(\d{4})\b/i;

/** Sheets that are not numbered tables: the cover and contents pages describe the publication. */
function frontSheets(workbook: Workbook) {
  return workbook.tables.filter((table) => !/^table\s*\d/i.test(firstText(table.head(FRONT_ROWS))));
}

function publicationDate(texts: string[]): string | undefined {
  for (const text of texts.filter((t) => PUBLISHED.test(t))) {
    const match = DAY_MONTH_YEAR.exec(text);
    const month = match ? MONTHS.indexOf(match[2]!.toLowerCase()) : -1;
    if (match && month >= 0) return `${match[3]}-${String(month + 1).padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  }
  return undefined;
}

/** Read the publication's title, date and period; any of them may be missing. */
export function readPublication(workbook: Workbook): Publication {
  const front = frontSheets(workbook);
  const texts = front.flatMap((table) =>
    table.head(FRONT_ROWS).flatMap((row) => row.map((cell) => cell.text.trim()).filter(Boolean)),
  );
  const firstTexts = front.map((table) => firstText(table.head(FRONT_ROWS))).filter(Boolean);
  const title = workbook.title ?? firstTexts[0];
  const period = [title ?? '', ...firstTexts].map(findPeriod).find((p) => p !== undefined);
  const date = publicationDate(texts);
  return {
    ...(title ? { title: title.replace(/\s+/g, ' ') } : {}),
    ...(date ? { date } : {}),
    ...(period ? { period } : {}),
  };
}
