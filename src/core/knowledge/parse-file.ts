// Parses one knowledge file: YAML syntax first, then the schema, each problem with its position.
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { Problem } from '../types.js';
import { didYouMean } from '../text/did-you-mean.js';
import { Locator, type Path } from './positions.js';
import { knowledgeFileSchema, type KnowledgeFile } from './schema.js';

export interface ParsedFile {
  file: string;
  data?: KnowledgeFile;
  locate: Locator;
  problems: Problem[];
}

/** Parse and schema-check `text`, the contents of `file` (a display path). */
export function parseKnowledgeFile(file: string, text: string): ParsedFile {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const locate = new Locator(doc, lines);
  const problem = (line: number, col: number, message: string): Problem => ({
    file,
    line,
    col,
    message,
    severity: 'error',
  });

  const syntax = doc.errors.map((e) => {
    const pos = lines.linePos(e.pos[0]);
    return problem(pos.line, pos.col, `YAML: ${firstLine(e.message)}`);
  });
  const warnings = doc.warnings.map((w) => {
    const pos = lines.linePos(w.pos[0]);
    return { ...problem(pos.line, pos.col, `YAML: ${firstLine(w.message)}`), severity: 'warning' as const };
  });
  if (syntax.length > 0) return { file, locate, problems: [...syntax, ...warnings] };

  const raw: unknown = doc.toJS() ?? {};
  const result = knowledgeFileSchema.safeParse(raw);
  if (result.success) return { file, data: result.data, locate, problems: warnings };

  const schemaProblems = result.error.issues.flatMap((issue) => describeIssue(issue, raw, locate, problem));
  return { file, data: salvage(raw), locate, problems: [...schemaProblems, ...warnings] };
}

/**
 * The items of a file that are valid on their own, so the whole-pack checks (duplicates,
 * references, counts) still run and every problem is reported in one pass.
 */
function salvage(raw: unknown): KnowledgeFile | undefined {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const data: Record<string, unknown[]> = {};
  for (const [section, items] of Object.entries(raw)) {
    const itemSchema = unwrapOptional(knowledgeFileSchema.shape[section as keyof KnowledgeFile])?.element;
    if (!itemSchema || !Array.isArray(items)) continue;
    data[section] = items.filter((item) => (itemSchema as unknown as z.ZodType).safeParse(item).success);
  }
  return data;
}

type MakeProblem = (line: number, col: number, message: string) => Problem;

function describeIssue(issue: z.core.$ZodIssue, raw: unknown, locate: Locator, problem: MakeProblem): Problem[] {
  const path = issue.path as Path;
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeysAt(path);
    return issue.keys.map((key) => {
      const pos = locate.key(path, key);
      const where = path.length ? `${pathLabel(path)}: ` : '';
      return problem(pos.line, pos.col, `${where}unknown field "${key}"${didYouMean(key, allowed)}`);
    });
  }
  const pos = locate.at(path);
  const field = path[path.length - 1];
  if (issue.code === 'invalid_type' && valueAt(raw, path) === undefined && typeof field === 'string') {
    return [problem(pos.line, pos.col, `${pathLabel(path.slice(0, -1))}: missing required field "${field}"`)];
  }
  if (path.length === 0) {
    return [
      problem(
        pos.line,
        pos.col,
        'a knowledge file must be a mapping of sections (sources, notes, statistics, forces, metrics, synonyms)',
      ),
    ];
  }
  return [problem(pos.line, pos.col, `${pathLabel(path)}: ${humanMessage(issue)}`)];
}

function humanMessage(issue: z.core.$ZodIssue): string {
  // Our schema's own messages are written for admins; zod's defaults are rephrased.
  if (!issue.message.startsWith('Invalid')) return issue.message;
  if (issue.code === 'invalid_type') return `expected ${issue.expected}`;
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  return issue.message;
}

/** `notes[2].title` for messages. */
export function pathLabel(path: Path): string {
  return path.reduce<string>(
    (acc, step) => (typeof step === 'number' ? `${acc}[${step}]` : acc ? `${acc}.${step}` : step),
    '',
  );
}

function valueAt(raw: unknown, path: Path): unknown {
  let value = raw;
  for (const step of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[step];
  }
  return value;
}

/** The field names allowed at a path, for "did you mean" (walks the schema's shape). */
function allowedKeysAt(path: Path): string[] {
  let schema: SchemaNode | undefined = knowledgeFileSchema;
  for (const step of path) {
    schema = unwrapOptional(schema);
    schema = typeof step === 'number' ? schema?.element : schema?.shape?.[step];
  }
  return Object.keys(unwrapOptional(schema)?.shape ?? {});
}

/** Just enough of zod's schema objects to walk them. */
interface SchemaNode {
  def: { type: string; innerType?: SchemaNode };
  shape?: Record<string, SchemaNode>;
  element?: SchemaNode;
}

function unwrapOptional(schema: SchemaNode | undefined): SchemaNode | undefined {
  let s = schema;
  while (s && ['optional', 'nullable', 'default'].includes(s.def.type)) s = s.def.innerType;
  return s;
}

function firstLine(message: string): string {
  return message
    .split('\n')[0]!
    .replace(/ at line \d+, column \d+:?$/, '')
    .trim();
}
