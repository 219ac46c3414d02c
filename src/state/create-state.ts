// Chooses where shared state lives from config: Redis (wrapped so the bot keeps answering while
// Redis is down) when REDIS_URL is set, this process's memory otherwise. The Redis client is
// imported only then: loading ioredis costs start-up time a single machine never needs.
import type { Config } from '../config.js';
import { FallbackStore } from '../core/state/fallback-store.js';
import { MemoryStore } from '../core/state/memory-store.js';
import type { StateStore } from '../core/state/state-store.js';
import { RECALL_LIMIT } from '../core/state/assistant-state.js';
import type { Logger } from '../logger.js';

/**
 * How long start-up waits for Redis before answering from memory (default 5 s): an instance that
 * took events before it could see the others' claims might answer a retried event twice.
 */
const CONNECT_WAIT_MS = 5000;

export async function createState(
  config: Pick<Config, 'redis'>,
  logger: Logger,
  options: { connectWaitMs?: number } = {},
): Promise<StateStore> {
  // The memory store bounds recent answers as the bot always has; with Redis it is the fallback.
  const memory = new MemoryStore({ maxKeys: { answer: RECALL_LIMIT } });
  if (!config.redis) return memory;
  const log = logger.child({ component: 'state' });
  const { RedisStore } = await import('./redis-store.js');
  const redis = new RedisStore({
    ...config.redis,
    onConnectionError: (err) => log.warn({ err }, 'Redis: connection failed; retrying'),
    onReady: () => fallback.reconnected(),
  });
  const fallback = new FallbackStore(redis, memory, {
    onDegraded: (err) =>
      log.warn(
        { err },
        'Redis is unreachable: answering from this instance’s memory (retried events may be answered twice, follow-ups and shares stay on this instance, rate limits count per instance) until it returns',
      ),
    onRecovered: () => log.info('Redis is reachable again: state is shared with the other instances'),
    onCommandFailed: (err) =>
      log.warn({ err }, 'a Redis command failed or timed out: this call was answered from this instance’s memory'),
  });
  if (!(await connectedWithin(redis, options.connectWaitMs ?? CONNECT_WAIT_MS)))
    log.warn('Redis is not reachable yet: starting on this instance’s memory; it is used as soon as it connects');
  return fallback;
}

/** True once `redis` is connected, false when `ms` passed first (it keeps trying in the background). */
async function connectedWithin(redis: { ready(): Promise<void> }, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([redis.ready().then(() => true as const), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
