// The platform-neutral half of admin reloading: the `/taser reload` command's reply (or its
// polite refusal), and which automatic reloads are worth a message in the admin channel.
import { reloadReport, type ReloadReport, type ReloadResult } from './describe.js';
import { isUnchanged } from './diff.js';
import type { KnowledgeReloader, ReloadCause } from './reloader.js';

export const RELOAD_REFUSAL =
  'Sorry, only knowledge admins can reload the knowledge. Changes to the knowledge files are picked up automatically; if one seems missing, ask an admin.';

/** Run the admin reload command: admins get what changed (or the errors); anyone else a refusal, and nothing is reloaded. */
export async function reloadCommand(
  reloader: Pick<KnowledgeReloader, 'reload'>,
  asker: { isAdmin: boolean },
): Promise<{ reloaded: boolean; report: ReloadReport }> {
  if (!asker.isAdmin) return { reloaded: false, report: { headline: RELOAD_REFUSAL, problems: [] } };
  const result = await reloader.reload('request');
  return { reloaded: result.ok, report: reloadReport(result) };
}

/**
 * The report for the admin channel after a reload, or undefined when there is nothing to say:
 * every failure (other admins should know stale knowledge is being served), and automatic
 * reloads that changed something. A successful requested reload is already answered in the
 * reply to whoever asked.
 */
export function adminNotice(result: ReloadResult, cause: ReloadCause): ReloadReport | undefined {
  if (!result.ok) return reloadReport(result);
  if (cause === 'change' && !isUnchanged(result.changes)) return reloadReport(result);
  return undefined;
}
