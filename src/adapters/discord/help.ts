// The `/taser help` embed and the force list behind it: what the loaded knowledge covers at a
// glance (shared/help.ts), so it changes with the knowledge and never names anything itself.
import { ButtonStyle, ComponentType, type APIEmbed, type APIEmbedField } from 'discord.js';
import type { Overview } from '../../core/assistant.js';
import { forceNames, helpSummary, topicLine } from '../shared/help.js';
import { encodeButton } from './custom-ids.js';
import { escapeWithin } from './escape.js';
import { LIMITS } from './limits.js';
import type { ButtonRow } from './render.js';

/** How texts point at help, in Discord's markup. */
export const HELP_COMMAND = '`/taser help`';

const USAGE = [
  '`/taser ask` — ask in your own words; only you see the answer until you press **Post publicly**.',
  'Or mention me, or message me directly; follow-ups like "and <force>?" continue the conversation.',
].join('\n');

/** The help embed for what one audience may see, with a button for the force list. */
export function renderHelp(overview: Overview): { embeds: APIEmbed[]; components: ButtonRow[] } {
  const summary = helpSummary(overview);
  const figures = summary.forces > 0 ? `${summary.forces} forces · ${summary.periods}` : '';
  const fields = [
    field('Topics', topicLine(summary)),
    field('Figures', figures),
    field('Try asking', summary.examples.map((q) => `• ${q}`).join('\n')),
  ].filter((f): f is APIEmbedField => f !== undefined);
  const forces = encodeButton({ kind: 'forces' })!;
  const components: ButtonRow[] =
    summary.forces > 0
      ? [
          {
            type: ComponentType.ActionRow,
            components: [
              {
                type: ComponentType.Button,
                style: ButtonStyle.Secondary,
                custom_id: forces,
                label: `Forces (${summary.forces})`,
              },
            ],
          },
        ]
      : [];
  return {
    embeds: [
      { title: 'What I can answer', description: USAGE, fields, footer: { text: footer(overview, summary.counts) } },
    ],
    components,
  };
}

/** Every force with figures, for `/taser forces` and the help's Forces button. */
export function renderForces(overview: Overview): { embeds: APIEmbed[] } {
  const names = forceNames(overview);
  if (names.length === 0)
    return { embeds: [{ description: 'No figures are loaded, so there are no forces to list.' }] };
  return {
    embeds: [
      {
        title: `Forces with figures (${names.length})`,
        description: escapeWithin(names.join(', '), LIMITS.description),
        footer: { text: 'Ask e.g. "discharges in <force>", or use /taser figures.' },
      },
    ],
  };
}

function footer(overview: Overview, counts: string): string {
  return `${counts} · knowledge updated ${overview.updatedAt.toISOString().slice(0, 10)}`;
}

function field(name: string, value: string): APIEmbedField | undefined {
  return value ? { name, value: escapeWithin(value, LIMITS.fieldValue) } : undefined;
}
