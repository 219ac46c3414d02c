// National and regional totals: the total rows a source publishes, shares of them, and regions ranked
// by them. Where no total is published, a sum over forces is shown only when every force of the area
// has a figure, with the arithmetic and a caveat — never a sum that silently leaves a force out.
import { formatRate } from '../answer/present.js';
import { periodLabel } from '../text/dates.js';
import type { Figure, Force, Metric, Period } from '../types.js';
import type { Ctx, FiguresAnswer } from './compose.js';
import {
  chartOf,
  DEFAULT_TOP,
  leadMetric,
  missingNotice,
  noFigures,
  noPeriod,
  revisedNotice,
  whatIHave,
} from './compose.js';
import type { FigureQuestion } from './parse.js';
import { hasPeriod, periodMatches, samePeriod } from './periods.js';
import { defaultMetric, periodsOf } from './select.js';

interface Area {
  name: string;
  scope: 'national' | 'region';
}

/** Does the question ask for an area's total rather than its forces? */
export function wantsTotal(q: FigureQuestion): boolean {
  if (q.areas.length > 0 || q.intent.national) return true;
  return q.regions.length > 0 && !q.intent.ranking;
}

/** The areas asked: the regions named, else the national area (named, published, or all forces). */
function areasAsked(q: FigureQuestion, ctx: Ctx): Area[] {
  if (q.regions.length > 0) return q.regions.map((name) => ({ name, scope: 'region' as const }));
  const named = q.areas[0] ?? ctx.totals.find((t) => t.scope === 'national')?.area;
  return [{ name: named ?? 'all forces', scope: 'national' }];
}

function forcesOf(area: Area, ctx: Ctx): Force[] {
  return [...ctx.knowledge.forces.values()].filter((f) => area.scope === 'national' || f.region === area.name);
}

interface AreaFigure {
  figure: Figure;
  /** The force figures a sum adds up. */
  parts?: Figure[];
}

/** The area's figure for one metric and period: the published total, else a complete sum, else nothing. */
function areaFigure(area: Area, metric: Metric, period: Period, ctx: Ctx): AreaFigure | { incomplete: Force[] } {
  const total = ctx.totals.find((t) => t.area === area.name && samePeriod(t.period, period));
  if (total && metric.id in total.values)
    return { figure: ctx.figures.figure(total, metric, { id: '', name: area.name, area }) };
  const forces = forcesOf(area, ctx);
  const stats = forces.map((f) => ({
    force: f,
    stat: ctx.all.find((s) => s.force === f.id && samePeriod(s.period, period)),
  }));
  const incomplete = stats.filter((x) => typeof x.stat?.values[metric.id] !== 'number').map((x) => x.force);
  if (incomplete.length > 0 || forces.length === 0) return { incomplete };
  const parts = stats.map((x) => ctx.figures.figure(x.stat!, metric, { id: x.force.id, name: x.force.name }));
  return { figure: ctx.figures.sum(parts, metric, { id: '', name: area.name, area }), parts };
}

/** Periods with figures for an area: published totals, or periods some force of it reports. */
function areaPeriods(area: Area, ctx: Ctx): Period[] {
  const ids = new Set(forcesOf(area, ctx).map((f) => f.id));
  return periodsOf([...ctx.totals.filter((t) => t.area === area.name), ...ctx.all.filter((s) => ids.has(s.force))]);
}

function metricFor(q: FigureQuestion, area: Area, ctx: Ctx): Metric | undefined {
  const sets = [...ctx.totals.filter((t) => t.area === area.name), ...ctx.all];
  return q.metrics.length > 0 ? leadMetric(q, q.metrics, ctx.all, ctx) : defaultMetric(ctx.knowledge, sets);
}

const SUM_CAVEAT =
  'is a sum of the forces’ figures in my knowledge, not a published total: it holds only because every force of the area has a figure.';

