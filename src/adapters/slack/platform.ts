// Slack as a platform: its variables, its settings, and a start that loads Bolt only when
// Slack is configured (importing Bolt costs the terminal chat half a second).
import { z } from 'zod';
import { ConfigError, audience, idList, optionalText, type Config } from '../../config.js';
import type { Platform } from '../platform.js';

const variables = z.object({
  SLACK_BOT_TOKEN: optionalText.refine(
    (v) => v === undefined || v.startsWith('xoxb-'),
    'must be a bot token starting with "xoxb-"',
  ),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText.refine(
    (v) => v === undefined || v.startsWith('xapp-'),
    'must be an app-level token starting with "xapp-"',
  ),
  SLACK_API_URL: optionalText.pipe(z.url().optional()),
  SLACK_AUDIENCE: audience.default('internal'),
  SLACK_ADMIN_CHANNEL: optionalText,
  SLACK_ADMIN_USER_IDS: idList,
});

export interface SlackConfig {
  botToken: string;
  signingSecret?: string;
  appToken?: string;
  apiUrl?: string;
  /** PORT and HOST (shared): where HTTP mode listens. */
  port: number;
  host?: string;
  audience: 'public' | 'internal';
  adminChannel?: string;
  adminUserIds: string[];
}

/** Slack settings from its variables; undefined when no Slack token or secret is set. */
export function slackSettings(
  e: z.infer<typeof variables>,
  shared: Pick<Config, 'port' | 'host'>,
): SlackConfig | undefined {
  if ([e.SLACK_BOT_TOKEN, e.SLACK_SIGNING_SECRET, e.SLACK_APP_TOKEN].every((v) => v === undefined)) return undefined;
  const problems: string[] = [];
  if (!e.SLACK_BOT_TOKEN)
    problems.push('SLACK_BOT_TOKEN: missing; Slack needs the bot token (xoxb-…) from "OAuth & Permissions"');
  if (!e.SLACK_APP_TOKEN && !e.SLACK_SIGNING_SECRET)
    problems.push('SLACK_SIGNING_SECRET: missing; HTTP mode needs it (or set SLACK_APP_TOKEN for Socket Mode)');
  if (problems.length > 0 || !e.SLACK_BOT_TOKEN) throw new ConfigError(problems);
  return {
    botToken: e.SLACK_BOT_TOKEN,
    signingSecret: e.SLACK_SIGNING_SECRET,
    appToken: e.SLACK_APP_TOKEN,
    apiUrl: e.SLACK_API_URL,
    port: shared.port,
    host: shared.host,
    audience: e.SLACK_AUDIENCE,
    adminChannel: e.SLACK_ADMIN_CHANNEL,
    adminUserIds: e.SLACK_ADMIN_USER_IDS,
  };
}

export const slack: Platform<z.infer<typeof variables>, SlackConfig> = {
  name: 'Slack',
  id: 'slack',
  variables,
  settings: slackSettings,
  async start(deps) {
    const { startSlack } = await import('./start.js');
    return startSlack(deps);
  },
};
