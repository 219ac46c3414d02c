// Typed failures of an import. The core only says what went wrong, with the facts needed to explain it;
// the CLI turns each code into an admin-facing message.
import type { Period } from '../types.js';

/** What the importer expected and did not find, one code per kind of failure. */
export type ImportErrorDetails =
  | { code: 'not-ods'; reason: string }
  | { code: 'no-table'; expected: string[]; tables: { name: string; title: string }[] }
  | { code: 'ambiguous-table'; period?: Period; tables: { name: string; title: string }[] }
  | {
      code: 'headings-changed';
      table: string;
      title: string;
      missing: string[];
      unexpected: string[];
      expected: string[];
    }
  | { code: 'no-period'; table: string; title: string }
  | { code: 'repeated-heading'; table: string; title: string; heading: string; cells: string[] }
  | {
      code: 'bad-value';
      table: string;
      cell: string;
      text: string;
      force: string;
      heading: string;
      /** The number the cell stores, when it is not what the cell shows. */
      stored?: number;
    }
  | { code: 'no-rows'; table: string; title: string; period?: Period }
  | { code: 'duplicate-force'; table: string; force: string; rows: string[] }
  | { code: 'id-taken'; ids: { id: string; file: string }[] }
  | { code: 'already-imported'; sourceId: string; file: string };

export type ImportErrorCode = ImportErrorDetails['code'];

/** Thrown by the import core; `details` carries everything a message needs. */
export class ImportError extends Error {
  readonly code: ImportErrorCode;

  constructor(readonly details: ImportErrorDetails) {
    super(`import: ${details.code}`);
    this.name = 'ImportError';
    this.code = details.code;
  }
}
