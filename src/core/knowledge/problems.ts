// Problems found in a knowledge pack, and their one-line `file:line:col: message` form.
import type { Problem } from '../types.js';

/** Thrown when a knowledge pack cannot be used; `problems` says exactly where and why. */
export class KnowledgeError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`The knowledge has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'KnowledgeError';
  }
}

/** `knowledge/notes.yaml:12:5: notes[2].title: must not be empty` (warnings say so). */
export function formatProblem(p: Problem): string {
  const prefix = p.severity === 'warning' ? 'warning: ' : '';
  return `${p.file}:${p.line}:${p.col}: ${prefix}${p.message}`;
}

export function errors(problems: Problem[]): Problem[] {
  return problems.filter((p) => p.severity === 'error');
}

/** Order problems as an editor would list them: by file, then position. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.message.localeCompare(b.message),
  );
}

/** How many problems of one kind a file lists before the rest are summed up in one line. */
export const REPEAT_LIMIT = 3;

/**
 * One mistake repeated (the same message with different ids or numbers) is listed `limit` times
 * per file, then "and 38 more like this", so a single defect never buries the others.
 */
export function capRepeats(problems: Problem[], limit = REPEAT_LIMIT): Problem[] {
  const counts = new Map<string, number>();
  const kindOf = (p: Problem) => `${p.severity}\u0000${p.file}\u0000${p.message.replace(/"[^"]*"|\(.*?\)|\d+/g, '#')}`;
  for (const p of problems) counts.set(kindOf(p), (counts.get(kindOf(p)) ?? 0) + 1);
  const shown = new Map<string, number>();
  const out: Problem[] = [];
  for (const p of problems) {
    const kind = kindOf(p);
    const n = (shown.get(kind) ?? 0) + 1;
    shown.set(kind, n);
    if (n < limit || (n === limit && counts.get(kind) === limit)) out.push(p);
    else if (n === limit) out.push({ ...p, message: `and ${counts.get(kind)! - limit + 1} more like this` });
  }
  return out;
}
