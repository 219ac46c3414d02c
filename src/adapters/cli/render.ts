// Renders an Answer as terminal text: the answer, figures chart, notices, numbered citations
// and suggestions. Colour (ANSI) only when asked, i.e. when stdout is a TTY.
import type { Answer } from '../../core/types.js';
import { answerText, citationLabel } from '../../core/answer/present.js';
import { brokenLinks, renderEchoes, visibleControls } from '../shared/inert.js';

export interface TerminalStyle {
  bold(s: string): string;
  dim(s: string): string;
  yellow(s: string): string;
}

const ANSI: TerminalStyle = {
  bold: (s) => `\x1b[1m${s}\x1b[22m`,
  dim: (s) => `\x1b[2m${s}\x1b[22m`,
  yellow: (s) => `\x1b[33m${s}\x1b[39m`,
};
const PLAIN: TerminalStyle = { bold: (s) => s, dim: (s) => s, yellow: (s) => s };

export function terminalStyle(colour: boolean): TerminalStyle {
  return colour ? ANSI : PLAIN;
}

/** The whole answer as lines of text. */
export function renderAnswer(answer: Answer, style: TerminalStyle = PLAIN): string {
  // The asker's words the answer repeats cannot drive the terminal (ESC, BEL) or reorder it (bidi).
  const lines: string[] = [
    renderEchoes(
      answerText(answer),
      answer.echoes,
      (s) => s,
      (s) => brokenLinks(visibleControls(s)),
    ),
  ];
  if (answer.chart?.length) lines.push('', ...answer.chart.map((l) => `  ${l}`));
  for (const notice of answer.notices) lines.push(style.yellow(`Note: ${notice}`));
  if (answer.citations.length > 0) {
    lines.push('', style.bold('Sources'));
    for (const c of answer.citations) {
      const link = c.url ? ` <${c.url}>` : '';
      const review = c.reviewDue ? ' (due for review)' : '';
      lines.push(`  [${c.n}] ${citationLabel(c)}${link}${review}`);
      // A table reference is not the source's words: no quote marks around it.
      const snippet = c.reference
        ? `      ${c.snippet.replace(/\n/g, '\n      ')}`
        : `      “${c.snippet.replace(/\n/g, '\n       ')}”`;
      lines.push(style.dim(snippet));
    }
  }
  if (answer.suggestions.length > 0) {
    lines.push('', style.bold(answer.status === 'no_answer' ? 'Try asking' : 'Related'));
    for (const s of answer.suggestions) lines.push(`  • ${s}`);
  }
  return lines.join('\n');
}
