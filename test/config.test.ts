// Configuration errors say what is wrong with each variable without ever printing a secret.
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../src/adapters/platforms.js';
import { ConfigError, loadConfig } from '../src/config.js';

function problems(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env, PLATFORMS);
  } catch (e) {
    if (e instanceof ConfigError) return e.message.split('\n');
    throw e;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  const appToken = 'xapp-1-A0123456789-1234567890123-abcdefabcdefabcdefabcdefabcdef';

  it('GIVEN an app-level token in SLACK_BOT_TOKEN THEN the message names the mistake, its prefix and length, never the token', () => {
    const message = problems({ SLACK_BOT_TOKEN: appToken, SLACK_SIGNING_SECRET: 'x'.repeat(32) }).join('\n');
    expect(message).toContain('SLACK_BOT_TOKEN: must be a bot token starting with "xoxb-"');
    expect(message).toContain(`(got a secret of ${appToken.length} characters starting "xapp-…")`);
    expect(message).not.toContain(appToken.slice(5));
  });

  it('GIVEN a bad ordinary variable THEN its value is shown so the admin can see the typo', () => {
    expect(problems({ LOG_LEVEL: 'verbose' }).join('\n')).toContain('(got "verbose")');
  });

  it('GIVEN MEANING_MODEL=off THEN the bot keeps the search order; empty means on; anything else is named', () => {
    expect(loadConfig({ MEANING_MODEL: 'off' }, PLATFORMS).meaningModel).toBe(false);
    expect(loadConfig({ MEANING_MODEL: '' }, PLATFORMS).meaningModel).toBe(true);
    expect(problems({ MEANING_MODEL: 'maybe' }).join('\n')).toMatch(/MEANING_MODEL: .*"on".*"off".*\(got "maybe"\)/);
  });
});
