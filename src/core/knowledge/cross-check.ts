// Checks that need the whole pack: unique ids, references that resolve, sane periods and counts,
// and review dates. Turns the parsed files into the domain `Knowledge`.
import type { FigureSet, Force, Knowledge, Metric, Note, Origin, Problem, Source } from '../types.js';
import { isRealDate, periodLabel } from '../text/dates.js';
import { didYouMean } from '../text/did-you-mean.js';
import { normalise } from '../text/normalise.js';
import type { ParsedFile } from './parse-file.js';
import type { Path } from './positions.js';

interface Defined {
  kind: string;
  origin: Origin;
}

/** Assemble `Knowledge` from parsed files, reporting every cross-file problem. */
export function crossCheck(
  dir: string,
  files: ParsedFile[],
  updatedAt: Date,
  todayIso: string,
): { knowledge: Knowledge; problems: Problem[] } {
  const problems: Problem[] = [];
  const ids = new Map<string, Defined>();
  const knowledge: Knowledge = {
    dir,
    sources: new Map(),
    notes: [],
    statistics: [],
    totals: [],
    forces: new Map(),
    metrics: new Map(),
    synonyms: [],
    updatedAt,
  };

  // First pass: collect every definition so references can resolve in any file order.
  for (const f of files) {
    const add = (kind: string, id: string, path: Path): Origin | undefined => {
      const origin = { file: f.file, ...f.locate.at([...path, 'id']) };
      const earlier = ids.get(id);
      if (earlier) {
        problems.push(
          error(
            origin,
            `duplicate id "${id}": already used by a ${earlier.kind} at ${earlier.origin.file}:${earlier.origin.line}:${earlier.origin.col}`,
          ),
        );
        return undefined;
      }
      ids.set(id, { kind, origin });
      return origin;
    };
    const d = f.data;
    if (!d) continue;
    d.sources?.forEach((s, i) => {
      const origin = add('source', s.id, ['sources', i]);
      if (origin) knowledge.sources.set(s.id, { ...toSource(s), origin });
    });
    d.forces?.forEach((x, i) => {
      const origin = add('force', x.id, ['forces', i]);
      if (origin)
        knowledge.forces.set(x.id, { id: x.id, name: x.name, aliases: x.aliases ?? [], region: x.region, origin });
    });
    d.metrics?.forEach((m, i) => {
      const origin = add('metric', m.id, ['metrics', i]);
      if (origin)
        knowledge.metrics.set(m.id, {
          id: m.id,
          label: m.label,
          terms: m.terms,
          partOf: m.part_of,
          unit: m.unit,
          ...(m.not_stated ? { notStated: true } : {}),
          origin,
        });
    });
    d.notes?.forEach((n, i) => {
      const origin = add('note', n.id, ['notes', i]);
      if (origin) knowledge.notes.push(toNote(n, origin));
    });
    d.statistics?.forEach((s, i) => {
      const id = s.id ?? `${s.force}.${s.period.from}.${s.period.to}.${s.source}`;
      const origin = s.id ? add('statistic', id, ['statistics', i]) : addDerived(id, ['statistics', i]);
      if (origin) {
        knowledge.statistics.push({ ...figureSet(s, id, origin), force: s.force });
      }
    });
    d.totals?.forEach((t, i) => {
      const id = t.id ?? `total.${normalise(t.area).replace(/ /g, '-')}.${t.period.from}.${t.period.to}.${t.source}`;
      const origin = t.id ? add('total', id, ['totals', i]) : addDerived(id, ['totals', i]);
      // The scope is settled once every force (and so every region) is known.
      if (origin) knowledge.totals.push({ ...figureSet(t, id, origin), area: t.area, scope: 'national' });
    });
    d.synonyms?.forEach((group) => knowledge.synonyms.push(group));

    function addDerived(id: string, path: Path): Origin | undefined {
      const origin = { file: f.file, ...f.locate.at(path) };
      const earlier = ids.get(id);
      if (earlier) {
        problems.push(
          error(
            origin,
            `duplicate figures: the same ${path[0] === 'totals' ? 'area' : 'force'}, period and source are already given at ${earlier.origin.file}:${earlier.origin.line}:${earlier.origin.col}`,
          ),
        );
        return undefined;
      }
      ids.set(id, { kind: 'statistic', origin });
      return origin;
    }
  }

  // A file whose YAML cannot be read may define any id: references into it are not reported as
  // missing (the file's own error is the one to fix first).
  const complete = !files.some((f) => f.unreadable);

  // Second pass: references, dates and counts.
  const synonymGroups = new Map<string, { origin: Origin; group: string[] }>();
  for (const f of files) {
    const d = f.data;
    if (!d) continue;
    const at = (path: Path): Origin => ({ file: f.file, ...f.locate.at(path) });
    const ref = (kind: string, id: string, known: Map<string, unknown>, path: Path) => {
      if (complete && !known.has(id))
        problems.push(
          error(at(path), `${kind} "${id}" is not defined in the knowledge${didYouMean(id, known.keys())}`),
        );
    };

    d.sources?.forEach((s, i) => {
      if (s.date && !isRealDate(s.date))
        problems.push(error(at(['sources', i, 'date']), `sources[${i}].date: "${s.date}" is not a real calendar date`));
      s.revises?.forEach((earlier, j) => {
        if (earlier === s.id)
          problems.push(error(at(['sources', i, 'revises', j]), `source "${s.id}" cannot revise itself`));
        else ref('source', earlier, knowledge.sources, ['sources', i, 'revises', j]);
      });
    });
    d.metrics?.forEach((m, i) => {
      if (m.part_of === undefined) return;
      if (m.part_of === m.id)
        problems.push(error(at(['metrics', i, 'part_of']), `metric "${m.id}" cannot be part of itself`));
      else ref('metric', m.part_of, knowledge.metrics, ['metrics', i, 'part_of']);
    });
    d.notes?.forEach((n, i) => {
      ref('source', n.source, knowledge.sources, ['notes', i, 'source']);
      n.forces?.forEach((force, j) => ref('force', force, knowledge.forces, ['notes', i, 'forces', j]));
      for (const field of ['reviewed', 'review_by'] as const) {
        const value = n[field];
        if (value && !isRealDate(value))
          problems.push(error(at(['notes', i, field]), `notes[${i}].${field}: "${value}" is not a real calendar date`));
      }
      if (n.reviewed && n.review_by && n.review_by < n.reviewed) {
        problems.push(
          error(
            at(['notes', i, 'review_by']),
            `note "${n.id}": review_by (${n.review_by}) is before reviewed (${n.reviewed})`,
          ),
        );
      } else if (n.review_by && isRealDate(n.review_by) && n.review_by < todayIso) {
        problems.push({
          ...at(['notes', i, 'review_by']),
          message: `note "${n.id}" was due for review on ${n.review_by}`,
          severity: 'warning',
        });
      }
    });
    d.statistics?.forEach((s, i) => {
      ref('force', s.force, knowledge.forces, ['statistics', i, 'force']);
      checkFigures(s, ['statistics', i]);
    });
    d.totals?.forEach((t, i) => checkFigures(t, ['totals', i]));
    d.synonyms?.forEach((group, i) => {
      // The same term twice in one group ("body-worn video", "body worn video") is harmless.
      for (const [j, term] of group.entries()) {
        const key = normalise(term);
        const origin = at(['synonyms', i, j]);
        const earlier = synonymGroups.get(key);
        if (earlier?.group === group) continue;
        if (!earlier) {
          synonymGroups.set(key, { origin, group });
          continue;
        }
        const where = `${earlier.origin.file}:${earlier.origin.line}:${earlier.origin.col}`;
        problems.push(
          warning(
            origin,
            `synonym "${term}" is also in the group at ${where} [${earlier.group.join(', ')}]: a question saying it is read as every term of both groups; if they mean the same, make them one group, else keep it in one`,
          ),
        );
      }
    });

    /** Source, period and counts of one set of figures (a statistic or a total). */
    function checkFigures(
      s: { source: string; period: { from: string; to: string }; values: FigureSet['values'] },
      path: Path,
    ) {
      const name = `${path[0]}[${path[1]}]`;
      ref('source', s.source, knowledge.sources, [...path, 'source']);
      for (const end of ['from', 'to'] as const) {
        if (!isRealDate(s.period[end]))
          problems.push(
            error(at([...path, 'period', end]), `${name}.period.${end}: "${s.period[end]}" is not a real month`),
          );
      }
      if (isRealDate(s.period.from) && isRealDate(s.period.to) && s.period.from > s.period.to) {
        problems.push(
          error(at([...path, 'period']), `${name}.period: starts (${s.period.from}) after it ends (${s.period.to})`),
        );
      }
      for (const [metricId, value] of Object.entries(s.values)) {
        const metric = knowledge.metrics.get(metricId);
        if (!metric && !complete) continue;
        if (!metric) {
          problems.push(
            error(
              at([...path, 'values', metricId]),
              `metric "${metricId}" is not defined in the knowledge${didYouMean(metricId, knowledge.metrics.keys())}`,
            ),
          );
          continue;
        }
        const base = metric.partOf ? s.values[metric.partOf] : undefined;
        if (value !== null && typeof base === 'number' && value > base) {
          const baseLabel = knowledge.metrics.get(metric.partOf!)?.id ?? metric.partOf;
          problems.push(
            error(
              at([...path, 'values', metricId]),
              `${metricId} (${value}) is greater than ${baseLabel} (${base}), which it is part of`,
            ),
          );
        }
      }
    }
  }

  const regions = new Set([...knowledge.forces.values()].map((f) => f.region).filter((r) => r !== undefined));
  const regionKeys = new Map([...regions].map((r) => [normalise(r), r]));
  for (const total of knowledge.totals) {
    const region = regionKeys.get(normalise(total.area));
    if (region) Object.assign(total, { area: region, scope: 'region' });
  }
  if (complete) {
    problems.push(
      ...unrevisedDuplicates(knowledge.statistics, (s) => `force "${s.force}"`, knowledge.sources),
      ...unrevisedDuplicates(knowledge.totals, (t) => `the total for ${t.area}`, knowledge.sources),
    );
  }

  problems.push(...aliasClashes(knowledge.forces), ...partOfCycles(knowledge.metrics));
  return { knowledge, problems };
}

