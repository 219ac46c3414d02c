// Usage text for `/taser help` (and a bare `/taser`), with example questions from the knowledge
// as buttons that ask them.
import type { Overview } from '../../core/assistant.js';
import { MAX_FALLBACK_TEXT } from './limits.js';
import { fitEscaped, questionButtons, type Block, type SlackMessage } from './render.js';

/** The slash command this adapter answers; it must match the one in manifest.yaml. */
export const SLASH_COMMAND = '/taser';

/** Examples shown; five examples of up to 500 characters stay inside one 3,000-character section. */
const EXAMPLES_SHOWN = 5;
const MAX_EXAMPLE_TEXT = 500;

/** How to ask, with example questions drawn from the loaded knowledge. */
export function renderHelp(overview: Overview): SlackMessage {
  // "<" is written as &lt; even inside backticks: Slack would read <question> as a link.
  const usage = [
    '*How to ask me*',
    `• \`${SLASH_COMMAND} &lt;question&gt;\` — an answer only you can see, with a button to share it in the channel`,
    '• Mention me in a channel — I answer in the thread',
    '• Send me a direct message — follow-up questions in the same conversation can leave out the subject',
    '• 👍 / 👎 under any answer tells the people who keep my knowledge up to date how it went',
    `• \`${SLASH_COMMAND} help\` — this message`,
  ].join('\n');
  const examples = overview.examples.slice(0, EXAMPLES_SHOWN);
  const blocks: Block[] = [{ type: 'section', text: { type: 'mrkdwn', text: usage } }];
  if (examples.length > 0) {
    const list = examples.map((q) => `• ${fitEscaped(q, MAX_EXAMPLE_TEXT)}`).join('\n');
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `*For example*\n${list}` } });
    blocks.push(questionButtons(examples));
  }
  const text = examples[0]
    ? `Ask me with ${SLASH_COMMAND} <question>, e.g. ${examples[0]}`
    : `Ask me with ${SLASH_COMMAND} <question>`;
  return { text: fitEscaped(text, MAX_FALLBACK_TEXT), blocks };
}
