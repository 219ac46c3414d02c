// A minimal fake of the Slack Web API on 127.0.0.1 for the load benchmark: it records when each
// chat.postMessage arrives (and for which thread) and answers every method with ok (auth.test
// with a bot identity, which a bot process asks for before its first event).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Post {
  channel: string;
  threadTs: string | undefined;
  /** performance.now() when the post arrived. */
  at: number;
}

export interface FakeSlackApi {
  /** Base URL for the app's SLACK_API_URL (ends in /api/). */
  apiUrl: string;
  posts: Post[];
  close(): Promise<void>;
}

export async function startFakeSlackApi(): Promise<FakeSlackApi> {
  const posts: Post[] = [];
  let ts = 1_800_000_000;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const args: Record<string, unknown> = (req.headers['content-type'] ?? '').includes('json')
        ? (JSON.parse(raw || '{}') as Record<string, unknown>)
        : Object.fromEntries(new URLSearchParams(raw));
      const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0];
      res.writeHead(200, { 'content-type': 'application/json' });
      if (method === 'chat.postMessage') {
        posts.push({
          channel: String(args.channel),
          threadTs: typeof args.thread_ts === 'string' ? args.thread_ts : undefined,
          at: performance.now(),
        });
        ts += 1;
        res.end(JSON.stringify({ ok: true, channel: args.channel, ts: `${ts}.000100` }));
      } else if (method === 'auth.test') {
        res.end(JSON.stringify({ ok: true, user_id: 'UBENCHBOT', bot_id: 'BBENCH', team_id: 'TBENCH' }));
      } else {
        res.end(JSON.stringify({ ok: true }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiUrl: `http://127.0.0.1:${port}/api/`,
    posts,
    close: () => new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}
