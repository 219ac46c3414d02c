// What follows every knowledge reload: a log line (info when it worked; error with every
// problem when it failed) and, when the core's adminNotice says so, a post to the admin channels.
import { formatProblem } from './core/knowledge/problems.js';
import { adminNotice } from './core/reload/admin.js';
import { describeReload } from './core/reload/describe.js';
import type { ReloadCause, ReloadResult } from './core/reload/reloader.js';
import type { AdminChannels } from './admin-channels.js';
import type { Logger } from './logger.js';

/** The reloader's `onResult`: log the outcome and tell the admins. Never throws. */
export function reportReloads(
  logger: Logger,
  channels: AdminChannels,
): (result: ReloadResult, cause: ReloadCause) => void {
  return (result, cause) => {
    if (result.ok) logger.info({ cause, warnings: result.warnings.length }, describeReload(result));
    else
      logger.error(
        { cause, problems: result.problems.map(formatProblem) },
        'knowledge reload failed; still serving the previous knowledge',
      );
    const notice = adminNotice(result, cause);
    if (notice) void channels.post(notice);
  };
}
