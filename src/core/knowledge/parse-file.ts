// Parses one knowledge file: YAML syntax first, then the schema, each problem with its position.
import {
  isAlias,
  isCollection,
  isMap,
  isScalar,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type YAMLError,
} from 'yaml';
import type { z } from 'zod';
import type { Problem } from '../types.js';
import { didYouMean } from '../text/did-you-mean.js';
import { Locator, type Path } from './positions.js';
import { asId, ID_RULE, knowledgeFileSchema, type KnowledgeFile } from './schema.js';
import { controlCharacters, textShapeWarnings } from './text-shape.js';
import { yamlMessage } from './yaml-messages.js';

export interface ParsedFile {
  file: string;
  data?: KnowledgeFile;
  locate: Locator;
  problems: Problem[];
  /** True when the YAML could not be read at all: its ids are unknown, so references into it are not checked. */
  unreadable?: boolean;
}

/**
 * Alias expansions a file may make while being read (the yaml library's `maxAliasCount`,
 * default there 100). 1,000 accepts honest reuse (150 aliases of one id) and still stops an
 * alias bomb, whose nested aliases grow exponentially.
 */
const MAX_ALIAS_COUNT = 1000;

/** Parse and schema-check `text`, the contents of `file` (a display path). */
export function parseKnowledgeFile(file: string, text: string): ParsedFile {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, merge: true });
  const locate = new Locator(doc, lines);
  const problem = (line: number, col: number, message: string): Problem => ({
    file,
    line,
    col,
    message,
    severity: 'error',
  });

  const tags = doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED');
  const warnings = doc.warnings
    .filter((w) => w.code !== 'TAG_RESOLVE_FAILED')
    .map((w) => {
      const pos = lines.linePos(w.pos[0]);
      return { ...problem(pos.line, pos.col, `YAML: ${firstLine(w.message)}`), severity: 'warning' as const };
    });
  if (doc.errors.length > 0) {
    // The first syntax error is the real one; the parser's later errors are its echoes.
    const first = doc.errors[0]!;
    // A stack overflow's position is wherever the parser gave up, which changes from run to run.
    const offset = /call stack/i.test(first.message) ? 0 : (openerOf(doc, first) ?? first.pos[0]);
    const pos = lines.linePos(offset);
    return {
      file,
      locate,
      problems: [problem(pos.line, pos.col, `YAML: ${yamlMessage(first, text, firstLine(first.message))}`)],
      unreadable: true,
    };
  }
  if (tags.length > 0) {
    const tagProblems = tags.map((w) => {
      const pos = lines.linePos(w.pos[0]);
      const tag = firstLine(w.message)
        .replace(/^Unresolved tag: /, '')
        .replace(/^tag:yaml\.org,2002:/, '!!');
      return problem(
        pos.line,
        pos.col,
        `YAML: custom tag ${tag} is not allowed: knowledge files are plain YAML (remove the tag)`,
      );
    });
    return { file, locate, problems: [...tagProblems, ...warnings], unreadable: true };
  }
  const unresolved = unresolvedAlias(doc);
  if (unresolved) {
    const pos = lines.linePos(unresolved.offset);
    const message = `YAML: alias *${unresolved.name} refers to no anchor: define &${unresolved.name} before it, or write the value out`;
    return { file, locate, problems: [problem(pos.line, pos.col, message), ...warnings], unreadable: true };
  }

  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {};
  } catch (e) {
    // The library throws for excessive alias expansion; say where the aliases are, not a stack.
    const offset = firstAliasOffset(doc) ?? 0;
    const pos = lines.linePos(offset);
    const reason = e instanceof Error ? e.message : String(e);
    const message = /excessive alias count/i.test(reason)
      ? `YAML: aliases expand too far (more than ${MAX_ALIAS_COUNT} copies): write the values out instead`
      : `YAML: ${firstLine(reason)}`;
    return { file, locate, problems: [problem(pos.line, pos.col, message), ...warnings], unreadable: true };
  }
  const shapes = textShapeWarnings(doc, lines, text).map((w) => ({
    ...problem(w.line, w.col, w.message),
    severity: 'warning' as const,
  }));
  warnings.push(...shapes);
  const controls = controlCharacters(doc, lines).map((c) => problem(c.line, c.col, c.message));
  // A file blanked by mistake (or saved with only comments) must not lose its notes silently.
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw) && Object.keys(raw).length === 0)
    warnings.push({
      ...problem(1, 1, 'the file holds no sections (sources, notes, statistics, …): nothing is read from it'),
      severity: 'warning',
    });
  dropAnchorHolders(doc, raw);
  const result = knowledgeFileSchema.safeParse(raw);
  if (result.success) return { file, data: result.data, locate, problems: [...controls, ...warnings] };

  const schemaProblems = result.error.issues.flatMap((issue) => describeIssue(issue, raw, locate, problem));
  return { file, data: salvage(raw), locate, problems: [...controls, ...schemaProblems, ...warnings] };
}

