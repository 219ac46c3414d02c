// Autocomplete for `/taser` options: whole questions from the knowledge while typing a
// question, and matching forces or measures when there are too many for fixed choices.
import type { ApplicationCommandOptionChoiceData, AutocompleteInteraction } from 'discord.js';
import { truncate } from '../../core/answer/present.js';
import { OPTIONS } from './command-definition.js';
import { audienceFor } from './conversation.js';
import { LIMITS } from './limits.js';
import { placeOfInteraction } from './place.js';
import type { DiscordRuntime } from './runtime.js';

type Choice = ApplicationCommandOptionChoiceData<string>;

export async function handleAutocomplete(interaction: AutocompleteInteraction, rt: DiscordRuntime): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const typed = String(focused.value);
  const audience = audienceFor(rt.config, placeOfInteraction(interaction));
  let choices: Choice[] = [];
  if (focused.name === OPTIONS.question) {
    choices = rt.assistant.complete(typed, audience, LIMITS.choices).map((q) => ({ name: q, value: q }));
  } else if (focused.name === OPTIONS.force) {
    choices = matching(
      rt.assistant.overview(audience).forces.map((f) => ({ name: f.name, value: f.id })),
      typed,
    );
  } else if (focused.name === OPTIONS.metric) {
    choices = matching(
      rt.assistant.overview(audience).metrics.map((m) => ({ name: m.label, value: m.id })),
      typed,
    );
  }
  await interaction.respond(withinLimits(choices));
}

function matching(choices: Choice[], typed: string): Choice[] {
  const needle = typed.trim().toLowerCase();
  return choices.filter((c) => c.name.toLowerCase().includes(needle) || c.value.toLowerCase().includes(needle));
}

/** At most 25 distinct, non-empty choices with name and value of at most 100 characters. */
export function withinLimits(choices: Choice[]): Choice[] {
  const seen = new Set<string>();
  const out: Choice[] = [];
  for (const c of choices) {
    const name = truncate(c.name.trim(), LIMITS.choiceText);
    const value = truncate(c.value.trim(), LIMITS.choiceText);
    if (!name || !value || seen.has(value)) continue;
    seen.add(value);
    out.push({ name, value });
    if (out.length === LIMITS.choices) break;
  }
  return out;
}
