// The body of a health check (`GET /healthz`): is knowledge loaded, how much, and how the
// last reload went. Counts only, and of public knowledge only: the endpoint is unauthenticated,
// so no ids, paths or text, and nothing that reveals how much internal knowledge there is.
import type { Knowledge } from '../types.js';
import { errors } from '../knowledge/problems.js';
import type { StateHealth } from '../state/state-store.js';
import type { ReloadStatus } from './reloader.js';

export interface Health {
  /** `ok`: serving current knowledge; `stale`: the last reload failed, the previous knowledge is serving. */
  status: 'ok' | 'stale';
  /** `fingerprint`: a hash of the loaded files, equal on every instance serving the same knowledge. */
  knowledge: { notes: number; statistics: number; sources: number; updatedAt: string; fingerprint: string | null };
  /** Whether knowledge changes are being watched for. */
  watching: boolean;
  lastReload: { at: string; cause: string; ok: boolean; errors: number } | null;
  lastSuccessfulReloadAt: string | null;
  /** Where conversations, shares, rate limits and event claims live, and whether Redis is reachable. */
  state?: StateHealth;
}

/** A JSON-ready health report for the knowledge being served and the reloader's last run. */
export function healthReport(knowledge: Knowledge, reload?: ReloadStatus, state?: StateHealth): Health {
  const last = reload?.last;
  return {
    status: last && !last.result.ok ? 'stale' : 'ok',
    knowledge: {
      ...publicCounts(knowledge),
      updatedAt: knowledge.updatedAt.toISOString(),
      fingerprint: knowledge.fingerprint ?? null,
    },
    watching: reload?.watching ?? false,
    lastReload: last
      ? {
          at: last.at.toISOString(),
          cause: last.cause,
          ok: last.result.ok,
          errors: last.result.ok ? 0 : errors(last.result.problems).length,
        }
      : null,
    lastSuccessfulReloadAt: reload?.lastSuccessAt?.toISOString() ?? null,
    ...(state ? { state } : {}),
  };
}

/** Notes, statistics and the sources they cite, counting only what a public audience may see. */
function publicCounts(knowledge: Knowledge): { notes: number; statistics: number; sources: number } {
  const notes = knowledge.notes.filter((n) => n.visibility === 'public');
  const statistics = knowledge.statistics.filter((s) => s.visibility === 'public');
  const sources = new Set([...notes, ...statistics].map((item) => item.source));
  return { notes: notes.length, statistics: statistics.length, sources: sources.size };
}
