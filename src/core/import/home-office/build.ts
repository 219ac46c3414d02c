// Second step of the Home Office import: the table's rows, set against the rest of the knowledge pack,
// become one generated knowledge file (source, new forces, new metrics, statistics) and its header.
import { comparePeriods, samePeriod } from '../../figures/periods.js';
import type { Period } from '../../types.js';
import { knowledgeFileSchema, type KnowledgeFile } from '../../knowledge/schema.js';
import { periodLabel } from '../../text/dates.js';
import { REVISION_NOTE } from '../cells.js';
import { ImportError } from '../errors.js';
import type { ExistingKnowledge } from '../existing.js';
import { periodSlug } from '../../text/reporting-periods.js';
import { renderKnowledgeFile } from '../render-yaml.js';
import { LICENCE, PUBLISHER, SOURCE_ID_PREFIX } from './layout.js';
import type { Gap, TableRow } from './read-rows.js';
import type { HomeOfficeTable } from './read-workbook.js';
import { ForceResolver, type NewForce } from './resolve-forces.js';
import { resolveMetrics } from './resolve-metrics.js';

type Statistic = NonNullable<KnowledgeFile['statistics']>[number];
type Total = NonNullable<KnowledgeFile['totals']>[number];

export interface ImportSummary {
  table: string;
  title: string;
  period: string;
  statistics: number;
  /** National and regional total rows imported. */
  totals: number;
  /** Every period the table gives figures for, oldest first. */
  periods: string[];
  newForces: string[];
  newMetrics: string[];
  /** Columns whose figures join metrics defined elsewhere in the pack. */
  reusedMetrics: { heading: string; id: string }[];
}

export interface HomeOfficeImport {
  /** The file's text, header comment included. */
  text: string;
  file: KnowledgeFile;
  summary: ImportSummary;
  /** Things an admin should know or fix elsewhere in the knowledge. */
  warnings: string[];
}

/** "Table 13" from a title "Table 13. Use of …", else the sheet name. */
function tableName(read: HomeOfficeTable): string {
  return /^table\s+\d+/i.exec(read.located.title)?.[0] ?? read.located.table.name;
}

function listWords(items: string[], last: string): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`;
}

function gapText(gap: Gap): string {
  return gap.shown === '' ? `${gap.heading} (${gap.meaning})` : `${gap.heading} ("${gap.shown}": ${gap.meaning})`;
}

/** Why a statistic has missing values or is revised, in words an admin can check against the table. */
function remarks(row: TableRow, read: HomeOfficeTable): string | undefined {
  const table = tableName(read);
  const parts: string[] = [];
  if (row.gaps.length > 0) parts.push(`${table} gives no figure for ${listWords(row.gaps.map(gapText), 'or')}.`);
  if (row.revised) {
    const note = read.notes.find((n) => REVISION_NOTE.test(n));
    parts.push(note ? `Revised figures: ${table} notes "${note}".` : `${table} marks these figures as revised.`);
  }
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** Wrap words into comment lines of at most `width` characters. */
function wrap(text: string, width = 98): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

/** The comment above the YAML: how the file was made, from what, and what it holds. */
function headerLines(read: HomeOfficeTable, metricIds: Map<string, string>, earlier: Period[]): string[] {
  const table = tableName(read);
  const header = [
    'yaml-language-server: $schema=./knowledge.schema.json',
    'Generated from a Home Office workbook; do not edit by hand. To update it, run the import again:',
    `  npm run import -- home-office ${read.document}`,
    ...wrap(`Read from ${table} ("${read.located.title}"), rows for ${periodLabel(read.publication.period)}.`),
    ...wrap(
      `Columns → metrics: ${read.located.columns.metrics.map((c) => `${c.column.heading} → ${metricIds.get(c.column.metric.id)}`).join(', ')}.`,
    ),
    ...wrap('The England and Wales and regional total rows are under `totals`, as the table gives them.'),
  ];
  if (earlier.length > 0) {
    header.push(
      ...wrap(
        `${table} also gives figures for ${listWords(earlier.map(periodLabel), 'and')}, revised where marked (R): they are kept here with this publication as their source, and answers prefer them to the first publication's.`,
      ),
    );
  }
  return header;
}

/** The values of a row under the pack's metric ids, for the columns the table has. */
function valuesOf(row: TableRow, read: HomeOfficeTable, ids: Map<string, string>): Record<string, number | null> {
  const values: Record<string, number | null> = {};
  for (const { column } of read.located.columns.metrics)
    values[ids.get(column.metric.id)!] = row.values.get(column.metric.id) ?? null;
  return values;
}

const byPeriod = (a: { period: Period }, b: { period: Period }) => comparePeriods(a.period, b.period);

