// The Teams platform as the composition root sees it: a name, its configuration from the
// environment (TEAMS_*), and start(). Importing this is cheap: the Teams SDK (about half a
// second to load) is imported only when start() runs, i.e. only when Teams is configured.
import type { TeamsAdapter, TeamsDeps } from './start.js';
import { configureTeams } from './config.js';

export type { TeamsConfig } from './config.js';
export type { TeamsAdapter, TeamsDeps } from './start.js';

export const teamsPlatform = {
  name: 'Teams',
  /** The Teams settings, or undefined when Teams is not configured; throws ConfigError naming each bad variable. */
  configure: configureTeams,
  /** Listen for activities until the returned adapter's stop() is called. */
  async start(deps: TeamsDeps): Promise<TeamsAdapter> {
    const { startTeams } = await import('./start.js');
    return startTeams(deps);
  },
};