/**
 * A top-level field that is not a section but whose value carries an anchor ("defaults: &review")
 * only holds values for aliases and merge keys ("<<: *review") elsewhere in the file: it is read
 * for them and then left out, instead of being an unknown section.
 */
function dropAnchorHolders(doc: Document, raw: unknown): void {
  if (!isMap(doc.contents) || raw === null || typeof raw !== 'object' || Array.isArray(raw)) return;
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    const value = pair.value as { anchor?: string } | null;
    if (key === undefined || Object.hasOwn(knowledgeFileSchema.shape, key) || !value?.anchor) continue;
    delete (raw as Record<string, unknown>)[key];
  }
}

/**
 * The items of a file that are valid on their own, so the whole-pack checks (duplicates,
 * references, counts) still run and every problem is reported in one pass. Each item keeps its
 * position in the file: an invalid one leaves a hole (which `forEach` skips), so the checks name
 * the line of the item they are about, not of the one before it.
 */
function salvage(raw: unknown): KnowledgeFile | undefined {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const data: Record<string, unknown[]> = {};
  for (const [section, items] of Object.entries(raw)) {
    // Own sections only: "constructor" or "toString" as a key is an unknown section, not Object's.
    if (!Object.hasOwn(knowledgeFileSchema.shape, section)) continue;
    const itemSchema = unwrapOptional(knowledgeFileSchema.shape[section as keyof KnowledgeFile])?.element;
    if (!itemSchema || !Array.isArray(items)) continue;
    const schema = itemSchema as unknown as z.ZodType;
    const known = Object.keys(unwrapOptional(itemSchema)?.shape ?? {});
    const kept: unknown[] = [];
    items.forEach((item: unknown, i) => {
      const valid = salvageItem(item, schema, known);
      if (valid !== undefined) kept[i] = valid;
    });
    data[section] = kept;
  }
  return data;
}

/**
 * An item as valid as it can be made: one whose only faults are in optional fields (a misspelt
 * field, a date written as a number) is kept without them, so references to it still resolve and
 * one fault is reported once, not again at every reference. Its faults are reported all the same.
 */
function salvageItem(item: unknown, schema: z.ZodType, known: string[]): unknown {
  const whole = schema.safeParse(item);
  if (whole.success) return whole.data;
  if (item === null || typeof item !== 'object' || Array.isArray(item) || known.length === 0) return undefined;
  const faulty = new Set(whole.error.issues.map((issue) => issue.path[0]));
  const trimmed = Object.fromEntries(Object.entries(item).filter(([key]) => known.includes(key) && !faulty.has(key)));
  const retry = schema.safeParse(trimmed);
  return retry.success ? retry.data : undefined;
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
        'a knowledge file must be a mapping of sections (sources, notes, statistics, totals, forces, metrics, synonyms)',
      ),
    ];
  }
  const value = valueAt(raw, path);
  if (issue.code === 'invalid_type' && issue.expected === 'string' && typeof value === 'number') {
    // YAML reads 2008 or 2020 as a number; the schema wants the text.
    return [
      problem(pos.line, pos.col, `${pathLabel(path)}: ${value} is read as a number: write it in quotes ("${value}")`),
    ];
  }
  if (typeof value === 'string' && issue.message.startsWith(ID_RULE)) {
    // "First response" as a topic or id: say which id to write, not only the rule.
    const suggestion = asId(value);
    const hint = suggestion ? `: write "${suggestion}"` : '';
    return [problem(pos.line, pos.col, `${pathLabel(path)}: "${value}" is not an id (${ID_RULE})${hint}`)];
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

/**
 * Where the construct a syntax error is about begins: an unclosed quote or `[` / `{` is reported
 * by the parser where the file ends, but the admin has to fix where it opens.
 */
function openerOf(doc: Document, error: YAMLError): number | undefined {
  if (!['MISSING_CHAR', 'BAD_INDENT', 'UNEXPECTED_TOKEN'].includes(error.code)) return undefined;
  const at = error.pos[0];
  let best: number | undefined;
  visit(doc, (_key, node) => {
    // A key with no value ("z:" or a stray "z") is visited as a null node.
    const range = (node as { range?: [number, number, number] } | null)?.range;
    if (!range || range[0] >= at || at > range[2]) return;
    const open =
      (isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')) ||
      (isCollection(node) && node.flow === true);
    if (open && (best === undefined || range[0] > best)) best = range[0];
  });
  return best;
}

function unresolvedAlias(doc: Document): { name: string; offset: number } | undefined {
  let found: { name: string; offset: number } | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (node.resolve(doc) === undefined) {
        found = { name: node.source, offset: node.range?.[0] ?? 0 };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

function firstAliasOffset(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, (_key, node) => {
    if (isAlias(node)) {
      offset = node.range?.[0];
      return visit.BREAK;
    }
    return undefined;
  });
  return offset;
}
