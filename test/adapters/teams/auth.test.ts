// Inbound token validation, by the real SDK against the fake's OpenID metadata and signing key:
// only a Bot Framework token signed by that key, for this bot, naming the activity's service
// URL and still valid, gets an answer. Every other request is refused before any handler runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personalMessage } from './activities.js';
import { makeSigningKey, signJwt } from './fake-bot-connector.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const question = () => personalMessage('Who removes the barbs?', { serviceUrl: h.fake.url });
const b64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('inbound requests', () => {
  it('GIVEN a valid token THEN the question is answered', async () => {
    const sent = await h.send(question());
    expect(sent.status).toBe(200);
    expect(sent.posts).toHaveLength(1);
  });

  const refused: [string, () => string | null][] = [
    ['no Authorization header', () => null],
    ['a token signed with another key (forged)', () => `Bearer ${h.fake.channelToken({}, makeSigningKey())}`],
    [
      'an unsigned token (alg none)',
      () => {
        const now = Math.floor(Date.now() / 1000);
        const claims = {
          iss: 'https://api.botframework.com',
          aud: h.config.appId,
          serviceurl: h.fake.url,
          exp: now + 600,
        };
        return `Bearer ${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(claims)}.`;
      },
    ],
    ['a token for another bot', () => `Bearer ${h.fake.channelToken({ aud: '99999999-0000-0000-0000-000000000000' })}`],
    ['a token from another issuer', () => `Bearer ${h.fake.channelToken({ iss: 'https://attacker.example' })}`],
    [
      'a token naming another service URL (replies would be sent elsewhere)',
      () => `Bearer ${h.fake.channelToken({ serviceurl: 'https://attacker.example/teams' })}`,
    ],
    [
      'an expired token',
      () => {
        const past = Math.floor(Date.now() / 1000) - 7200;
        return `Bearer ${h.fake.channelToken({ iat: past, nbf: past, exp: past + 600 })}`;
      },
    ],
    ['a token that is not a JWT', () => 'Bearer not-a-token'],
  ];

  for (const [what, authorization] of refused) {
    it(`GIVEN ${what} THEN 401 and no reply`, async () => {
      const sent = await h.send(question(), { authorization: authorization() });
      expect(sent.status).toBe(401);
      expect(sent.posts).toEqual([]);
    });
  }

  it('GIVEN a token signed for this bot but a different key id THEN 401', async () => {
    const other = makeSigningKey();
    const now = Math.floor(Date.now() / 1000);
    const token = signJwt(
      { iss: 'https://api.botframework.com', aud: h.config.appId, serviceurl: h.fake.url, exp: now + 600 },
      other.privateKey,
      other.kid,
    );
    const sent = await h.send(question(), { authorization: `Bearer ${token}` });
    expect(sent.status).toBe(401);
  });
});
