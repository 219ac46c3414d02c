// 1 vs N instances: bot processes in Slack HTTP mode sharing a real redis-server on loopback,
// behind a round-robin proxy, fed signed events (some retried, as Slack does) by a bounded load.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { slackSignature, startBot, type BotProcess } from './bot-process.js';
import { startFakeSlackApi, type FakeSlackApi } from './fake-slack-api.js';
import { redisMissing, startRedis, type RedisServer } from './redis-server.js';
import { startProxy } from './round-robin-proxy.js';
import { latency, type Latency } from './stats.js';

export interface InstancesOptions {
  /** Instances in the second run (the first always has 1). */
  instances: number;
  /** Events sent to each run. */
  events: number;
  /** Absolute path of the knowledge folder every instance serves. */
  knowledgeDir: string;
  /** Asked in turn, one per event. */
  questions: string[];
  /** Every `retryEvery`-th event is also delivered as a Slack retry (default 5: a fifth of them). */
  retryEvery?: number;
  /** Deliveries in flight at once (default 32): a bounded load, not a flood. */
  concurrency?: number;
  /** Stop waiting for replies after this long (default 120 s). */
  timeoutMs?: number;
  progress?: (text: string) => void;
}

export interface InstancesRun {
  instances: number;
  events: number;
  /** Events also delivered a second time as a retry. */
  retried: number;
  /** Answers per second, first event sent to last reply posted. */
  throughput: number;
  wallMs: number;
  /** First delivery sent → chat.postMessage received by the fake Slack Web API. */
  reply: Latency;
  exactlyOne: number;
  duplicated: number;
  missing: number;
  /** Events no instance acknowledged with 200 after every attempt. */
  unacknowledged: number;
  /** The bots' distinct shared-state warnings (e.g. Redis unreachable): why an event may have been answered twice. */
  warnings: string[];
}

export type InstancesFigures = { skipped: string } | { runs: InstancesRun[] };

const SECRET = 'bench-instances-secret';
/** Attempts per delivery before the load generator gives up on an event (as Slack does after its retries). */
const ATTEMPTS = 4;

/** Run 1 instance, then `instances`, against the same Redis; or say why not when redis-server is missing. */
export async function measureInstances(options: InstancesOptions): Promise<InstancesFigures> {
  if (redisMissing) return { skipped: redisMissing };
  const redis = await startRedis();
  try {
    const runs: InstancesRun[] = [];
    for (const count of [1, options.instances]) {
      options.progress?.(`instances: ${count} bot process(es) sharing Redis, ${options.events} signed events`);
      runs.push(await runOnce(count, redis, options));
    }
    return { runs };
  } finally {
    await redis.close();
  }
}

async function runOnce(count: number, redis: RedisServer, options: InstancesOptions): Promise<InstancesRun> {
  const { events, questions, retryEvery = 5, concurrency = 32, timeoutMs = 120_000 } = options;
  const [fake, dir] = await Promise.all([startFakeSlackApi(), mkdtemp(path.join(os.tmpdir(), 'taser-instances-'))]);
  let bots: BotProcess[] = [];
  let proxy: Awaited<ReturnType<typeof startProxy>> | undefined;
  try {
    bots = Array.from({ length: count }, (_, i) =>
      startBot(
        {
          SLACK_BOT_TOKEN: 'xoxb-bench',
          SLACK_SIGNING_SECRET: SECRET,
          SLACK_API_URL: fake.apiUrl,
          PORT: '0',
          HOST: '127.0.0.1',
          KNOWLEDGE_DIR: options.knowledgeDir,
          DATA_DIR: path.join(dir, 'data'),
          INSTANCE_ID: `bench${i}`,
          REDIS_URL: redis.url,
          LOG_LEVEL: 'info',
        },
        { cwd: dir },
      ),
    );
    proxy = await startProxy(await Promise.all(bots.map((b) => b.listening())));
    // Event ids differ per run: both runs share one Redis, whose de-duplication would drop repeats.
    const channels = Array.from({ length: events }, (_, i) => `DBENCH${count}X${i}`);
    const sentAt = new Map<string, number>();
    let unacknowledged = 0;
    const url = proxy.url;
    const start = performance.now();
    let next = 0;
    const worker = async () => {
      while (next < events) {
        const i = next++;
        const channel = channels[i]!;
        const body = dmEvent(`EvBench${count}X${i}`, channel, `UBENCH${i}`, questions[i % questions.length]!, i);
        sentAt.set(channel, performance.now());
        // A retry goes out at once, so the proxy hands it to the next instance, as Slack's may.
        const deliveries = [deliver(url, body, 0), ...(i % retryEvery === 0 ? [deliver(url, body, 1)] : [])];
        const acked = await Promise.all(deliveries);
        if (!acked.some(Boolean)) unacknowledged += 1;
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, events) }, worker));
    await waitForReplies(fake, events, start + timeoutMs);
    const wallMs = Math.max(start, ...fake.posts.map((p) => p.at)) - start;
    // A short grace period so a late duplicate reply would still be counted.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const perChannel = new Map<string, number[]>();
    for (const p of fake.posts) perChannel.set(p.channel, [...(perChannel.get(p.channel) ?? []), p.at]);
    const replies = channels.map((c) => perChannel.get(c) ?? []);
    return {
      instances: count,
      events,
      retried: channels.filter((_, i) => i % retryEvery === 0).length,
      throughput: events / (wallMs / 1000),
      wallMs,
      reply: latency(
        channels.flatMap((c) => (perChannel.get(c)?.length ? [perChannel.get(c)![0]! - sentAt.get(c)!] : [])),
      ),
      exactlyOne: replies.filter((r) => r.length === 1).length,
      duplicated: replies.filter((r) => r.length > 1).length,
      missing: replies.filter((r) => r.length === 0).length,
      unacknowledged,
      warnings: [
        ...new Set(
          bots.flatMap((b) => b.logs.filter((l) => l.level >= 40 && l.component === 'state').map((l) => l.msg)),
        ),
      ],
    };
  } finally {
    proxy?.server.close();
    await Promise.all(bots.map((b) => b.kill()));
    await fake.close();
    await rm(dir, { recursive: true, force: true });
  }
}

function dmEvent(eventId: string, channel: string, user: string, text: string, i: number): string {
  return JSON.stringify({
    type: 'event_callback',
    team_id: 'TBENCH',
    api_app_id: 'ABENCH',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    event: {
      type: 'message',
      channel_type: 'im',
      channel,
      user,
      text,
      ts: `1800000000.${String(i).padStart(6, '0')}`,
      client_msg_id: `bench-${eventId}`,
    },
  });
}

/** POST as Slack does, retrying (with x-slack-retry-num) until acknowledged; true once a 200 came back. */
async function deliver(url: string, body: string, firstTry: number): Promise<boolean> {
  for (let attempt = firstTry; attempt < firstTry + ATTEMPTS; attempt++) {
    const retry: Record<string, string> =
      attempt > 0 ? { 'x-slack-retry-num': String(attempt), 'x-slack-retry-reason': 'http_timeout' } : {};
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...slackSignature(SECRET, body), ...retry },
      body,
    }).catch(() => undefined);
    await res?.text();
    if (res?.status === 200) return true;
  }
  return false;
}

async function waitForReplies(fake: FakeSlackApi, events: number, deadline: number): Promise<void> {
  while (fake.posts.length < events && performance.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 10));
}
