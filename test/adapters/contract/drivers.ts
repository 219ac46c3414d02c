// Every platform the contract suite runs on. A new platform: write <name>-driver.ts exposing
// the Driver interface (driver.ts) over its loopback fake, and add one line here.
import { cliDriver } from './cli-driver.js';
import { discordDriver } from './discord-driver.js';
import type { Driver, DriverOptions } from './driver.js';
import { slackDriver } from './slack-driver.js';
import { teamsDriver } from './teams-driver.js';

export const DRIVERS: { name: string; start: (options: DriverOptions) => Promise<Driver> }[] = [
  { name: 'terminal', start: cliDriver },
  { name: 'Slack', start: slackDriver },
  { name: 'Discord', start: discordDriver },
  { name: 'Teams', start: teamsDriver },
];
