// `/taser reload`: admins reload the knowledge now and see what changed or what is wrong, in a
// reply only they see; anyone else is politely refused and nothing is reloaded (shared/reload.ts).
import { MessageFlags } from 'discord.js';
import { adminReload } from '../shared/reload.js';
import { isDiscordAdmin, renderAdminReport } from './admin.js';
import type { SubcommandHandler } from './command.js';
import { replyPolitely } from './edge.js';

export const reload: SubcommandHandler = async (interaction, rt) => {
  const isAdmin = isDiscordAdmin(interaction, rt.config.adminRoleIds);
  // A reload can take longer than the 3 seconds Discord allows before the first response.
  if (isAdmin && rt.reloader) await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const report = await adminReload(rt, { isAdmin, refusedBecause: 'no Manage Server permission or admin role' });
  await replyPolitely(interaction, renderAdminReport(report));
};
