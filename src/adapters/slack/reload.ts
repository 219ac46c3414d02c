// `/taser reload`: admins (SLACK_ADMIN_USER_IDS) reload the knowledge now and see what changed
// or what is wrong; anyone else gets a polite refusal and nothing is reloaded (shared/reload.ts).
import { adminReload } from '../shared/reload.js';
import { renderAdminReport } from './admin.js';
import type { SlashSubcommand } from './runtime.js';

/** The `reload` entry of the subcommand map. */
export const reloadSubcommand: SlashSubcommand = {
  takesArguments: false,
  run: async ({ isAdmin, respond, rt }) => {
    const report = await adminReload(rt, { isAdmin, refusedBecause: 'the user is not in SLACK_ADMIN_USER_IDS' });
    await respond(renderAdminReport(report));
  },
};
