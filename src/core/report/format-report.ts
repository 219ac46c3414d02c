// The usage report as plain text for a terminal or an email: totals, then the three lists
// admins act on, each row led by its count so the eye runs down the numbers.
import path from 'node:path';
import { formatCount } from '../answer/present.js';
import type { FileReport } from './report-file.js';

/** Render the report; every section is present, saying "none" when empty. */
export function formatReport(report: FileReport): string {
  const out: string[] = [
    report.files.length === 1
      ? `Usage report for ${report.files[0]}`
      : `Usage report for ${report.files.length} usage logs, merged: ${report.files.join(', ')}`,
  ];
  const { questions: q, votes } = report;
  const span = report.first ? `, from ${day(report.first)} to ${day(report.last!)}` : '';
  out.push(
    `${report.since ? `Since ${day(report.since)}: ` : ''}${plural(q.total, 'question', 'questions')} (${formatCount(q.answered)} answered, ${formatCount(q.unanswered)} unanswered), ` +
      `${plural(votes.up + votes.down, 'vote', 'votes')} (${formatCount(votes.up)} 👍, ${formatCount(votes.down)} 👎)${span}.`,
  );
  const { skipped } = report;
  if (skipped.count > 0) {
    const where = (s: (typeof skipped.lines)[number]) =>
      report.files.length === 1 ? String(s.line) : `${path.basename(s.file)}:${s.line}`;
    const lines = skipped.lines.map(where).join(', ');
    const label = skipped.count === 1 ? 'line' : 'lines';
    out.push(
      `Skipped ${plural(skipped.count, 'unreadable line', 'unreadable lines')} (${label} ${lines}${skipped.count > skipped.lines.length ? ', …' : ''}): a crash can cut the last line short; the rest is intact.`,
    );
  }

  out.push(
    '',
    `Unanswered questions, similar wordings grouped (${plural(report.unansweredGroups, 'group', 'groups')}; most asked first):`,
  );
  const countWidth = Math.max(0, ...report.unanswered.map((g) => formatCount(g.count).length));
  for (const g of report.unanswered) {
    const who = g.askers > 0 ? ` (${plural(g.askers, 'person', 'people')})` : '';
    out.push(`  ${formatCount(g.count).padStart(countWidth)}  ${g.example}${who}`);
    const others = g.wordings.slice(1);
    if (others.length > 0) {
      const more = g.distinctWordings - g.wordings.length;
      out.push(
        `  ${' '.repeat(countWidth)}  also: ${others.map((w) => `"${w}"`).join(', ')}${more > 0 ? ` (+${more} more)` : ''}`,
      );
    }
  }
  if (report.unanswered.length === 0) out.push('  none');
  if (report.unansweredGroups > report.unanswered.length)
    out.push(
      `  … ${formatCount(report.unansweredGroups - report.unanswered.length)} smaller groups not shown (--top N shows more)`,
    );

  if (report.unknownWords) {
    out.push(
      '',
      "Words in unanswered questions that no note uses (add them to a note's questions or a synonyms group):",
    );
    const width = Math.max(0, ...report.unknownWords.map((w) => formatCount(w.questions).length));
    for (const w of report.unknownWords) {
      const related = w.related.length > 0 ? ` — the knowledge says: ${w.related.join(', ')}` : '';
      out.push(`  ${formatCount(w.questions).padStart(width)}  ${w.word}${related}`);
    }
    if (report.unknownWords.length === 0) out.push('  none');
  }

  out.push('', 'Notes with the most 👎:');
  for (const n of report.downvoted)
    out.push(`  ${formatCount(n.down)} 👎  ${formatCount(n.up)} 👍  ${n.id}${n.title ? ` — ${n.title}` : ''}`);
  if (report.downvoted.length === 0) out.push('  none');

  out.push(
    '',
    report.topicsBy === 'knowledge'
      ? 'Most asked topics (answered questions):'
      : 'Most cited notes (answered questions; give --knowledge to see topics):',
  );
  const topicWidth = Math.max(0, ...report.topics.map((t) => formatCount(t.questions).length));
  for (const t of report.topics) out.push(`  ${formatCount(t.questions).padStart(topicWidth)}  ${t.topic}`);
  if (report.topics.length === 0) out.push('  none');
  return `${out.join('\n')}\n`;
}

function plural(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** The calendar day of an ISO time. */
function day(iso: string): string {
  return iso.slice(0, 10);
}
