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
