// A small fake of Discord's REST API and gateway on one loopback node:http server, so a real
// discord.js Client can log in, receive dispatched events and have its REST calls recorded.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export const BOT_ID = '1000000000000000001';
export const APP_ID = '1000000000000000002';
export const GUILD_ID = '1000000000000000003';
export const CHANNEL_ID = '1000000000000000004';
export const INTERNAL_CHANNEL_ID = '1000000000000000005';
export const USER_ID = '1000000000000000006';
export const DM_CHANNEL_ID = '1000000000000000007';
export const ADMIN_ROLE_ID = '1000000000000000008';
export const ADMIN_CHANNEL_ID = '1000000000000000009';
/** A second server: of two shards, (id >> 22) % 2 puts it on shard 0 and GUILD_ID on shard 1. */
export const OTHER_GUILD_ID = '1000000000004194307';
/** A member's permissions as the fake sends them by default: no Manage Server, no Administrator. */
export const MEMBER_PERMISSIONS = '2248473465835073';
/** The same plus Manage Server (1 << 5). */
export const MANAGER_PERMISSIONS = String(BigInt(MEMBER_PERMISSIONS) | 32n);

/** One REST request the client made. */
export interface RestCall {
  method: string;
  /** Path after /api/v10, decoded, e.g. `/webhooks/{app}/{token}/messages/@original`. */
  path: string;
  auth?: string;
  body: any;
  /** Files sent with a multipart/form-data request (the JSON part is `body`). */
  files?: SentFile[];
  /** Set when the fake answered with an error (see failNext). */
  failedWith?: number;
}

/** One file part of a multipart request, as Discord receives it. */
export interface SentFile {
  /** The form field, e.g. `files[0]`. */
  field: string;
  name: string;
  contentType: string;
  bytes: Buffer;
}

/**
 * A request body as Discord reads it: JSON, or multipart/form-data whose `payload_json` part is
 * the JSON and whose other parts are files (how discord.js sends attachments).
 */
async function parseBody(raw: Buffer, contentType = ''): Promise<{ body: any; files?: SentFile[] }> {
  if (!contentType.startsWith('multipart/form-data')) {
    return { body: raw.length > 0 ? JSON.parse(raw.toString('utf8')) : undefined };
  }
  const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
  const files: SentFile[] = [];
  let body: any;
  for (const [field, value] of form.entries()) {
    if (typeof value === 'string') {
      if (field === 'payload_json') body = JSON.parse(value);
      continue;
    }
    files.push({ field, name: value.name, contentType: value.type, bytes: Buffer.from(await value.arrayBuffer()) });
  }
  return { body, files };
}

export interface FakeDiscord {
  /** Value for discord.js's `rest.api` option. */
  apiUrl: string;
  calls: RestCall[];
  /** The `shard` of each IDENTIFY received, in order ([0, 1] when the client sent none). */
  identifies: [number, number][];
  /** Send a gateway dispatch (`op: 0`): to the shard of its `guild_id` when it has one, else to the latest connection. */
  dispatch(t: string, d: unknown): void;
  /** Resolves with the first call (already made or future) that matches, after `after` calls. */
  waitForCall(match: (call: RestCall) => boolean, after?: number): Promise<RestCall>;
  /** Answer the next REST call that matches with `status` (an error) instead of success. */
  failNext(match: (call: RestCall) => boolean, status?: number): void;
  /** Record matching REST calls at once but hold their answers until `release()`, e.g. to keep a reply in flight. */
  hold(match: (call: RestCall) => boolean): { release(): void };
  close(): Promise<void>;
}

const USER = { id: USER_ID, username: 'officer', discriminator: '0', global_name: 'Officer', avatar: null, bot: false };
const BOT = { id: BOT_ID, username: 'taserbot', discriminator: '0', global_name: null, avatar: null, bot: true };

function channel(id: string, name: string, guildId = GUILD_ID) {
  return {
    id,
    type: 0,
    name,
    guild_id: guildId,
    position: 0,
    permission_overwrites: [],
    nsfw: false,
    parent_id: null,
  };
}

const guild = (id: string) => ({
  id,
  name: 'Test force',
  icon: null,
  owner_id: USER_ID,
  unavailable: false,
  member_count: 2,
  large: false,
  features: [],
  channels: [channel(CHANNEL_ID, 'general', id), channel(INTERNAL_CHANNEL_ID, 'internal', id)],
  threads: [],
  roles: [
    {
      id,
      name: '@everyone',
      permissions: '1024',
      position: 0,
      color: 0,
      hoist: false,
      managed: false,
      mentionable: false,
    },
    {
      id: ADMIN_ROLE_ID,
      name: 'Knowledge admins',
      permissions: '1024',
      position: 1,
      color: 0,
      hoist: false,
      managed: false,
      mentionable: false,
    },
  ],
  members: [],
  emojis: [],
  stickers: [],
  presences: [],
  voice_states: [],
  stage_instances: [],
  guild_scheduled_events: [],
});

