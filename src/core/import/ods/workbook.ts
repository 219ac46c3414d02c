// The spreadsheet model the importers read: named tables of rows of cells, nothing format-specific.

/** One cell as shown: its text, and its number when the spreadsheet stores one. */
export interface Cell {
  text: string;
  value?: number;
}

/** One sheet. Rows and cells are positional: `rows[r][c]` is the cell at row r, column c (0-based). */
export interface Table {
  readonly name: string;
  /** The first `count` rows, without reading the rest: enough to recognise a table by its title and headings. */
  head(count: number): Cell[][];
  /** Every row; a reader may parse them on first use. */
  readonly rows: Cell[][];
}

/** A whole workbook: its tables in order, and the document title from its metadata, where it has one. */
export interface Workbook {
  title?: string;
  tables: Table[];
}

const EMPTY_CELL: Cell = { text: '' };

/** The cell at (row, col) of a list of rows, or an empty cell past the end of the data. */
export function cellAt(rows: Cell[][], row: number, col: number): Cell {
  return rows[row]?.[col] ?? EMPTY_CELL;
}

/** True when a cell shows nothing. */
export function isBlank(cell: Cell): boolean {
  return cell.value === undefined && cell.text.trim() === '';
}

/** Spreadsheet-style reference, e.g. (0, 27) → "AB1", for messages admins can follow in the workbook. */
export function cellRef(row: number, col: number): string {
  let letters = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return `${letters}${row + 1}`;
}

/** The first non-blank text of some rows: spreadsheets published as tables carry their title there. */
export function firstText(rows: Cell[][]): string {
  for (const row of rows) {
    for (const cell of row) {
      if (cell.text.trim() !== '') return cell.text.trim();
    }
  }
  return '';
}
