// Renders an Answer as terminal text, each thing once: the answer with one line per figure, notices,
// numbered sources (the quote once), then at most three related questions. ANSI colour only when asked.
import type { Answer } from '../../core/types.js';
import { answerText } from '../../core/answer/present.js';
import { brokenLinks, renderEchoes, visibleControls } from '../shared/inert.js';
import { answerSources, referenceSummary, relatedQuestions, type SourceEntry } from '../shared/sources.js';

export interface TerminalStyle {
  bold(s: string): string;
  dim(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
}

const ANSI: TerminalStyle = {
  bold: (s) => `\x1b[1m${s}\x1b[22m`,
  dim: (s) => `\x1b[2m${s}\x1b[22m`,
  yellow: (s) => `\x1b[33m${s}\x1b[39m`,
  cyan: (s) => `\x1b[36m${s}\x1b[39m`,
};
const PLAIN: TerminalStyle = { bold: (s) => s, dim: (s) => s, yellow: (s) => s, cyan: (s) => s };

export function terminalStyle(colour: boolean): TerminalStyle {
  return colour ? ANSI : PLAIN;
}

/**
 * Colour for a stream when it is a terminal that wants it: `hasColors()` already honours NO_COLOR,
 * NODE_DISABLE_COLORS, FORCE_COLOR and TERM=dumb, so piped output and NO_COLOR=1 stay plain.
 */
export function wantsColour(stream: { isTTY?: boolean; hasColors?: () => boolean }): boolean {
  return stream.isTTY === true && typeof stream.hasColors === 'function' && stream.hasColors();
}

/** The whole answer as lines of text. */
export function renderAnswer(answer: Answer, style: TerminalStyle = PLAIN): string {
  const sources = answerSources(answer);
  // The asker's words the answer repeats cannot drive the terminal (ESC, BEL) or reorder it (bidi).
  const lines: string[] = [
    renderEchoes(
      sources.renumber(answerText(answer)),
      answer.echoes,
      (s) => s,
      (s) => brokenLinks(visibleControls(s)),
    ),
  ];
  for (const notice of answer.notices) lines.push(style.yellow(`Note: ${notice}`));
  if (sources.entries.length > 0) {
    lines.push('', style.bold('Sources'));
    for (const source of sources.entries) lines.push(...sourceLines(source, style));
  }
  const related = relatedQuestions(answer);
  if (related.length > 0) {
    // A refusal's own words lead into its suggestions ("The nearest topics I know about:"): one heading.
    if (answer.status === 'answered') lines.push('', style.bold('Related'));
    else lines.push('');
    for (const question of related) lines.push(`  • ${question}`);
  }
  return lines.join('\n');
}

function sourceLines(s: SourceEntry, style: TerminalStyle): string[] {
  const link = s.url ? ` ${style.dim(`<${s.url}>`)}` : '';
  const review = s.reviewDue ? style.yellow(' (due for review)') : '';
  const lines = [`  ${style.cyan(`[${s.n}]`)} ${s.label}${link}${review}`];
  // The source's words in quote marks (recalled in a few words when the answer already says
  // them); a table reference is not the source's words: no quote marks around it.
  for (const quote of s.quotes.length > 0 ? s.quotes : [s.recall].filter(Boolean))
    lines.push(style.dim(`      “${oneLine(quote)}”`));
  const reference = referenceSummary(s.references);
  if (reference) lines.push(style.dim(`      ${oneLine(reference)}`));
  return lines;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' / ');
}
