// A knowledge problem as one terminal line: file names and values come from the pack, and a
// file named with escape codes or line breaks must neither drive the terminal nor forge a line.
import { formatProblem } from '../../core/knowledge/problems.js';
import type { Problem } from '../../core/types.js';
import { visibleControls } from '../shared/inert.js';

/** `file:line:col: message`, controls and bidi characters made visible. */
export function problemLine(problem: Problem): string {
  return visibleControls(formatProblem(problem));
}