/** "How many Taser uses in England and Wales in 2018/19", "total in the South East". */
export function answerTotals(q: FigureQuestion, ctx: Ctx): FiguresAnswer {
  const lines: string[] = [];
  const figures: Figure[] = [];
  const parts = new Map<Figure, Figure[]>();
  const notices: string[] = [];
  for (const area of areasAsked(q, ctx)) {
    const metric = metricFor(q, area, ctx);
    const available = areaPeriods(area, ctx);
    if (!metric || available.length === 0) {
      notices.push(`I have no figures for ${area.name}.`);
      continue;
    }
    const periods = hasPeriod(q.periods) ? available.filter((p) => periodMatches(p, q.periods)) : available;
    const metrics = q.metrics.length > 1 ? q.metrics : [metric];
    const shownPeriods = hasPeriod(q.periods) ? periods : periods.slice(-1);
    const found = shownPeriods.flatMap((period) =>
      metrics.map((m) => ({ period, m, result: areaFigure(area, m, period, ctx) })),
    );
    // Without a period named, the latest period with a figure (published or a complete sum).
    if (!hasPeriod(q.periods) && found.every((x) => !('figure' in x.result))) {
      const latest = [...periods].reverse().find((p) => metrics.some((m) => 'figure' in areaFigure(area, m, p, ctx)));
      if (latest)
        found.splice(
          0,
          found.length,
          ...metrics.map((m) => ({ period: latest, m, result: areaFigure(area, m, latest, ctx) })),
        );
    }
    for (const { period, m, result } of found) {
      if ('figure' in result) {
        figures.push(result.figure);
        if (result.parts) parts.set(result.figure, result.parts);
      } else
        notices.push(
          `No published total of ${m.label} for ${area.name}, ${periodLabel(period)}, and I do not add up the forces' figures because ${result.incomplete.length} of its forces ${result.incomplete.length === 1 ? 'has' : 'have'} none (${result.incomplete.map((f) => f.name).join(', ')}).`,
        );
    }
    notices.push(
      ...missingNotice(
        q,
        available.map((period) => ({ period })),
      ),
    );
  }
  ctx.figures.cite(figures, parts);
  if (figures.length === 0) {
    const area = areasAsked(q, ctx)[0]!;
    const have = areaPeriods(area, ctx).map((period) => ({ period }));
    // A period the area lacks altogether is "no figures for that period"; an incomplete sum says why.
    const incomplete = notices.filter((n) => n.startsWith('No published total'));
    if (incomplete.length === 0 && hasPeriod(q.periods)) return noPeriod(q, area.name, have);
    return noFigures([...notices, whatIHave(ctx)].join(' '));
  }
  if (figures.some((f) => f.sum)) notices.push(`A figure marked "sum" ${SUM_CAVEAT}`);
  notices.push(...revisedNotice(figures));
  return { answered: true, text: lines.join('\n'), figures, notices };
}

/** "What share of England and Wales Taser uses were in Kent?": a force's figure against the area's total. */
export function shareOfTotal(q: FigureQuestion, ctx: Ctx): FiguresAnswer {
  const area = areasAsked(q, ctx)[0]!;
  const metric = metricFor(q, area, ctx);
  if (!metric) return noFigures(whatIHave(ctx));
  const periods = areaPeriods(area, ctx).filter((p) => !hasPeriod(q.periods) || periodMatches(p, q.periods));
  const forcePeriods = (f: Force) => ctx.all.filter((s) => s.force === f.id).map((s) => s.period);
  const period = [...periods]
    .reverse()
    .find((p) => q.forces.every((f) => forcePeriods(f).some((x) => samePeriod(x, p))));
  if (!period)
    return noPeriod(
      q,
      `${q.forces.map((f) => f.name).join(' and ')} and ${area.name}`,
      ctx.all.filter((s) => q.forces.some((f) => f.id === s.force)),
    );
  const total = areaFigure(area, metric, period, ctx);
  if (!('figure' in total) || total.figure.value === null || total.figure.value === 0)
    return noFigures(`I have no total of ${metric.label} for ${area.name}, ${periodLabel(period)}. ${whatIHave(ctx)}`);
  const forceFigures = q.forces.map((f) => {
    const stat = ctx.all.find((s) => s.force === f.id && samePeriod(s.period, period))!;
    return ctx.figures.figure(stat, metric, { id: f.id, name: f.name });
  });
  const parts = new Map<Figure, Figure[]>(total.parts ? [[total.figure, total.parts]] : []);
  ctx.figures.cite([...forceFigures, total.figure], parts);
  const whole = total.figure.value;
  const sentences = forceFigures
    .filter((f) => f.value !== null)
    .map((f) => {
      const rate = f.value! / whole;
      return `${f.force} had ${formatRate(rate)} of ${area.name}'s ${metric.label} in ${f.periodLabel} (${f.value!.toLocaleString('en-GB')} of ${whole.toLocaleString('en-GB')} = ${formatRate(rate)}).`;
    });
  const notices = total.figure.sum ? [`The ${area.name} figure ${SUM_CAVEAT}`] : [];
  return {
    answered: true,
    text: sentences.join('\n'),
    figures: [...forceFigures, total.figure],
    notices: [...notices, ...revisedNotice([...forceFigures, total.figure])],
  };
}

