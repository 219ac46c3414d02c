// TEAMS_* variables: Teams is off until a credential is set; then each missing or malformed
// variable gets its own message, and a secret is never shown.
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/config.js';
import { configureTeams } from '../../../src/adapters/teams/config.js';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const TENANT = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const SECRET = 'Xy8Q~abcdefghijklmnopqrstuvwxyz0123456789';

function problems(env: NodeJS.ProcessEnv): string[] {
  try {
    configureTeams(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

describe('configureTeams', () => {
  it('GIVEN no TEAMS_* credential THEN Teams is not configured', () => {
    expect(configureTeams({ TEAMS_PORT: '4000', TEAMS_AUDIENCE: 'internal' })).toBeUndefined();
  });

  it('GIVEN all three credentials THEN defaults fill the rest', () => {
    expect(configureTeams({ TEAMS_APP_ID: APP_ID, TEAMS_APP_PASSWORD: SECRET, TEAMS_TENANT_ID: TENANT })).toEqual({
      appId: APP_ID,
      appPassword: SECRET,
      tenantId: TENANT,
      port: 3978,
      audience: 'public',
      internalIds: [],
      adminIds: [],
    });
  });

  it('GIVEN port, host, audience, internal and admin ids THEN they are used', () => {
    const config = configureTeams({
      TEAMS_APP_ID: APP_ID,
      TEAMS_APP_PASSWORD: SECRET,
      TEAMS_TENANT_ID: TENANT,
      TEAMS_PORT: '8080',
      TEAMS_HOST: '127.0.0.1',
      TEAMS_AUDIENCE: 'internal',
      TEAMS_INTERNAL_IDS: ' 19:a@thread.tacv2 , ,19:b@thread.tacv2',
      TEAMS_ADMIN_IDS: '7d6f1c2e-0000-4000-8000-000000000001, 29:1admin',
      TEAMS_ADMIN_CHANNEL_ID: '19:admins0000@thread.tacv2',
    });
    expect(config?.adminChannelId).toBe('19:admins0000@thread.tacv2');
    expect(config?.adminIds).toEqual(['7d6f1c2e-0000-4000-8000-000000000001', '29:1admin']);
    expect(config).toMatchObject({ port: 8080, host: '127.0.0.1', audience: 'internal' });
    expect(config?.internalIds).toEqual(['19:a@thread.tacv2', '19:b@thread.tacv2']);
  });

  it('GIVEN only the app id THEN one message for each missing credential, saying where to find it', () => {
    expect(problems({ TEAMS_APP_ID: APP_ID })).toEqual([
      'TEAMS_APP_PASSWORD: missing; create a client secret under the app registration’s "Certificates & secrets"',
      'TEAMS_TENANT_ID: missing; Teams needs the Directory (tenant) ID from the app registration’s Overview',
    ]);
  });

  it('GIVEN malformed values THEN each is named with what it must be; ordinary values are shown, secrets are not', () => {
    const found = problems({
      TEAMS_APP_ID: 'my-bot',
      TEAMS_APP_PASSWORD: SECRET,
      TEAMS_TENANT_ID: TENANT,
      TEAMS_PORT: 'eighty',
      TEAMS_AUDIENCE: 'everyone',
      TEAMS_ADMIN_CHANNEL_ID: 'General',
    });
    expect(found).toHaveLength(4);
    expect(found[0]).toBe(
      'TEAMS_APP_ID: must be the Microsoft App ID (a GUID) of the Azure Bot resource (got "my-bot")',
    );
    expect(found[1]).toMatch(/^TEAMS_PORT: .* \(got "eighty"\)$/);
    expect(found[2]).toMatch(/^TEAMS_AUDIENCE: .* \(got "everyone"\)$/);
    expect(found[3]).toBe(
      'TEAMS_ADMIN_CHANNEL_ID: must be a Teams channel or chat id (19:…@thread.tacv2), from the channel’s "Get link to channel" (got "General")',
    );
  });

  it('GIVEN the secret’s ID (a GUID) instead of its value THEN the mistake is named and the value never shown', () => {
    const secretId = '99999999-8888-7777-6666-555555555555';
    const [message, ...rest] = problems({
      TEAMS_APP_ID: APP_ID,
      TEAMS_APP_PASSWORD: secretId,
      TEAMS_TENANT_ID: TENANT,
    });
    expect(rest).toEqual([]);
    expect(message).toBe(
      'TEAMS_APP_PASSWORD: looks like the secret’s ID (a GUID); copy the secret’s Value instead (got a secret of 36 characters)',
    );
  });
});
