// Loads a knowledge pack from a directory: every YAML file parsed, checked and merged.
// The same function serves start-up, `validate`, live reload and the tests.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument, YAMLError } from 'yaml';
import type { Knowledge, Problem } from '../types.js';
import { today } from '../text/dates.js';
import { crossCheck } from './cross-check.js';
import { listFiles, readReason } from './list-files.js';
import { digestOf, packFingerprint, type HashedFile } from './pack-fingerprint.js';
import { parseKnowledgeFile, type ParsedFile } from './parse-file.js';
import { readFailure } from './yaml-messages.js';
import { Locator } from './positions.js';
import { capRepeats, errors, sortProblems } from './problems.js';

const YAML_FILE = /\.ya?ml$/i;

export interface LoadOptions {
  /** YYYY-MM-DD used for review-date warnings; defaults to today. */
  today?: string;
  /** How file paths appear in messages; defaults to paths relative to the working directory. */
  displayPath?: (absolute: string) => string;
  /** Every problem, each on its own line; by default one kind repeated is listed twice, then "and N more like this". */
  allProblems?: boolean;
}

export interface LoadResult {
  /** Present only when there is no error (warnings allowed). */
  knowledge?: Knowledge;
  problems: Problem[];
}

/** Load and validate every knowledge file under `dir`. Never throws for bad content. */
/**
 * Largest knowledge file read. A 10 MB file is a real case (it reloads in seconds, off the event
 * loop); a 50 MB one takes most of a minute and gigabytes to parse, so it is refused unread.
 */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export async function loadKnowledge(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const display = options.displayPath ?? relativeToCwd;
  const root = path.resolve(dir);
  const listing = await listFiles(root).catch((e: NodeJS.ErrnoException) => e);
  if (listing instanceof Error) {
    const reason =
      listing.code === 'ENOENT'
        ? 'no such directory'
        : listing.code === 'ENOTDIR'
          ? 'not a directory'
          : listing.message;
    return {
      problems: [
        {
          file: display(root),
          line: 1,
          col: 1,
          message: `cannot read the knowledge directory: ${reason}`,
          severity: 'error',
        },
      ],
    };
  }

  const problems: Problem[] = [...listing.problems.map((p) => ({ ...p, file: display(p.file) }))];
  const parsed: ParsedFile[] = [];
  let updatedAt = new Date(0);
  const hashed: HashedFile[] = [];
  for (const { path: absolute, info } of listing.files) {
    const file = display(absolute);
    const fail = (message: string, line = 1, col = 1) => problems.push({ file, line, col, message, severity: 'error' });
    if (!YAML_FILE.test(absolute)) {
      fail(notKnowledge(path.basename(absolute)));
      continue;
    }
    if (info.size > MAX_FILE_BYTES) {
      // Not read at all: parsing YAML takes about a second per megabyte and many times its size in memory.
      fail(
        `the file is ${megabytes(info.size)}; a knowledge file may be at most ${megabytes(MAX_FILE_BYTES)}: split it into several files (any number of files may hold notes or statistics)`,
      );
      continue;
    }
    const bytes = await readFile(absolute).catch((e: NodeJS.ErrnoException) => e);
    if (bytes instanceof Error) {
      fail(`cannot read the file: ${readReason(bytes)}`);
      continue;
    }
    if (info.mtime > updatedAt) updatedAt = info.mtime;
    hashed.push({ file: path.relative(root, absolute), digest: digestOf(bytes) });
    const text = decodeText(bytes);
    if (typeof text !== 'string') {
      fail(text.message, text.line, text.col);
      continue;
    }
    const result = parseOrReport(file, text);
    parsed.push(result);
    problems.push(...result.problems);
  }
  if (parsed.length === 0 && problems.length === 0) {
    problems.push({
      file: display(root),
      line: 1,
      col: 1,
      message: 'the knowledge directory holds no .yaml files',
      severity: 'error',
    });
  }

  let checked: ReturnType<typeof crossCheck>;
  try {
    checked = crossCheck(root, parsed, updatedAt, options.today ?? today());
  } catch (e) {
    // A defect in the checks must still end as a message about the pack, never a bare stack.
    const message = `the knowledge could not be checked (${e instanceof Error ? e.message : String(e)}); npm run validate shows the problems it can`;
    return {
      problems: [...sortProblems(problems), { file: display(root), line: 1, col: 1, message, severity: 'error' }],
    };
  }
  problems.push(...checked.problems);
  const sorted = options.allProblems ? sortProblems(problems) : capRepeats(sortProblems(problems));
  return errors(sorted).length > 0
    ? { problems: sorted }
    : { knowledge: { ...checked.knowledge, fingerprint: packFingerprint(hashed) }, problems: sorted };
}

/**
 * `parseKnowledgeFile` reports every problem it knows as a value; anything else thrown while
 * reading a file (by the YAML library, say) becomes one problem at that file, at the error's
 * position when it has one, so start-up, validate and reload all name the file.
 */
function parseOrReport(file: string, text: string): ParsedFile {
  try {
    return parseKnowledgeFile(file, text);
  } catch (e) {
    const at = e instanceof YAMLError && e.linePos ? e.linePos[0] : { line: 1, col: 1 };
    const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return {
      file,
      locate: new Locator(parseDocument(''), new LineCounter()),
      problems: [{ file, ...at, message: `YAML: ${readFailure(reason ?? '')}`, severity: 'error' }],
      unreadable: true,
    };
  }
}

/** Paths inside the working directory stay relative (clickable in terminals); others stay absolute. */
function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function relativeToCwd(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  return relative === '' ? '.' : relative.startsWith('..') ? absolute : relative;
}

/** Why a file is not read as knowledge, with the likeliest fix for the names Windows and Office leave. */
function notKnowledge(name: string): string {
  if (/\.ya?ml\.txt$/i.test(name))
    return `not a knowledge file: the name ends in .txt (Windows may hide it): rename it to end in .yaml`;
  return 'not a knowledge file: knowledge files end in .yaml or .yml (move other files out of the knowledge folder)';
}

interface Undecodable {
  message: string;
  line: number;
  col: number;
}

/** UTF-8 text, or where it stops being text (a NUL byte, or the first byte that is not UTF-8). */
function decodeText(bytes: Buffer): string | Undecodable {
  // Notepad's and Excel's "Unicode" is UTF-16, with a byte-order mark: say so, not "binary".
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return {
      message: 'the file is saved as UTF-16 ("Unicode" in Notepad or Excel): save it as UTF-8',
      line: 1,
      col: 1,
    };
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { message: 'binary file: knowledge files must be UTF-8 YAML text', ...positionOf(bytes, nul) };
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0)
    return {
      message: `byte 0x${bytes[bad]!.toString(16).toUpperCase()} is not UTF-8 (the file was probably saved as Latin-1 or Windows-1252): save it as UTF-8`,
      ...positionOf(bytes, bad),
    };
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

/** 1-based line and column (in characters) of a byte offset. */
function positionOf(bytes: Buffer, offset: number): { line: number; col: number } {
  const before = bytes.subarray(0, offset);
  const lineStart = before.lastIndexOf(0x0a) + 1;
  const line = before.toString('latin1').split('\n').length;
  const col = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).length + 1;
  return { line, col };
}

/** Offset of the first byte that breaks UTF-8, or -1 (lead byte, continuation bytes, overlongs and surrogates). */
function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const size =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (size === 0 || i + size > bytes.length) return i;
    for (let k = 1; k < size; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    const second = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f)) return i;
    if ((b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
    i += size;
  }
  return -1;
}
