// Teams as a platform: its variables, its settings, and a start that loads the Teams SDK only
// when Teams is configured.
import type { z } from 'zod';
import type { Platform } from '../platform.js';
import { teamsSettings, teamsVariables, type TeamsConfig } from './config.js';

export const teams: Platform<z.infer<typeof teamsVariables>, TeamsConfig> = {
  name: 'Teams',
  id: 'teams',
  variables: teamsVariables,
  settings: teamsSettings,
  async start(deps) {
    const { startTeams } = await import('./start.js');
    return startTeams(deps);
  },
};