/** Build the knowledge file for a read table, given what the rest of the pack defines. */
export function buildHomeOfficeKnowledge(read: HomeOfficeTable, existing: ExistingKnowledge): HomeOfficeImport {
  const period = read.publication.period;
  const table = tableName(read);
  const sourceId = `${SOURCE_ID_PREFIX}-${periodSlug(period)}`;
  const metrics = resolveMetrics(
    existing,
    read.located.columns.metrics.map((m) => m.column),
  );
  const forces = new ForceResolver(existing);
  const warnings = [...read.located.warnings];

  const imported = existing.sources.find((s) => s.id === sourceId || (s.document && s.document === read.document));
  if (imported) throw new ImportError({ code: 'already-imported', sourceId: imported.id, file: imported.file });

  // Rows for periods after the publication's own are not expected; earlier ones are its revisions of them.
  const rows = read.rows.filter((r) => r.period.to <= period.to);
  const earlier = periodsIn(rows).filter((p) => !samePeriod(p, period));

  const created = new Map<string, NewForce>();
  const seen = new Map<string, TableRow>();
  const statistics: Statistic[] = [];
  const totals: Total[] = [];
  for (const row of rows) {
    const figures = {
      period: { from: row.period.from, to: row.period.to },
      source: sourceId,
      values: valuesOf(row, read, metrics.ids),
    };
    const remark = remarks(row, read);
    const extra = { ...(remark ? { remarks: remark } : {}), table: { name: table, row: row.printed } };
    if (row.total) {
      totals.push({ area: row.area ?? row.label, ...figures, ...extra });
      continue;
    }
    const force = forces.resolve(row.label, row.region);
    const key = `${force.id}|${row.period.from}|${row.period.to}`;
    const twice = seen.get(key);
    if (twice)
      throw new ImportError({
        code: 'duplicate-force',
        table: read.located.table.name,
        force: force.id,
        rows: [twice.ref, row.ref],
      });
    seen.set(key, row);
    if (force.created) created.set(force.id, force.created);
    if (force.existing && !force.existing.region && row.region && samePeriod(row.period, period)) {
      warnings.push(
        `Force "${force.id}" has no region in the knowledge; ${table} groups it under "${row.region}". Add \`region: ${row.region}\` to it for regional comparisons.`,
      );
    }
    statistics.push({ force: force.id, ...figures, ...extra });
  }
  statistics.sort((a, b) => byPeriod(a, b) || a.force.localeCompare(b.force));
  totals.sort(byPeriod);

  for (const dropped of forces.droppedAliases) {
    warnings.push(
      `New force "${dropped.force}" does not get the alias "${dropped.alias}": force "${dropped.owner}" already answers to it.`,
    );
  }

  // The earlier periods' own publications, where the pack has them: this one revises them.
  const revises = earlier
    .map((p) => `${SOURCE_ID_PREFIX}-${periodSlug(p)}`)
    .filter((id) => existing.sources.some((s) => s.id === id));
  const unlinked = earlier.filter((p) => !revises.includes(`${SOURCE_ID_PREFIX}-${periodSlug(p)}`));
  if (unlinked.length > 0) {
    warnings.push(
      `${table} also gives figures for ${listWords(unlinked.map(periodLabel), 'and')}; they are imported with this publication as their source. ` +
        "If you import that period's own workbook later, run this import again afterwards, so these figures are recorded as revising it.",
    );
  }
  // A later publication already in the pack that gives this period without naming this one as revised.
  for (const later of existing.sources.filter((s) => s.id.startsWith(`${SOURCE_ID_PREFIX}-`) && s.id > sourceId)) {
    if (!later.revises.includes(sourceId))
      warnings.push(
        `${later.file} (source "${later.id}") may revise these figures: run its import again, so it is recorded as revising "${sourceId}" (validate says so until then).`,
      );
  }

  const taken = [sourceId, ...created.keys(), ...metrics.created.map((m) => m.id)]
    .filter((id) => existing.ids.has(id))
    .map((id) => ({ id, file: existing.ids.get(id)! }));
  if (taken.length > 0) throw new ImportError({ code: 'id-taken', ids: taken });

  const source = {
    id: sourceId,
    title: read.publication.title ?? read.document,
    publisher: PUBLISHER,
    ...(read.publication.date ? { date: read.publication.date } : {}),
    document: read.document,
    licence: LICENCE,
    ...(revises.length > 0 ? { revises } : {}),
  };

  const file: KnowledgeFile = { sources: [source] };
  if (created.size > 0) file.forces = [...created.values()].sort((a, b) => a.id.localeCompare(b.id));
  if (metrics.created.length > 0) file.metrics = metrics.created;
  file.statistics = statistics;
  if (totals.length > 0) file.totals = totals;
  // The output must load: a failure here is a bug in the importer, not in the workbook.
  knowledgeFileSchema.parse(file);

  return {
    text: renderKnowledgeFile(headerLines(read, metrics.ids, earlier), file),
    file,
    summary: {
      table,
      title: read.located.title,
      period: periodLabel(period),
      statistics: statistics.length,
      totals: totals.length,
      periods: [...earlier, period].map(periodLabel),
      newForces: [...created.keys()].sort(),
      newMetrics: metrics.created.map((m) => m.id),
      reusedMetrics: metrics.reused,
    },
    warnings,
  };
}

/** Distinct periods of some rows, oldest first. */
function periodsIn(rows: TableRow[]): Period[] {
  const periods: Period[] = [];
  for (const row of rows) if (!periods.some((p) => samePeriod(p, row.period))) periods.push(row.period);
  return periods.sort(comparePeriods);
}