/** Two forces answering to the same name would make figures ambiguous. */
function aliasClashes(forces: Map<string, Force>): Problem[] {
  const owners = new Map<string, Force>();
  const problems: Problem[] = [];
  for (const force of forces.values()) {
    const names = new Set([force.id, force.name, ...force.aliases].map(normalise));
    for (const name of names) {
      const other = owners.get(name);
      if (other && other.id !== force.id) {
        problems.push(
          error(
            force.origin,
            `force "${force.id}": the name "${name}" is also used by force "${other.id}" (${other.origin.file}:${other.origin.line}:${other.origin.col})`,
          ),
        );
      } else owners.set(name, force);
    }
  }
  return problems;
}

/** `a part_of b part_of a` would show "50 of 50 = 100%": every metric must end at a whole. */
function partOfCycles(metrics: Map<string, Metric>): Problem[] {
  const problems: Problem[] = [];
  const reported = new Set<string>();
  for (const start of metrics.values()) {
    const chain: string[] = [start.id];
    let next = start.partOf;
    while (next !== undefined && next !== start.id && metrics.has(next) && !chain.includes(next)) {
      chain.push(next);
      next = metrics.get(next)!.partOf;
    }
    if (next !== start.id || chain.length < 2) continue;
    if (chain.some((id) => reported.has(id))) continue;
    chain.forEach((id) => reported.add(id));
    problems.push(
      error(
        start.origin,
        `metric "${start.id}": part_of goes round in a circle (${[...chain, start.id].join(' → ')}): one of them must be the whole, without part_of`,
      ),
    );
  }
  return problems;
}

