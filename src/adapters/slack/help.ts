// `/taser help` (and a bare `/taser` or mention): what the bot knows — topics with their note
// counts, the periods the figures cover, five example questions as buttons — then how to ask.
// The force list is one click away (a button, or `/taser forces`), not a wall in the help.
import type { Overview } from '../../core/assistant.js';
import { MAX_BUTTON_TEXT, MAX_FALLBACK_TEXT, MAX_SECTION_TEXT } from './limits.js';
import { fitEscaped, questionButtons, type Block, type SlackMessage } from './render.js';

/** The slash command this adapter answers; it must match the one in manifest.yaml. */
export const SLASH_COMMAND = '/taser';

/** The button under the help that lists the forces with figures. */
export const SHOW_FORCES_ACTION = 'show_forces';

/** Example questions offered as buttons. */
const EXAMPLES_SHOWN = 5;
/** Periods listed by name; more are summarised as the first and last, with a count. */
const PERIODS_LISTED = 4;

/** What the bot knows and how to ask, from the loaded knowledge. */
export function renderHelp(overview: Overview): SlackMessage {
  const blocks: Block[] = [section(`*What I know*\n${fitEscapedLines(knowledgeLines(overview))}`)];
  const examples = overview.examples.slice(0, EXAMPLES_SHOWN);
  if (examples.length > 0) {
    blocks.push(section('*Try one of these*'));
    blocks.push(questionButtons(examples, EXAMPLES_SHOWN));
  }
  const usage = [
    '*How to ask me*',
    // "<" is written as &lt; even inside backticks: Slack would read <question> as a link.
    `• \`${SLASH_COMMAND} &lt;question&gt;\` — an answer only you see, with a button to share it`,
    '• Mention me in a channel, message me, or open me in the assistant panel — follow-ups can leave out the subject',
    `• \`${SLASH_COMMAND} forces\` — the forces I have figures for · \`${SLASH_COMMAND} help\` — this message`,
  ].join('\n');
  blocks.push(section(usage));
  if (overview.forces.length > 0) {
    blocks.push({
      type: 'actions',
      block_id: 'help_more',
      elements: [
        {
          type: 'button',
          action_id: SHOW_FORCES_ACTION,
          text: { type: 'plain_text', text: `Show the ${overview.forces.length} forces`.slice(0, MAX_BUTTON_TEXT) },
          value: 'forces',
        },
      ],
    });
  }
  const text = examples[0]
    ? `Ask me with ${SLASH_COMMAND} <question>, e.g. ${examples[0]}`
    : `Ask me with ${SLASH_COMMAND} <question>`;
  return { text: fitEscaped(text, MAX_FALLBACK_TEXT), blocks };
}

/** The forces the figures cover, one per line, for the help's button and `/taser forces`. */
export function renderForces(overview: Overview): SlackMessage {
  if (overview.forces.length === 0) {
    const none = 'I have no figures for any force in the knowledge I can show here.';
    return { text: none, blocks: [section(none)] };
  }
  const names = overview.forces.map((f) => f.name).sort((a, b) => a.localeCompare(b, 'en-GB'));
  const heading = `*Forces I have figures for (${names.length})*`;
  const text = `${names.length} forces: ${names.join(', ')}`;
  return {
    text: fitEscaped(text, MAX_FALLBACK_TEXT),
    blocks: [section(`${heading}\n${fitEscapedLines(names.map((n) => `• ${n}`))}`)],
  };
}

/** Notes by topic with counts, and the periods the figures cover, as raw text lines. */
function knowledgeLines(overview: Overview): string[] {
  const lines: string[] = [];
  if (overview.topics.length > 0) {
    const topics = [...overview.topics].sort((a, b) => b.notes - a.notes || a.topic.localeCompare(b.topic));
    lines.push(`${overview.notes} policy notes on ${plural(topics.length, 'topic')}:`);
    lines.push(topics.map((t) => `${t.topic} (${t.notes})`).join(' · '));
  }
  if (overview.periods.length > 0) {
    const labels = overview.periods.map((p) => p.label);
    const covered =
      labels.length <= PERIODS_LISTED
        ? labels.join(', ')
        : `${labels[0]} to ${labels.at(-1)} (${plural(labels.length, 'period')})`;
    lines.push(`Figures for ${plural(overview.forces.length, 'force')}, covering ${covered}`);
  }
  return lines;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Escaped lines within one section (with room for a heading), dropping whole lines that do not fit. */
function fitEscapedLines(lines: string[]): string {
  const escaped = lines.map((l) => fitEscaped(l, 1000));
  let kept = escaped;
  while (kept.length > 1 && kept.join('\n').length > MAX_SECTION_TEXT - 100) kept = kept.slice(0, -1);
  const hidden = escaped.length - kept.length;
  return hidden > 0 ? `${kept.join('\n')}\n… and ${hidden} more` : kept.join('\n');
}

function section(text: string): Block {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}