/** "Which region used Taser most?": regions ranked by their totals (or complete sums). */
export function rankRegions(q: FigureQuestion, ctx: Ctx): FiguresAnswer {
  const regions = [...new Set([...ctx.knowledge.forces.values()].map((f) => f.region).filter((r) => r !== undefined))];
  if (regions.length === 0) return noFigures(`My knowledge gives no force a region. ${whatIHave(ctx)}`);
  const areas = regions.map((name) => ({ name, scope: 'region' as const }));
  const metric = metricFor(q, areas[0]!, ctx);
  if (!metric) return noFigures(whatIHave(ctx));
  const lead = q.intent.rate ? (q.metrics.find((m) => m.partOf) ?? metric) : metric;
  const candidates = periodsOf([...ctx.totals, ...ctx.all]).filter(
    (p) => !hasPeriod(q.periods) || periodMatches(p, q.periods),
  );
  if (candidates.length === 0) return noPeriod(q, 'the regions', [...ctx.totals, ...ctx.all]);
  const count = (p: Period) => areas.filter((a) => 'figure' in areaFigure(a, lead, p, ctx)).length;
  // The period where the most regions have a figure; the latest of those.
  const period = candidates.reduce((best, p) => (count(p) >= count(best) ? p : best), candidates[0]!);
  const results = areas.map((a) => ({ area: a, result: areaFigure(a, lead, period, ctx) }));
  const rows = results.flatMap((r) => ('figure' in r.result ? [r.result] : []));
  const key = (f: Figure) => (q.intent.rate ? (f.rate ?? -1) : (f.value ?? -1));
  rows.sort((a, b) => (q.intent.ascending ? key(a.figure) - key(b.figure) : key(b.figure) - key(a.figure)));
  const top = rows.slice(0, q.intent.top ?? DEFAULT_TOP);
  ctx.figures.cite(
    top.map((r) => r.figure),
    new Map(top.flatMap((r) => (r.parts ? [[r.figure, r.parts] as [Figure, Figure[]]] : []))),
  );
  const figures = top.map((r) => r.figure);
  const measure =
    q.intent.rate && lead.partOf
      ? `${lead.label} as a share of ${ctx.knowledge.metrics.get(lead.partOf)?.label ?? lead.partOf}`
      : lead.label;
  const publications = [...new Set(figures.map((f) => f.publication).filter(Boolean))].join('; ');
  const heading = `Regions by ${measure}, ${periodLabel(period)} (${top.length} of ${regions.length} regions with figures) — ${publications}:`;
  const without = results.filter((r) => !('figure' in r.result)).map((r) => r.area.name);
  const notices = [
    ...(without.length > 0 ? [`No total or complete set of force figures for ${without.join(', ')}.`] : []),
    ...(figures.some((f) => f.sum) ? [`A region marked "sum of N forces" ${SUM_CAVEAT}`] : []),
    ...(hasPeriod(q.periods)
      ? []
      : [`No period named: ranked on ${periodLabel(period)}, the latest period with figures for the most regions.`]),
    ...revisedNotice(figures),
  ];
  return {
    answered: true,
    text: heading,
    figures,
    layout: { kind: 'ranking', by: q.intent.rate ? 'rate' : 'count' },
    chart: chartOf(figures, q.intent.rate),
    notices,
  };
}
