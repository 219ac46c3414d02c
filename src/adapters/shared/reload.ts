// The admin reload command, the same on every platform: admins reload the knowledge now and
// get the report; anyone else gets a polite refusal and nothing is reloaded.
import { RELOAD_REFUSAL, reloadCommand } from '../../core/reload/admin.js';
import type { ReloadReport } from '../../core/reload/describe.js';
import type { Logger } from '../../logger.js';
import type { Reloader } from '../platform.js';
import { TEXTS } from './texts.js';

export interface ReloadRuntime {
  /** Absent when this deployment cannot reload (admins are told so). */
  reloader?: Reloader;
  logger: Logger;
  platformName: string;
}

/**
 * Reload for an admin, or refuse. `refusedBecause` names the platform's admin rule for the log
 * line ("the user is not in SLACK_ADMIN_USER_IDS"); who asked is never logged.
 */
export async function adminReload(
  rt: ReloadRuntime,
  asker: { isAdmin: boolean; refusedBecause: string },
): Promise<ReloadReport> {
  if (!rt.reloader) return { headline: asker.isAdmin ? TEXTS.reloadUnavailable : RELOAD_REFUSAL, problems: [] };
  const { reloaded, report } = await reloadCommand(rt.reloader, asker);
  if (asker.isAdmin) rt.logger.info({ reloaded }, `${rt.platformName}: /taser reload run by an admin`);
  else rt.logger.info(`${rt.platformName}: /taser reload refused: ${asker.refusedBecause}`);
  return report;
}