/** The domain fields shared by statistics and totals. */
function figureSet(
  s: Pick<
    import('./schema.js').RawStatistic,
    'period' | 'source' | 'values' | 'remarks' | 'quote' | 'table' | 'visibility'
  >,
  id: string,
  origin: Origin,
): FigureSet {
  return {
    id,
    period: s.period,
    source: s.source,
    values: s.values,
    ...(s.remarks ? { remarks: s.remarks } : {}),
    ...(s.quote ? { quote: s.quote } : {}),
    ...(s.table ? { table: s.table } : {}),
    visibility: s.visibility ?? 'public',
    origin,
  };
}

/** Does source `later` revise source `earlier`, directly or through other revisions? */
export function revises(sources: Map<string, Source>, later: string, earlier: string): boolean {
  const seen = new Set<string>();
  const walk = (id: string): boolean => {
    if (seen.has(id)) return false;
    seen.add(id);
    return (sources.get(id)?.revises ?? []).some((e) => e === earlier || walk(e));
  };
  return walk(later);
}

/**
 * Two sources may give figures for one force (or area) and period only when one revises the other;
 * otherwise an answer could not tell which to show.
 */
function unrevisedDuplicates<T extends FigureSet>(
  sets: T[],
  subject: (set: T) => string,
  sources: Map<string, Source>,
): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, T[]>();
  for (const set of sets) {
    const key = `${subject(set)}|${set.period.from}|${set.period.to}`;
    const earlier = seen.get(key) ?? [];
    const clash = earlier.find(
      (e) =>
        e.source !== set.source && !revises(sources, set.source, e.source) && !revises(sources, e.source, set.source),
    );
    if (clash) {
      problems.push(
        error(
          set.origin,
          `${subject(set)}, ${periodLabel(set.period)}: source "${set.source}" gives figures that source "${clash.source}" already gives (${clash.origin.file}:${clash.origin.line}:${clash.origin.col}). ` +
            `Two publications may give one period's figures only when one revises the other: if "${set.source}" revises "${clash.source}", add \`revises: [${clash.source}]\` to source "${set.source}" (for imported workbooks, run the import of the later workbook again); otherwise remove one of them.`,
        ),
      );
    }
    seen.set(key, [...earlier, set]);
  }
  return problems;
}

function warning(origin: Origin, message: string): Problem {
  return { file: origin.file, line: origin.line, col: origin.col, message, severity: 'warning' };
}

function error(origin: Origin, message: string): Problem {
  return { file: origin.file, line: origin.line, col: origin.col, message, severity: 'error' };
}

function toSource(s: NonNullable<import('./schema.js').KnowledgeFile['sources']>[number]): Source {
  return {
    id: s.id,
    title: s.title,
    publisher: s.publisher,
    date: s.date,
    dateApproximate: s.date_approximate,
    url: s.url,
    document: s.document,
    licence: s.licence,
    revises: s.revises ?? [],
  };
}

function toNote(n: import('./schema.js').RawNote, origin: Origin): Note {
  return {
    id: n.id,
    title: n.title,
    topic: n.topic,
    text: n.text,
    source: n.source,
    quote: n.quote,
    tags: n.tags ?? [],
    forces: n.forces ?? [],
    questions: n.questions ?? [],
    visibility: n.visibility ?? 'public',
    reviewed: n.reviewed,
    reviewBy: n.review_by,
    origin,
  };
}
