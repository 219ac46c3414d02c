// Discord's documented message, embed and component limits, and the length Discord counts
// against the 6000-character embed total, so the renderer can stay inside them.
import type { APIEmbed } from 'discord.js';

export const LIMITS = {
  content: 2000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embedTotal: 6000,
  buttonsPerRow: 5,
  rows: 5,
  buttonLabel: 80,
  choices: 25,
  choiceText: 100,
} as const;

/** Characters Discord counts towards the 6000 total: title, description, fields, footer, author. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
  );
}
