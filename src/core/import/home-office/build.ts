// Second step of the Home Office import: the table's rows, set against the rest of the knowledge pack,
// become one generated knowledge file (source, new forces, new metrics, statistics) and its header.
import { samePeriod } from '../../figures/periods.js';
import { knowledgeFileSchema, type KnowledgeFile } from '../../knowledge/schema.js';
import { periodLabel } from '../../text/dates.js';
import { REVISION_NOTE } from '../cells.js';
import { ImportError } from '../errors.js';
import type { ExistingKnowledge } from '../existing.js';
import { periodSlug } from '../period.js';
import { renderKnowledgeFile } from '../render-yaml.js';
import { LICENCE, METRIC_COLUMNS, PUBLISHER, SOURCE_ID_PREFIX } from './layout.js';
import type { Gap, TableRow } from './read-rows.js';
import type { HomeOfficeTable } from './read-workbook.js';
import { ForceResolver, type NewForce } from './resolve-forces.js';
import { resolveMetrics } from './resolve-metrics.js';

type Statistic = NonNullable<KnowledgeFile['statistics']>[number];

export interface ImportSummary {
  table: string;
  title: string;
  period: string;
  statistics: number;
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

function valuesLine(row: TableRow): string {
  return METRIC_COLUMNS.map((c) => `${c.heading} ${row.values.get(c.metric.id) ?? 'none'}`).join(', ');
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

/** The comment above the YAML: how the file was made, from what, and what it leaves out. */
function headerLines(read: HomeOfficeTable, metricIds: Map<string, string>, revisedElsewhere: TableRow[]): string[] {
  const table = tableName(read);
  const header = [
    'yaml-language-server: $schema=./knowledge.schema.json',
    'Generated from a Home Office workbook; do not edit by hand. To update it, run the import again:',
    `  npm run import -- home-office ${read.document}`,
    ...wrap(`Read from ${table} ("${read.located.title}"), rows for ${periodLabel(read.publication.period)}.`),
    ...wrap(
      `Columns → metrics: ${METRIC_COLUMNS.map((c) => `${c.heading} → ${metricIds.get(c.metric.id)}`).join(', ')}.`,
    ),
  ];
  if (revisedElsewhere.length > 0) {
    header.push(
      ...wrap(
        `${table} also revises figures for other periods, not imported here (figures for a period come from that period's own publication):`,
      ),
    );
    for (const row of revisedElsewhere)
      header.push(...wrap(`${row.printed}, ${periodLabel(row.period)}: ${valuesLine(row)}`, 96).map((l) => `  ${l}`));
  }
  return header;
}

/** Build the knowledge file for a read table, given what the rest of the pack defines. */
export function buildHomeOfficeKnowledge(read: HomeOfficeTable, existing: ExistingKnowledge): HomeOfficeImport {
  const period = read.publication.period;
  const table = tableName(read);
  const sourceId = `${SOURCE_ID_PREFIX}-${periodSlug(period)}`;
  const metrics = resolveMetrics(existing);
  const forces = new ForceResolver(existing);
  const warnings: string[] = [];

  const own = read.rows.filter((r) => !r.total && samePeriod(r.period, period));
  const revisedElsewhere = read.rows.filter((r) => !r.total && r.revised && !samePeriod(r.period, period));

  const created = new Map<string, NewForce>();
  const byForce = new Map<string, TableRow>();
  const statistics: Statistic[] = [];
  for (const row of own) {
    const force = forces.resolve(row.label, row.region);
    const earlier = byForce.get(force.id);
    if (earlier)
      throw new ImportError({
        code: 'duplicate-force',
        table: read.located.table.name,
        force: force.id,
        rows: [earlier.ref, row.ref],
      });
    byForce.set(force.id, row);
    if (force.created) created.set(force.id, force.created);
    if (force.existing && !force.existing.region && row.region) {
      warnings.push(
        `Force "${force.id}" has no region in the knowledge; ${table} groups it under "${row.region}". Add \`region: ${row.region}\` to it for regional comparisons.`,
      );
    }
    const values: Record<string, number | null> = {};
    for (const column of METRIC_COLUMNS)
      values[metrics.ids.get(column.metric.id)!] = row.values.get(column.metric.id) ?? null;
    const statistic: Statistic = {
      force: force.id,
      period: { from: period.from, to: period.to },
      source: sourceId,
      values,
    };
    const remark = remarks(row, read);
    if (remark) statistic.remarks = remark;
    statistics.push(statistic);
  }
  statistics.sort((a, b) => a.force.localeCompare(b.force));

  for (const dropped of forces.droppedAliases) {
    warnings.push(
      `New force "${dropped.force}" does not get the alias "${dropped.alias}": force "${dropped.owner}" already answers to it.`,
    );
  }
  if (revisedElsewhere.length > 0) {
    warnings.push(
      `${table} also revises ${revisedElsewhere.length} row(s) for other periods (${revisedElsewhere.map((r) => `${r.printed}, ${periodLabel(r.period)}`).join('; ')}); ` +
        "they are listed in the file header but not imported, because figures for a period come from that period's own publication.",
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
  };

  const file: KnowledgeFile = { sources: [source] };
  if (created.size > 0) file.forces = [...created.values()].sort((a, b) => a.id.localeCompare(b.id));
  if (metrics.created.length > 0) file.metrics = metrics.created;
  file.statistics = statistics;
  // The output must load: a failure here is a bug in the importer, not in the workbook.
  knowledgeFileSchema.parse(file);

  return {
    text: renderKnowledgeFile(headerLines(read, metrics.ids, revisedElsewhere), file),
    file,
    summary: {
      table,
      title: read.located.title,
      period: periodLabel(period),
      statistics: statistics.length,
      newForces: [...created.keys()].sort(),
      newMetrics: metrics.created.map((m) => m.id),
      reusedMetrics: metrics.reused,
    },
    warnings,
  };
}
