// Loads a knowledge pack from a directory: every YAML file parsed, checked and merged.
// The same function serves start-up, `validate`, live reload and the tests.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Knowledge, Problem } from '../types.js';
import { today } from '../text/dates.js';
import { crossCheck } from './cross-check.js';
import { parseKnowledgeFile, type ParsedFile } from './parse-file.js';
import { errors, sortProblems } from './problems.js';

/** Files a knowledge folder may hold besides YAML: docs and the editor schema. */
const IGNORED = [/^\./, /^readme(\.\w+)?$/i, /\.schema\.json$/i, /^node_modules$/];
const YAML_FILE = /\.ya?ml$/i;

export interface LoadOptions {
  /** YYYY-MM-DD used for review-date warnings; defaults to today. */
  today?: string;
  /** How file paths appear in messages; defaults to paths relative to the working directory. */
  displayPath?: (absolute: string) => string;
}

export interface LoadResult {
  /** Present only when there is no error (warnings allowed). */
  knowledge?: Knowledge;
  problems: Problem[];
}

/** Load and validate every knowledge file under `dir`. Never throws for bad content. */
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

  const problems: Problem[] = [];
  const parsed: ParsedFile[] = [];
  let updatedAt = new Date(0);
  for (const absolute of listing) {
    const file = display(absolute);
    if (!YAML_FILE.test(absolute)) {
      problems.push({
        file,
        line: 1,
        col: 1,
        message:
          'not a knowledge file: knowledge files end in .yaml or .yml (move other files out of the knowledge folder)',
        severity: 'error',
      });
      continue;
    }
    const [bytes, info] = await Promise.all([readFile(absolute), stat(absolute)]);
    if (info.mtime > updatedAt) updatedAt = info.mtime;
    const text = decodeText(bytes);
    if (text === undefined) {
      problems.push({
        file,
        line: 1,
        col: 1,
        message: 'binary or non-UTF-8 file: knowledge files must be UTF-8 YAML text',
        severity: 'error',
      });
      continue;
    }
    const result = parseKnowledgeFile(file, text);
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

  const checked = crossCheck(root, parsed, updatedAt, options.today ?? today());
  problems.push(...checked.problems);
  const sorted = sortProblems(problems);
  return errors(sorted).length > 0 ? { problems: sorted } : { knowledge: checked.knowledge, problems: sorted };
}

/** Paths inside the working directory stay relative (clickable in terminals); others stay absolute. */
function relativeToCwd(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  return relative === '' ? '.' : relative.startsWith('..') ? absolute : relative;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (IGNORED.some((pattern) => pattern.test(entry.name))) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(full)));
    else if (entry.isFile()) files.push(full);
  }
  return files;
}

/** UTF-8 text, or undefined for binary content (NUL bytes or invalid UTF-8). */
function decodeText(bytes: Buffer): string | undefined {
  if (bytes.includes(0)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    // A decoding failure is the answer itself: the file is not UTF-8 text.
    return undefined;
  }
}
