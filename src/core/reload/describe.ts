// One paragraph an admin can read in chat or a log: what a reload changed, or why it failed
// and that the previous knowledge is still being served.
import { errors, formatProblem } from '../knowledge/problems.js';
import type { Problem } from '../types.js';
import { isUnchanged, type ItemChanges, type KnowledgeDiff } from './diff.js';

export type ReloadResult =
  { ok: true; changes: KnowledgeDiff; warnings: Problem[] } | { ok: false; problems: Problem[] };

/** Ids listed per change before "and N more", so a big edit stays one readable paragraph. */
const MAX_IDS = 10;
/** Problem lines shown before pointing at `npm run validate` for the rest. */
const MAX_PROBLEMS = 20;

/**
 * What an admin reads about one reload, as structure so no renderer re-parses a string:
 * `headline` is one sentence ("Reloaded: 2 notes added (a, b)." or "Reload failed; still
 * serving the previous knowledge:"), `changes` the diff behind a successful reload, and
 * `problems` the `file:line:col: message` lines of a failed one (with a closing count when
 * there are more than fit), each shown as one line, in order.
 */
export interface ReloadReport {
  headline: string;
  changes?: KnowledgeDiff;
  problems: string[];
  /** The ids the headline quotes: written in the files, so renderers show them as inert text (like `Answer.echoes`). */
  echoes?: string[];
}

/** The report for a reload's result. */
export function reloadReport(result: ReloadResult): ReloadReport {
  if (!result.ok) {
    // The errors are why the reload failed; warnings (e.g. overdue reviews) would bury them.
    const failures = errors(result.problems);
    const shown = failures.slice(0, MAX_PROBLEMS).map(formatProblem);
    const more = failures.length - shown.length;
    if (more > 0) shown.push(`… and ${more} more (npm run validate lists them all)`);
    const warnings = result.problems.length - failures.length;
    if (warnings > 0) shown.push(`(${plural(warnings, 'warning', 'warnings')} not shown; npm run validate lists them)`);
    return { headline: 'Reload failed; still serving the previous knowledge:', problems: shown };
  }
  const echoes = [result.changes.notes, result.changes.statistics].flatMap((c) =>
    (['added', 'removed', 'edited'] as const).flatMap((kind) => c[kind].slice(0, MAX_IDS)),
  );
  return {
    headline: changeHeadline(result.changes),
    changes: result.changes,
    problems: [],
    ...(echoes.length > 0 ? { echoes } : {}),
  };
}

/** A report as plain lines (headline, then each problem), for logs and terminals. */
export function reportText(report: ReloadReport): string {
  return [report.headline, ...report.problems].join('\n');
}

/**
 * "Reloaded: 2 notes added (a, b), 1 statistic edited (x)." or
 * "Reload failed; still serving the previous knowledge:\n<file:line:col: message lines>".
 */
export function describeReload(result: ReloadResult): string {
  return reportText(reloadReport(result));
}

function changeHeadline(diff: KnowledgeDiff): string {
  if (isUnchanged(diff)) return 'Reloaded: nothing changed.';
  const parts = [...itemParts(diff.notes, 'note', 'notes'), ...itemParts(diff.statistics, 'statistic', 'statistics')];
  const other = diff.other.length > 0 ? `${listing(diff.other)} changed` : '';
  if (parts.length === 0) return `Reloaded: no notes or statistics changed; ${other}.`;
  return `Reloaded: ${parts.join(', ')}${other ? `; ${other}` : ''}.`;
}

function itemParts(changes: ItemChanges, one: string, many: string): string[] {
  return (['added', 'removed', 'edited'] as const)
    .filter((kind) => changes[kind].length > 0)
    .map((kind) => {
      const ids = changes[kind];
      const shown = ids.slice(0, MAX_IDS).join(', ');
      const more = ids.length > MAX_IDS ? ` and ${ids.length - MAX_IDS} more` : '';
      return `${plural(ids.length, one, many)} ${kind} (${shown}${more})`;
    });
}

/** "sources", "sources and metrics", "sources, forces and metrics". */
function listing(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
