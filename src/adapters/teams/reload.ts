// "reload" sent to the bot (in a personal chat, or @mentioning it): admins (TEAMS_ADMIN_IDS)
// reload the knowledge now and see what changed or what is wrong; anyone else is politely
// refused and nothing is reloaded (shared/reload.ts). The reply goes where it was asked.
import { adminReload } from '../shared/reload.js';
import { isTeamsAdmin, renderAdminReport } from './admin.js';
import type { TeamsRuntime } from './deps.js';
import type { Place } from './place.js';
import { postCard, type Poster } from './post.js';

/** The command word, as listed in the manifest's commandLists. */
export const RELOAD_COMMAND = 'reload';

/** True when the question is the reload command (any case, nothing else). */
export function isReloadCommand(question: string): boolean {
  return question.trim().toLowerCase() === RELOAD_COMMAND;
}

/** Run the reload command for the asker at `place` and post the report there. */
export async function runReload(rt: TeamsRuntime, poster: Poster, place: Place): Promise<void> {
  const report = await adminReload(rt, {
    isAdmin: isTeamsAdmin(rt.config, place),
    refusedBecause: 'the user is not in TEAMS_ADMIN_IDS',
  });
  const card = renderAdminReport(report);
  await postCard(poster, place, card, card.fallbackText ?? report.headline);
}
