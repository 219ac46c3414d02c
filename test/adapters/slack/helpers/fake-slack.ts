// A small fake of the Slack Web API, of response_url endpoints and of files.uploadV2's upload
// URLs, on 127.0.0.1: it records every call and upload so tests can assert what a user would see,
// and can be told to fail a method.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One Web API call, with form fields decoded and JSON fields (blocks, view) parsed. */
export interface ApiCall {
  method: string;
  token: string | undefined;
  args: Record<string, unknown>;
  /** The message's ts, for a chat.postMessage the fake accepted. */
  ts?: string;
}

/** One POST to a response_url, as sent by Bolt's respond(). */
export interface ResponseUrlPost {
  id: string;
  body: Record<string, unknown>;
}

/** One file uploaded to an upload URL from files.getUploadURLExternal. */
export interface FileUpload {
  fileId: string;
  filename: string;
  bytes: Buffer;
}

export interface FakeSlack {
  /** Base URL for `clientOptions.slackApiUrl` (ends in /api/). */
  apiUrl: string;
  /** A response_url that records what is posted to it under `id`. */
  responseUrl(id: string): string;
  calls: ApiCall[];
  responses: ResponseUrlPost[];
  /** Files posted to upload URLs, in order. */
  uploads: FileUpload[];
  /** Calls of one Web API method, in order. */
  callsTo(method: string): ApiCall[];
  /** Make the next `times` calls to `method` (default: all) answer `{ ok: false, error }`. */
  fail(method: string, error: string, times?: number): void;
  /** Hold the answers to `method` (the calls are recorded at once) until `release()`, e.g. to keep a reply in flight. */
  hold(method: string): { release(): void };
  /** The first call to `method` (already made or still to come) that satisfies `match`. */
  waitForCall(method: string, match?: (call: ApiCall) => boolean): Promise<ApiCall>;
  /** Forget recorded calls and configured failures. */
  reset(): void;
  close(): Promise<void>;
}

const JSON_FIELDS = ['blocks', 'view', 'attachments', 'files', 'prompts'];
export const FAKE_BOT_USER_ID = 'UBOT';
export const FAKE_BOT_ID = 'BBOT';

/** Start the fake on a free loopback port. */
export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: ApiCall[] = [];
  const responses: ResponseUrlPost[] = [];
  const uploads: FileUpload[] = [];
  let base = '';
  let files = 0;
  const failures = new Map<string, { error: string; left: number }>();
  const holds = new Map<string, Promise<void>>();
  const waiters: { method: string; match: (call: ApiCall) => boolean; resolve: (call: ApiCall) => void }[] = [];
  let ts = 1_700_000_000;
  const record = (call: ApiCall) => {
    calls.push(call);
    for (const w of [...waiters]) {
      if (w.method === call.method && w.match(call)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(call);
      }
    }
  };

  const server: Server = createServer((req, res) => {
    void (async () => {
      const bytes = await readBody(req);
      const raw = bytes.toString('utf8');
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const reply = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (url.pathname.startsWith('/respond/')) {
        responses.push({
          id: url.pathname.slice('/respond/'.length),
          body: JSON.parse(raw) as Record<string, unknown>,
        });
        return reply(200, { ok: true });
      }
      if (url.pathname.startsWith('/upload/')) {
        // As Slack's upload URL: the file arrives as multipart form data in the field "body".
        const form = await new Response(bytes, {
          headers: { 'content-type': req.headers['content-type'] ?? '' },
        }).formData();
        const file = form.get('body');
        if (!(file instanceof Blob)) return reply(400, { ok: false, error: 'no_file' });
        uploads.push({
          fileId: url.pathname.slice('/upload/'.length),
          filename: file instanceof File ? file.name : '',
          bytes: Buffer.from(await file.arrayBuffer()),
        });
        res.writeHead(200, { 'content-type': 'text/plain' });
        return res.end(`OK - ${bytes.length}`);
      }
      if (!url.pathname.startsWith('/api/')) return reply(404, { ok: false, error: 'unknown_path' });
      const method = url.pathname.slice('/api/'.length);
      const args = parseArgs(raw, req.headers['content-type'] ?? '');
      const auth = req.headers.authorization;
      const call: ApiCall = {
        method,
        token: auth?.replace(/^Bearer /, '') ?? (args.token as string | undefined),
        args,
      };
      record(call);
      await holds.get(method);
      const failure = failures.get(method);
      if (failure && failure.left > 0) {
        failure.left -= 1;
        return reply(200, { ok: false, error: failure.error });
      }
      switch (method) {
        case 'auth.test':
          return reply(200, {
            ok: true,
            user_id: FAKE_BOT_USER_ID,
            bot_id: FAKE_BOT_ID,
            team_id: 'T1',
            user: 'taserbot',
          });
        case 'files.getUploadURLExternal': {
          const fileId = `F${++files}`;
          return reply(200, { ok: true, upload_url: `${base}/upload/${fileId}`, file_id: fileId });
        }
        case 'files.completeUploadExternal':
          return reply(200, { ok: true, files: args.files });
        case 'chat.postMessage':
          ts += 1;
          call.ts = `${ts}.000100`;
          return reply(200, { ok: true, channel: args.channel, ts: call.ts, message: { text: args.text } });
        default:
          return reply(200, { ok: true });
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;

  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id) => `${base}/respond/${id}`,
    calls,
    responses,
    uploads,
    callsTo: (method) => calls.filter((c) => c.method === method),
    fail: (method, error, times = Infinity) => void failures.set(method, { error, left: times }),
    hold: (method) => {
      let release!: () => void;
      holds.set(method, new Promise<void>((resolve) => (release = resolve)));
      return {
        release: () => {
          holds.delete(method);
          release();
        },
      };
    },
    waitForCall: (method, match = () => true) => {
      const found = calls.find((c) => c.method === method && match(c));
      if (found) return Promise.resolve(found);
      return new Promise((resolve) => waiters.push({ method, match, resolve }));
    },
    reset: () => {
      calls.length = 0;
      responses.length = 0;
      uploads.length = 0;
      failures.clear();
    },
    close: () => new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function parseArgs(raw: string, contentType: string): Record<string, unknown> {
  const args: Record<string, unknown> = contentType.includes('application/json')
    ? (JSON.parse(raw || '{}') as Record<string, unknown>)
    : Object.fromEntries(new URLSearchParams(raw));
  for (const field of JSON_FIELDS) {
    if (typeof args[field] === 'string') args[field] = JSON.parse(args[field]);
  }
  return args;
}
