// The App Home tab: what the bot knows (topics, forces, periods, last update, counts),
// example questions, and how to ask and give feedback, all from `assistant.overview()`.
import type { types } from '@slack/bolt';
import type { Overview } from '../../core/assistant.js';
import { safePlainText } from './escape.js';
import { SLASH_COMMAND } from './help.js';
import { MAX_HEADER_TEXT, MAX_HOME_BLOCKS, MAX_SECTION_TEXT } from './limits.js';
import { fitEscaped, type Block } from './render.js';

const EXAMPLES_SHOWN = 8;

/** The Home tab view for views.publish. */
export function renderHome(overview: Overview): types.HomeView {
  const blocks: Block[] = [
    header('What I know'),
    section(
      [
        `*${overview.notes}* policy notes · *${overview.statistics}* sets of figures · *${overview.sources}* sources`,
        `Knowledge last updated *${formatDay(overview.updatedAt)}*`,
        overview.overdueReviews > 0
          ? `⚠️ ${overview.overdueReviews} ${overview.overdueReviews === 1 ? 'note is' : 'notes are'} past ${overview.overdueReviews === 1 ? 'its' : 'their'} review date: answers from ${overview.overdueReviews === 1 ? 'it' : 'them'} say so`
          : 'Every note is within its review date',
      ].join('\n'),
    ),
  ];
  if (overview.topics.length > 0) {
    blocks.push(section(`*Topics*\n${listOf(overview.topics.map((t) => `${t.topic} (${t.notes})`))}`));
  }
  if (overview.forces.length > 0) {
    blocks.push(section(`*Forces*\n${listOf(overview.forces.map((f) => f.name))}`));
  }
  if (overview.periods.length > 0) {
    blocks.push(section(`*Periods the figures cover*\n${listOf(overview.periods.map((p) => p.label))}`));
  }
  if (overview.metrics.length > 0) {
    blocks.push(section(`*Measures*\n${listOf(overview.metrics.map((m) => m.label))}`));
  }
  blocks.push({ type: 'divider' }, header('Ask me'));
  blocks.push(
    section(
      [
        `• \`${SLASH_COMMAND} &lt;question&gt;\` in any channel — only you see the answer, and you can share it`,
        '• Mention me in a channel — I answer in the thread',
        '• Send me a direct message — follow-ups can leave out the subject, e.g. "and last year?"',
        "• Open me in Slack's assistant panel, where your workspace has it — I suggest questions to start with",
      ].join('\n'),
    ),
  );
  const examples = overview.examples.slice(0, EXAMPLES_SHOWN);
  if (examples.length > 0) {
    blocks.push(section(`*For example*\n${examples.map((q) => `• ${fitEscaped(q, 300)}`).join('\n')}`));
  }
  blocks.push(
    { type: 'divider' },
    header('Feedback'),
    section(
      'Every answer has 👍 / 👎 buttons. Each click is recorded with the answer it refers to, so the people who maintain my knowledge can see which answers helped and which need work.',
    ),
  );
  return { type: 'home', blocks: blocks.slice(0, MAX_HOME_BLOCKS) };
}

function header(text: string): Block {
  return {
    type: 'header',
    text: { type: 'plain_text', text: safePlainText(text).slice(0, MAX_HEADER_TEXT), emoji: true },
  };
}

/** A section from already-safe mrkdwn, cut to Slack's limit. */
function section(text: string): Block {
  const fitted = text.length <= MAX_SECTION_TEXT ? text : `${text.slice(0, MAX_SECTION_TEXT - 1)}…`;
  return { type: 'section', text: { type: 'mrkdwn', text: fitted } };
}

/** "a, b and c" from raw items, escaped; stops with "and N more" before Slack's limit. */
function listOf(items: string[]): string {
  const escaped = items.map((i) => fitEscaped(i, 200));
  let shown = escaped.length;
  const join = (n: number) => {
    const head = escaped.slice(0, n);
    const more = escaped.length - n;
    if (more > 0) return `${head.join(', ')} and ${more} more`;
    return head.length > 1 ? `${head.slice(0, -1).join(', ')} and ${head[head.length - 1]}` : (head[0] ?? '');
  };
  while (shown > 1 && join(shown).length > MAX_SECTION_TEXT - 100) shown--;
  return join(shown);
}

/** "27 November 2026", as UK readers write dates. */
function formatDay(date: Date): string {
  return date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/London',
  });
}