/** The shard Discord routes a guild's events to: `(guild_id >> 22) % shards`. */
export function shardOf(guildId: string, shards: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shards));
}

export interface FakeDiscordOptions {
  /** What GET /gateway/bot recommends (default 1). */
  shards?: number;
  /** The bot's servers (default: GUILD_ID); each connection gets READY with those of its shard. */
  guildIds?: string[];
}

/** A message object as Discord returns it, built from what the client sent. */
function messageFrom(body: any, channelId: string, id: string, author: object = BOT) {
  return {
    id,
    channel_id: channelId,
    author,
    content: body?.content ?? '',
    timestamp: new Date(0).toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: body?.embeds ?? [],
    components: body?.components ?? [],
    pinned: false,
    type: 0,
    flags: body?.flags ?? 0,
  };
}

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const guildIds = options.guildIds ?? [GUILD_ID];
  const identifies: [number, number][] = [];
  /** The connection of each shard, by shard id, as IDENTIFY named it. */
  const shards = new Map<number, { socket: WebSocket; count: number }>();
  const calls: RestCall[] = [];
  const failures: { match: (c: RestCall) => boolean; status: number }[] = [];
  const holds: { match: (c: RestCall) => boolean; released: Promise<void> }[] = [];
  const waiters: { match: (c: RestCall) => boolean; after: number; resolve: (c: RestCall) => void }[] = [];
  let socket: WebSocket | undefined;
  let seq = 0;
  let nextId = 5000;

  const server = createServer((req, res) => void handle(req, res));
  const wss = new WebSocketServer({ server });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  function record(call: RestCall) {
    calls.push(call);
    for (const w of [...waiters]) {
      if (calls.length > w.after && w.match(call)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(call);
      }
    }
  }

  function json(res: ServerResponse, status: number, body: unknown) {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname.replace(/^\/api\/v10/, ''));
    const method = req.method ?? 'GET';
    if (method === 'GET' && path === '/gateway/bot') {
      if (req.headers.authorization !== 'Bot fake-token')
        return json(res, 401, { message: '401: Unauthorized', code: 0 });
      return json(res, 200, {
        url: `ws://127.0.0.1:${port}`,
        shards: options.shards ?? 1,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
      });
    }
    const { body, files } = await parseBody(raw, req.headers['content-type']);
    const call: RestCall = { method, path, auth: req.headers.authorization, body, ...(files ? { files } : {}) };
    const failure = failures.find((f) => f.match(call));
    if (failure) {
      failures.splice(failures.indexOf(failure), 1);
      record({ ...call, failedWith: failure.status });
      return json(res, failure.status, { message: 'Failure injected by the fake', code: 0 });
    }
    record(call);
    const hold = holds.find((h) => h.match(call));
    if (hold) await hold.released;
    if (/^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) {
      res.writeHead(204); // no JSON content-type on 204, or discord.js tries to parse nothing
      return res.end();
    }
    let m = /^\/webhooks\/\d+\/([^/]+)\/messages\/(.+)$/.exec(path);
    if (m && method === 'PATCH') {
      return json(res, 200, messageFrom(body, CHANNEL_ID, String(nextId++)));
    }
    m = /^\/webhooks\/\d+\/([^/]+)$/.exec(path);
    if (m && method === 'POST') {
      return json(res, 200, messageFrom(body, CHANNEL_ID, String(nextId++)));
    }
    m = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (m && method === 'POST') {
      return json(res, 200, messageFrom(body, m[1]!, String(nextId++)));
    }
    if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      const commands = (body as { name: string }[]).map((c, i) => ({
        ...c,
        id: String(4000 + i),
        application_id: APP_ID,
        version: '1',
      }));
      return json(res, 200, commands);
    }
    json(res, 404, { message: 'Unknown route in fake Discord', code: 0 });
  }

  function send(payload: unknown, to = socket) {
    to?.send(JSON.stringify(payload));
  }

  wss.on('connection', (ws) => {
    socket = ws;
    send({ op: 10, d: { heartbeat_interval: 45_000 } }, ws);
    ws.on('message', (data: Buffer) => {
      const packet = JSON.parse(data.toString());
      if (packet.op === 1) send({ op: 11 }, ws);
      if (packet.op === 2) {
        const [id, count] = (packet.d.shard as [number, number] | undefined) ?? [0, 1];
        identifies.push([id, count]);
        shards.set(id, { socket: ws, count });
        const mine = guildIds.filter((g) => shardOf(g, count) === id);
        dispatch(
          'READY',
          {
            v: 10,
            user: BOT,
            guilds: mine.map((g) => ({ id: g, unavailable: true })),
            session_id: `fake-session-${id}`,
            resume_gateway_url: `ws://127.0.0.1:${port}`,
            application: { id: APP_ID, flags: 0 },
            shard: [id, count],
          },
          ws,
        );
        for (const g of mine) dispatch('GUILD_CREATE', guild(g), ws);
      }
    });
  });

  function dispatch(t: string, d: unknown, to?: WebSocket) {
    send({ op: 0, t, s: ++seq, d }, to ?? shardSocket(d));
  }

  /** The connection Discord would send `d` on: its guild's shard, when it has a guild and shards connected. */
  function shardSocket(d: unknown): WebSocket | undefined {
    const guildId = (d as { guild_id?: unknown } | null)?.guild_id;
    const count = shards.get(0)?.count;
    if (typeof guildId !== 'string' || count === undefined) return socket;
    return shards.get(shardOf(guildId, count))?.socket ?? socket;
  }

  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    calls,
    identifies,
    dispatch: (t, d) => dispatch(t, d),
    failNext(match, status = 500) {
      failures.push({ match, status });
    },
    hold(match) {
      let release!: () => void;
      const entry = { match, released: new Promise<void>((resolve) => (release = resolve)) };
      holds.push(entry);
      return {
        release() {
          holds.splice(holds.indexOf(entry), 1);
          release();
        },
      };
    },
    waitForCall(match, after = 0) {
      const found = calls.slice(after).find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve) => waiters.push({ match, after, resolve }));
    },
    async close() {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

// ---- Payload builders: what Discord sends for each kind of event. ----

let counter = 0;
function snowflake(): string {
  counter += 1;
  return String(2000000000000000000n + BigInt(counter));
}

const MEMBER = {
  user: USER,
  roles: [] as string[],
  joined_at: new Date(0).toISOString(),
  deaf: false,
  mute: false,
  flags: 0,
  permissions: MEMBER_PERMISSIONS,
};

/** Who invokes an interaction: the member's roles and permissions (default: an ordinary member). */
export interface Invoker {
  roles?: string[];
  permissions?: string;
}

function interactionBase(
  type: number,
  channelId: string,
  data: unknown,
  extra: Record<string, unknown> = {},
  invoker: Invoker = {},
) {
  const id = snowflake();
  return {
    id,
    application_id: APP_ID,
    type,
    data,
    guild_id: GUILD_ID,
    channel_id: channelId,
    channel: channel(channelId, 'general'),
    member: { ...MEMBER, ...invoker },
    token: `token-${id}`,
    version: 1,
    app_permissions: '2248473465835073',
    locale: 'en-GB',
    guild_locale: 'en-GB',
    entitlements: [],
    authorizing_integration_owners: { '0': GUILD_ID },
    context: 0,
    ...extra,
  };
}

type Option = { name: string; type: number; value?: string | number; focused?: boolean };

/** INTERACTION_CREATE for `/taser <sub> ...options`, by an ordinary member unless `invoker` says otherwise. */
export function slashCommand(sub: string, options: Option[] = [], channelId = CHANNEL_ID, invoker: Invoker = {}) {
  return interactionBase(
    2,
    channelId,
    {
      id: '3000000000000000001',
      name: 'taser',
      type: 1,
      options: [{ type: 1, name: sub, options }],
    },
    {},
    invoker,
  );
}

/** INTERACTION_CREATE for autocomplete while typing option `focused` of `/taser <sub>`. */
export function autocomplete(sub: string, focused: string, value: string, channelId = CHANNEL_ID) {
  return interactionBase(4, channelId, {
    id: '3000000000000000001',
    name: 'taser',
    type: 1,
    options: [{ type: 1, name: sub, options: [{ type: 3, name: focused, value, focused: true }] }],
  });
}

/** INTERACTION_CREATE for a click on a button with `customId` on a bot message. */
export function buttonClick(customId: string, opts: { ephemeral?: boolean; channelId?: string } = {}) {
  const channelId = opts.channelId ?? CHANNEL_ID;
  return interactionBase(
    3,
    channelId,
    { custom_id: customId, component_type: 2 },
    {
      message: messageFrom({ flags: opts.ephemeral ? 64 : 0 }, channelId, snowflake()),
    },
  );
}

/** MESSAGE_CREATE in a guild channel, optionally mentioning the bot. */
export function guildMessage(content: string, opts: { mentionsBot?: boolean; channelId?: string } = {}) {
  return {
    ...messageFrom({ content }, opts.channelId ?? CHANNEL_ID, snowflake(), USER),
    guild_id: GUILD_ID,
    channel_type: 0,
    member: { roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0 },
    mentions: opts.mentionsBot ? [BOT] : [],
  };
}

/** MESSAGE_CREATE in a DM with the bot. */
export function directMessage(content: string) {
  // Discord sends channel_type so clients can build the (uncached) DM channel.
  return { ...messageFrom({ content }, DM_CHANNEL_ID, snowflake(), USER), channel_type: 1 };
}
