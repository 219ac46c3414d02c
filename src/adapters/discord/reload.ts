// `/taser reload`: admins reload the knowledge now and see what changed or what is wrong, in a
// reply only they see; anyone else is politely refused and nothing is reloaded.
import { MessageFlags } from 'discord.js';
import { RELOAD_REFUSAL, reloadCommand } from '../../core/reload/admin.js';
import { isDiscordAdmin, renderAdminReport } from './admin.js';
import { replyPolitely } from './edge.js';
import type { SubcommandHandler } from './slash.js';
import { TEXTS } from './texts.js';

export const reload: SubcommandHandler = async (interaction, deps) => {
  const isAdmin = isDiscordAdmin(interaction, deps.config.adminRoleIds);
  if (!deps.reloader) return replyPolitely(interaction, isAdmin ? TEXTS.reloadUnavailable : RELOAD_REFUSAL);
  // A reload can take longer than the 3 seconds Discord allows before the first response.
  if (isAdmin) await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const { reloaded, report } = await reloadCommand(deps.reloader, { isAdmin });
  // Who asked is not logged (user ids stay out of logs); that a refusal happened is.
  if (isAdmin) deps.logger.info({ reloaded }, 'Discord: /taser reload run by an admin');
  else deps.logger.info('Discord: /taser reload refused: no Manage Server permission or admin role');
  await replyPolitely(interaction, renderAdminReport(report));
};
