// Decides the knowledge metric for each column: a metric the pack already has for the same measure,
// or a new one. A term may name several metrics ("fired": all discharges, and probes fired): a
// question using it is answered with each, so neither figure is passed off as the other.
import type { KnowledgeFile } from '../../knowledge/schema.js';
import { normalise } from '../../text/normalise.js';
import type { ExistingKnowledge } from '../existing.js';
import { METRIC_COLUMNS, type MetricColumn } from './layout.js';

type MetricEntry = NonNullable<KnowledgeFile['metrics']>[number];

export interface ResolvedMetrics {
  /** Layout metric id → the id the figures are written under. */
  ids: Map<string, string>;
  /** Metrics this import defines, in column order. */
  created: MetricEntry[];
  /** Columns whose figures join a metric defined elsewhere: heading → metric id. */
  reused: { heading: string; id: string }[];
}

/** Resolve the table's columns (every column of the layout by default) against the pack. */
export function resolveMetrics(existing: ExistingKnowledge, columns: MetricColumn[] = METRIC_COLUMNS): ResolvedMetrics {
  const ids = new Map<string, string>();
  const reused: ResolvedMetrics['reused'] = [];
  const claimed = new Set<string>();
  const pending: MetricColumn[] = [];
  // Layout order, so the generated file does not depend on the order of the table's columns.
  for (const column of METRIC_COLUMNS.filter((c) => columns.includes(c))) {
    const names = new Set([column.metric.id, ...(column.sameAs ?? [])].map(normalise));
    const same =
      existing.metrics.find((m) => m.id === column.metric.id) ??
      existing.metrics.find((m) => !claimed.has(m.id) && [m.id, ...m.terms].some((n) => names.has(normalise(n))));
    if (same) {
      ids.set(column.metric.id, same.id);
      claimed.add(same.id);
      reused.push({ heading: column.heading, id: same.id });
    } else {
      ids.set(column.metric.id, column.metric.id);
      pending.push(column);
    }
  }

  const created = pending.map(({ metric }) => {
    const seen = new Set<string>();
    const terms = metric.terms.filter((t) => !seen.has(normalise(t)) && seen.add(normalise(t)));
    const entry: MetricEntry = { id: metric.id, label: metric.label, terms: terms.length > 0 ? terms : [metric.label] };
    if (metric.part_of) entry.part_of = ids.get(metric.part_of) ?? metric.part_of;
    if (metric.unit) entry.unit = metric.unit;
    if (metric.not_stated) entry.not_stated = true;
    return entry;
  });
  return { ids, created, reused };
}
