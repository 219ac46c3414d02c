// What admins see in Teams about the knowledge: who counts as an admin, and a reload report as a
// card (the headline, then each `file:line:col: message` line in monospace) for the reload reply
// or a post in TEAMS_ADMIN_CHANNEL_ID.
import type { IAdaptiveCard } from '@microsoft/teams.cards';
import { truncate } from '../../core/answer/present.js';
import { reportText, type ReloadReport } from '../../core/reload/describe.js';
import { visibleControls } from '../shared/inert.js';
import { paragraph, run } from './card-parts.js';
import type { TeamsConfig } from './config.js';
import type { Place } from './place.js';
import { card } from './render.js';

/** Problem lines shown before a count; the core already caps them, this keeps the card small. */
const MAX_PROBLEMS = 25;
const MAX_LINE = 300;

/** True when the asker's Entra object id (or Teams id) is listed in TEAMS_ADMIN_IDS. */
export function isTeamsAdmin(config: Pick<TeamsConfig, 'adminIds'>, place: Place): boolean {
  const asker = place.userId.toLowerCase();
  return config.adminIds.some((id) => id.toLowerCase() === asker);
}

/**
 * The report as a card. Paths, ids and field names come from files anyone may have edited:
 * control and bidi characters are shown as visible symbols, and every text is an inert TextRun
 * (no Markdown, no mention, no live link).
 */
export function renderAdminReport(raw: ReloadReport): IAdaptiveCard {
  const headline = visibleControls(raw.headline);
  const problems = raw.problems.map(visibleControls);
  const shown = problems.slice(0, MAX_PROBLEMS);
  const more = problems.length - shown.length;
  return card(
    [
      paragraph([run(truncate(headline, MAX_LINE), { weight: 'Bolder' })]),
      ...shown.map((line) =>
        paragraph([run(truncate(line, MAX_LINE), { fontType: 'Monospace' })], { spacing: 'None' }),
      ),
      ...(more > 0 ? [paragraph([run(`… and ${more} more`, { isSubtle: true })])] : []),
    ],
    reportText({ headline, problems: shown }),
  );
}
