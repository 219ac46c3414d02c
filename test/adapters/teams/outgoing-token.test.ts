// The token on the bot's replies. The SDK gets a Bot Framework token for the bot (in production
// from Entra ID with TEAMS_APP_PASSWORD; here from the token factory the SDK also accepts) and
// sends it to the Bot Connector. The fake connector refuses any other token with 401.
//
// Why not the client-secret path against a fake token endpoint: @microsoft/teams.apps 2.0.x hands
// MSAL only the client id, the secret and `${cloud.loginEndpoint}/${tenant}` as the authority.
// MSAL rejects an authority that is not https (authority_uri_insecure) and, for a host it does
// not know, first asks https://login.microsoftonline.com/common/discovery/instance over the
// network (untrusted_authority when it cannot); the SDK passes no knownAuthorities, no
// instanceDiscovery option and no network client that would let a loopback endpoint stand in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC } from '@microsoft/teams.api';
import { personalMessage } from './activities.js';
import { TENANT_ID } from './fake-bot-connector.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('GIVEN a question answered in Teams', () => {
  it('THEN the SDK asks for a Bot Framework token in the bot’s tenant, and the reply carries exactly that token', async () => {
    const sent = await h.send(personalMessage('Who removes the barbs?', { serviceUrl: h.fake.url }));
    expect(h.tokenRequests.at(-1)).toEqual({ scope: PUBLIC.botScope, tenantId: TENANT_ID });
    expect(PUBLIC.botScope).toBe('https://api.botframework.com/.default');
    expect(sent.posts.map((p) => p.authorization)).toEqual([`Bearer ${h.fake.botToken}`]);
  });
});
