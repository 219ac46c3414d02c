// `/taser reload`: admins (SLACK_ADMIN_USER_IDS) reload the knowledge now and see what changed
// or what is wrong; anyone else gets a polite refusal and nothing is reloaded.
import { reloadCommand } from '../../core/reload/admin.js';
import type { KnowledgeReloader } from '../../core/reload/reloader.js';
import { renderAdminReport } from './admin.js';
import type { SlashSubcommand } from './runtime.js';

/** What the subcommand needs of the reloader. */
export type Reloader = Pick<KnowledgeReloader, 'reload'>;

/** The `reload` entry for the subcommand map. */
export function reloadSubcommand(reloader: Reloader): SlashSubcommand {
  return {
    takesArguments: false,
    run: async ({ isAdmin, respond, rt }) => {
      const { reloaded, report } = await reloadCommand(reloader, { isAdmin });
      // Who asked is not logged (user ids stay out of logs); that a refusal happened is.
      if (!isAdmin) rt.logger.info('Slack: /taser reload refused: the user is not in SLACK_ADMIN_USER_IDS');
      else rt.logger.info({ reloaded }, 'Slack: /taser reload run by an admin');
      await respond(renderAdminReport(report));
    },
  };
}
