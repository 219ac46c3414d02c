// The Discord platform's own variables: DISCORD_SHARDS is a whole number of shards or `auto`,
// and a bad value is refused with one message naming it.
import { describe, expect, it } from 'vitest';
import { readDiscordConfig } from '../../../src/adapters/discord/platform.js';
import { ConfigError } from '../../../src/config.js';
import { APP_ID } from './fake-discord.js';

const BASE = { DISCORD_TOKEN: 'fake-token', DISCORD_APP_ID: APP_ID };

function problems(env: NodeJS.ProcessEnv): string[] {
  try {
    readDiscordConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.message.split('\n');
    throw e;
  }
  throw new Error('expected a ConfigError');
}

describe('DISCORD_SHARDS', () => {
  it('GIVEN it unset THEN Discord runs as one client (no shards setting)', () => {
    expect(readDiscordConfig(BASE)?.shards).toBeUndefined();
  });

  it.each([
    ['3', 3],
    ['1', 1],
    ['auto', 'auto'],
  ])('GIVEN %s THEN the shards setting is %s', (value, shards) => {
    expect(readDiscordConfig({ ...BASE, DISCORD_SHARDS: value })?.shards).toBe(shards);
  });

  it.each(['0', '-2', '2.5', 'two', 'AUTO'])('GIVEN %s THEN one message names the variable and the value', (value) => {
    expect(problems({ ...BASE, DISCORD_SHARDS: value })).toEqual([
      'Configuration problems:',
      `  - DISCORD_SHARDS: must be a whole number of shards (1 or more), or auto for the count Discord recommends (got "${value}")`,
    ]);
  });
});
