// The body of a health check (`GET /healthz`): is knowledge loaded, how much, and how the
// last reload went. Counts only: the endpoint is unauthenticated, so no ids, paths or text.
import type { Knowledge } from '../types.js';
import { errors } from '../knowledge/problems.js';
import type { ReloadStatus } from './reloader.js';

export interface Health {
  /** `ok`: serving current knowledge; `stale`: the last reload failed, the previous knowledge is serving. */
  status: 'ok' | 'stale';
  knowledge: { notes: number; statistics: number; sources: number; updatedAt: string };
  /** Whether knowledge changes are being watched for. */
  watching: boolean;
  lastReload: { at: string; cause: string; ok: boolean; errors: number } | null;
  lastSuccessfulReloadAt: string | null;
}

/** A JSON-ready health report for the knowledge being served and the reloader's last run. */
export function healthReport(knowledge: Knowledge, reload?: ReloadStatus): Health {
  const last = reload?.last;
  return {
    status: last && !last.result.ok ? 'stale' : 'ok',
    knowledge: {
      notes: knowledge.notes.length,
      statistics: knowledge.statistics.length,
      sources: knowledge.sources.size,
      updatedAt: knowledge.updatedAt.toISOString(),
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
  };
}
