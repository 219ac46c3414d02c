// The `/taser help` embed: how to ask, and what the loaded knowledge covers (from the
// core's Overview, so it changes with the knowledge and never names anything itself).
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Overview } from '../../core/assistant.js';
import { LIMITS } from './limits.js';
import { escapeWithin } from './escape.js';

const MAX_EXAMPLES = 5;

/** How texts point at help, in Discord's markup. */
export const HELP_COMMAND = '`/taser help`';

const USAGE = [
  '`/taser ask` — ask a question; suggestions appear as you type. The answer is shown only to you until you press **Post publicly**.',
  '`/taser figures` — published figures for one force, optionally for one measure.',
  'Mention me in a channel, or message me directly, to ask in the conversation; follow-up questions continue it.',
  'Every answer cites its sources; 👍 / 👎 tell the maintainers whether it helped.',
].join('\n');

/** The help embed for what `audience` may see. */
export function renderHelp(overview: Overview): { embeds: APIEmbed[] } {
  const fields: APIEmbedField[] = [
    listField(
      'Topics',
      overview.topics.map((t) => `${t.topic} (${t.notes})`),
      ', ',
    ),
    listField(
      'Forces with figures',
      overview.forces.map((f) => f.name),
      ', ',
    ),
    listField(
      'Measures',
      overview.metrics.map((m) => m.label),
      ', ',
    ),
    listField(
      'Periods',
      overview.periods.map((p) => p.label),
      ', ',
    ),
    listField(
      'Try asking',
      overview.examples.slice(0, MAX_EXAMPLES).map((q) => `• ${q}`),
      '\n',
    ),
  ].filter((f): f is APIEmbedField => f !== undefined);
  const footer = [
    `${overview.notes} notes`,
    `${overview.statistics} statistics`,
    `${overview.sources} sources`,
    `knowledge updated ${overview.updatedAt.toISOString().slice(0, 10)}`,
  ].join(' · ');
  return { embeds: [{ title: 'How to ask', description: USAGE, fields, footer: { text: footer } }] };
}

function listField(name: string, items: string[], separator: string): APIEmbedField | undefined {
  if (items.length === 0) return undefined;
  return { name, value: escapeWithin(items.join(separator), LIMITS.fieldValue) };
}
