// Load benchmark: a real Bolt app in HTTP mode on 127.0.0.1 (the production listener set-up),
// its Web API pointed at a local fake, receiving N concurrent signed app_mention events at once.
import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createSlackApp } from '../adapters/slack/app.js';
import type { Assistant } from '../core/assistant.js';
import { silentLogger } from '../logger.js';
import { startFakeSlackApi } from './fake-slack-api.js';
import { latency, type Latency } from './stats.js';

export interface LoadFigures {
  questions: number;
  /** Questions answered per second, first request sent to last reply posted. */
  throughput: number;
  wallMs: number;
  /** Request sent → chat.postMessage received by the fake Slack. */
  reply: Latency;
  /** Request sent → HTTP acknowledgement received. */
  ack: Latency;
  /** Questions with exactly one reply in their thread. */
  exactlyOne: number;
  missing: number;
  duplicated: number;
  httpErrors: number;
}

export interface LoadOptions {
  assistant: Assistant;
  questions: string[];
  /** Stop waiting for replies after this long. */
  timeoutMs?: number;
}

const SECRET = 'bench-signing-secret';
const BOT_USER = 'UBENCHBOT';
const CHANNEL = 'CBENCH';

/** Fire every question at once as an @mention, wait for the replies, and measure. */
export async function runSlackLoad(options: LoadOptions): Promise<LoadFigures> {
  const { assistant, questions, timeoutMs = 30_000 } = options;
  const fake = await startFakeSlackApi();
  const app = createSlackApp(
    {
      assistant,
      logger: silentLogger(),
      config: {
        botToken: 'xoxb-bench',
        signingSecret: SECRET,
        apiUrl: fake.apiUrl,
        port: 0,
        audience: 'public',
        adminUserIds: [],
      },
    },
    { botId: 'BBENCH', botUserId: BOT_USER, webApiRetries: 0 },
  );
  const server = await app.start({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  try {
    const threads = questions.map((_, i) => `1800000000.${String(i).padStart(6, '0')}`);
    const sentAt = new Map<string, number>();
    const ackMs: number[] = [];
    let httpErrors = 0;
    const start = performance.now();
    await Promise.all(
      questions.map(async (question, i) => {
        const body = JSON.stringify({
          token: 'bench',
          team_id: 'TBENCH',
          api_app_id: 'ABENCH',
          type: 'event_callback',
          event_id: `EvBench${i}`,
          event_time: Math.floor(Date.now() / 1000),
          authorizations: [{ team_id: 'TBENCH', user_id: BOT_USER, is_bot: true }],
          event: {
            type: 'app_mention',
            user: `UASKER${i}`,
            text: `<@${BOT_USER}> ${question}`,
            ts: threads[i],
            channel: CHANNEL,
            event_ts: threads[i],
            client_msg_id: `bench-${i}`,
          },
        });
        const timestamp = Math.floor(Date.now() / 1000);
        const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
        sentAt.set(threads[i]!, performance.now());
        const res = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-slack-request-timestamp': String(timestamp),
            'x-slack-signature': signature,
          },
          body,
        });
        await res.text();
        ackMs.push(performance.now() - sentAt.get(threads[i]!)!);
        if (res.status !== 200) httpErrors += 1;
      }),
    );
    const deadline = start + timeoutMs;
    while (fake.posts.length < questions.length && performance.now() < deadline) await sleep(5);
    const wallMs = Math.max(...fake.posts.map((p) => p.at), start) - start;
    // A short grace period so a late duplicate reply would still be counted.
    await sleep(300);
    const perThread = new Map<string, number[]>();
    for (const p of fake.posts) if (p.threadTs) perThread.set(p.threadTs, [...(perThread.get(p.threadTs) ?? []), p.at]);
    const replyMs = threads.flatMap((t) => (perThread.get(t)?.length ? [perThread.get(t)![0]! - sentAt.get(t)!] : []));
    return {
      questions: questions.length,
      throughput: questions.length / (wallMs / 1000),
      wallMs,
      reply: latency(replyMs),
      ack: latency(ackMs),
      exactlyOne: threads.filter((t) => perThread.get(t)?.length === 1).length,
      missing: threads.filter((t) => !perThread.has(t)).length,
      duplicated: threads.filter((t) => (perThread.get(t)?.length ?? 0) > 1).length,
      httpErrors,
    };
  } finally {
    await app.stop();
    await fake.close();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
