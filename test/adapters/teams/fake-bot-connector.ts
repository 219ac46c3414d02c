// A local stand-in for Microsoft's side of a Teams bot, on one loopback server: the Bot Framework
// OpenID metadata and signing keys (so the SDK validates inbound tokens against a key made here),
// and the Bot Connector API that replies are posted to (recorded for assertions).
import { generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export const APP_ID = '11111111-2222-3333-4444-555555555555';
export const TENANT_ID = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
/** The issuer of Bot Framework channel tokens, as the SDK expects it. */
export const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';

export interface PostedActivity {
  /** The conversation id from the URL, decoded: the thread or chat the reply went to. */
  conversationId: string;
  authorization: string | undefined;
  body: any;
}

export interface FakeBotConnector {
  url: string;
  /** The OpenID metadata URL to configure the SDK's cloud with. */
  openIdMetadataUrl: string;
  posted: PostedActivity[];
  /** Resolves with the next activity posted from now on. */
  nextPost(): Promise<PostedActivity>;
  /** Hold every reply POST unanswered until `release()`; `arrived` resolves when the first one is waiting. */
  hold(): { arrived: Promise<void>; release(): void };
  /** The token the bot must send with replies (accepted by this fake, and only this one). */
  botToken: string;
  /** A Bot Framework token for an inbound request, signed with this fake's key unless `key` is given. */
  channelToken(claims?: Record<string, unknown>, key?: { privateKey: KeyObject; kid: string }): string;
  close(): Promise<void>;
}

const b64url = (value: Buffer | string) => Buffer.from(value).toString('base64url');

/** An RS256 JWT, as Microsoft's token service issues them. */
export function signJwt(claims: Record<string, unknown>, privateKey: KeyObject, kid: string): string {
  const head = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }));
  const body = b64url(JSON.stringify(claims));
  return `${head}.${body}.${b64url(sign('sha256', Buffer.from(`${head}.${body}`), privateKey))}`;
}

/** A fresh RSA signing key with a key id. */
export function makeSigningKey(): { privateKey: KeyObject; publicKey: KeyObject; kid: string } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { privateKey, publicKey, kid: randomUUID() };
}

export async function startFakeBotConnector(): Promise<FakeBotConnector> {
  const key = makeSigningKey();
  const posted: PostedActivity[] = [];
  let url = '';
  let counter = 0;
  let botToken = '';
  let held: Promise<void> | undefined;
  let onHeld: (() => void) | undefined;
  let waiters: ((post: PostedActivity) => void)[] = [];

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      const json = (status: number, body: unknown) =>
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      if (req.method === 'GET' && path === '/v1/.well-known/openidconfiguration') {
        return json(200, { issuer: BOT_FRAMEWORK_ISSUER, jwks_uri: `${url}/v1/.well-known/keys` });
      }
      if (req.method === 'GET' && path === '/v1/.well-known/keys') {
        const jwk = key.publicKey.export({ format: 'jwk' });
        return json(200, { keys: [{ ...jwk, kid: key.kid, use: 'sig', alg: 'RS256', endorsements: ['msteams'] }] });
      }
      const activities = /^\/v3\/conversations\/([^/]+)\/activities\/?$/.exec(path);
      if (req.method !== 'POST' || !activities) {
        return json(404, { error: { code: 'NotFound', message: `${req.method} ${path}` } });
      }
      const record = () => {
        if (req.headers.authorization !== `Bearer ${botToken}`) return json(401, { error: { code: 'Unauthorized' } });
        const post = {
          conversationId: decodeURIComponent(activities[1]!),
          authorization: req.headers.authorization,
          body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
        };
        posted.push(post);
        const waiting = waiters;
        waiters = [];
        for (const resolve of waiting) resolve(post);
        json(201, { id: `reply-${++counter}` });
      };
      if (held) {
        onHeld?.();
        void held.then(record);
      } else record();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const channelToken = (claims: Record<string, unknown> = {}, signer = key) => {
    const now = Math.floor(Date.now() / 1000);
    return signJwt(
      {
        iss: BOT_FRAMEWORK_ISSUER,
        aud: APP_ID,
        serviceurl: url,
        nbf: now - 60,
        iat: now - 60,
        exp: now + 3600,
        ...claims,
      },
      signer.privateKey,
      signer.kid,
    );
  };
  botToken = signJwt(
    {
      iss: 'https://login.microsoftonline.com/test/v2.0',
      aud: 'https://api.botframework.com',
      appid: APP_ID,
      exp: Math.floor(Date.now() / 1000) + 3600,
    },
    key.privateKey,
    key.kid,
  );

  return {
    url,
    openIdMetadataUrl: `${url}/v1/.well-known/openidconfiguration`,
    posted,
    nextPost: () => new Promise((resolve) => waiters.push(resolve)),
    hold() {
      let release!: () => void;
      held = new Promise((resolve) => (release = resolve));
      const arrived = new Promise<void>((resolve) => (onHeld = resolve));
      return {
        arrived,
        release: () => {
          held = undefined;
          release();
        },
      };
    },
    botToken,
    channelToken,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
