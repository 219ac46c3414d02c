// The /taser slash command: acknowledged at once, answered ephemerally through response_url.
// `/taser`, `/taser help` and other subcommands are looked up in the subcommand map first.
import type { App } from '@slack/bolt';
import { TEXTS } from '../shared/texts.js';
import { askAndReply, sendNotice } from './turn.js';
import { slashConversation } from './conversation.js';
import { questionFromSlackText } from './escape.js';
import { renderForces, renderHelp, SLASH_COMMAND } from './help.js';
import type { SlackMessage } from './render.js';
import type { SlackRuntime, SlashSubcommand } from './runtime.js';

/** Subcommands every deployment has besides `reload`; extras are added through createSlackApp. */
export const BUILTIN_SUBCOMMANDS: Readonly<Record<string, SlashSubcommand>> = {
  help: {
    takesArguments: false,
    run: async ({ respond, rt }) => respond(renderHelp(rt.assistant.overview(rt.audience))),
  },
  forces: {
    takesArguments: false,
    run: async ({ respond, rt }) => respond(renderForces(rt.assistant.overview(rt.audience))),
  },
};

/** Register the slash command listener. */
export function registerCommand(app: App, rt: SlackRuntime): void {
  app.command(SLASH_COMMAND, async ({ command, ack, respond }) => {
    // Slack needs the acknowledgement within 3 seconds; the answer follows via response_url.
    await ack();
    const reply = async (message: SlackMessage) => {
      await respond({ response_type: 'ephemeral', ...message });
    };
    const text = questionFromSlackText(command.text ?? '');
    const [first = '', ...rest] = text.split(' ');
    const args = rest.join(' ');
    const subcommand = text === '' ? rt.subcommands.help : lookup(rt.subcommands, first);
    if (subcommand && (args === '' || subcommand.takesArguments)) {
      try {
        await subcommand.run({
          args,
          user: command.user_id,
          channel: command.channel_id,
          isAdmin: rt.adminUserIds.includes(command.user_id),
          respond: reply,
          rt,
        });
      } catch (err) {
        rt.logger.error({ err, subcommand: first }, 'Slack: /taser subcommand failed');
        await sendNotice(rt, reply, TEXTS.failure);
      }
      return;
    }
    await askAndReply(
      rt,
      {
        question: text,
        user: command.user_id,
        conversation: slashConversation(command.channel_id, command.user_id),
        shareable: true,
      },
      reply,
    );
  });
}

function lookup(map: Readonly<Record<string, SlashSubcommand>>, word: string): SlashSubcommand | undefined {
  const key = word.toLowerCase();
  return Object.hasOwn(map, key) ? map[key] : undefined;
}
