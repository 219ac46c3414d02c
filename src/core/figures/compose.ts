// Answers a figures question from the statistics: the exact numbers, the arithmetic behind
// every rate, comparisons, rankings and trends — or exactly what the knowledge has instead.
import type {
  Audience,
  Figure,
  FigureLayout,
  FigureSet,
  Force,
  Knowledge,
  Metric,
  Period,
  Statistic,
  Total,
} from '../types.js';
import { CitationBook } from '../answer/citations.js';
import { formatCount, formatRate, rankedValue } from '../answer/present.js';
import { periodLabel } from '../text/dates.js';
import { barChart } from './chart.js';
import { notStatedCaveats } from './caveats.js';
import { FigureBuilder } from './figure-of.js';
import type { FigureQuestion } from './parse.js';
import { asksSeveralPeriods, hasPeriod, missingPeriods, samePeriod, settle } from './periods.js';
import { latestRevisions } from './revisions.js';
import {
  defaultMetric,
  inAskedPeriods,
  latestPeriod,
  listForces,
  listPeriods,
  metricsWithData,
  periodsOf,
  rankingPeriod,
  visibleStatistics,
} from './select.js';
import { answerTotals, rankRegions, shareOfTotal, wantsTotal } from './totals.js';

export interface FiguresAnswer {
  answered: boolean;
  /** The sentences around the figures; the figure lines themselves are built from `figures` (answer/present.ts). */
  text: string;
  figures: Figure[];
  /** Absent: a list. */
  layout?: FigureLayout;
  chart?: string[];
  notices: string[];
}

/** How many forces a ranking lists when the question does not say. */
const DEFAULT_TOP = 10;
/** A ranking needs at least this many forces in a period to prefer it over an older one. */
const MIN_FORCES_TO_RANK = 2;

/** Compose the figures answer; citations go into `book`. `today` (YYYY-MM-DD) settles "last year". */
export function composeFigures(
  asked: FigureQuestion,
  knowledge: Knowledge,
  audience: Audience,
  book: CitationBook,
  today = new Date().toISOString().slice(0, 10),
): FiguresAnswer {
  const q = { ...asked, periods: settle(asked.periods, today) };
  const stats = latestRevisions(visibleStatistics(knowledge, audience), (s) => s.force, knowledge.sources);
  const visibleTotals = knowledge.totals.filter((t) => audience === 'internal' || t.visibility === 'public');
  const totals = latestRevisions(visibleTotals, (t) => t.area, knowledge.sources);
  const earlier = new Map<string, FigureSet[]>([...stats.earlier, ...totals.earlier]);
  const ctx: Ctx = {
    knowledge,
    book,
    all: stats.current,
    totals: totals.current,
    figures: new FigureBuilder(knowledge, book, earlier),
  };
  if (q.periods.unreadable.length > 0) {
    const named = q.periods.unreadable.map((p) => `"${p}"`).join(', ');
    return noFigures(`I can't tell which period ${named} is. ${whatIHave(ctx)}`);
  }
  if (q.forces.length === 0 && q.unknownSubjects.length > 0 && q.areas.length === 0) return unknownSubject(q, ctx);
  if (q.intent.byRegion && q.forces.length === 0) return rankRegions(q, ctx);
  if (q.forces.length > 0 && q.intent.rate && (q.areas.length > 0 || q.intent.national || q.regions.length > 0))
    return shareOfTotal(q, ctx);
  if (q.forces.length === 0 && wantsTotal(q)) return answerTotals(q, ctx);
  if (q.forces.length === 1 && (q.intent.trend || asksSeveralPeriods(q.periods))) {
    return trend(q, q.forces[0]!, ctx);
  }
  if (q.forces.length >= 2) return comparison(q, q.forces, ctx);
  if (q.forces.length === 1) return single(q, q.forces[0]!, ctx);
  return ranking(q, ctx);
}

export interface Ctx {
  knowledge: Knowledge;
  book: CitationBook;
  /** The latest revision of every force's figures. */
  all: Statistic[];
  /** The latest revision of every published total. */
  totals: Total[];
  figures: FigureBuilder;
}

function unknownSubject(q: FigureQuestion, ctx: Ctx): FiguresAnswer {
  const named = q.unknownSubjects.map((w) => `"${w}"${lookAlike(w)}`).join(', ');
  return noFigures(`I have no figures for ${named}. ${whatIHave(ctx)}`);
}

/**
 * " (written with Cyrillic letters)" for a name that mixes Latin letters with look-alikes from
 * another alphabet ("Кent" with a Cyrillic К), which otherwise reads as a name the knowledge has.
 */
function lookAlike(word: string): string {
  if (!/\p{Script=Latin}/u.test(word)) return '';
  if (/\p{Script=Cyrillic}/u.test(word)) return ' (written with Cyrillic letters)';
  if (/\p{Script=Greek}/u.test(word)) return ' (written with Greek letters)';
  return '';
}

function single(q: FigureQuestion, force: Force, ctx: Ctx): FiguresAnswer {
  const own = ctx.all.filter((s) => s.force === force.id);
  if (own.length === 0) return noFigures(`I have no figures for ${force.name}. ${whatIHave(ctx)}`);
  const asked = inAskedPeriods(own, q);
  if (asked.length === 0) return noPeriod(q, force.name, own);
  const metrics = q.metrics.length > 0 ? q.metrics : metricsWithData(ctx.knowledge, asked);
  const withMetric = asked.filter((s) => metrics.some((m) => m.id in s.values));
  if (withMetric.length === 0) {
    // Said for the period asked, and where the measure asked for is given, so "I have no figures on
    // red-dotted… I have: …, red-dotted" cannot happen.
    const period = listWords(periodsOf(asked).map(periodLabel));
    const measure = metrics.map((m) => m.label).join(' or ');
    const have = metricsWithData(ctx.knowledge, asked)
      .map((m) => m.label)
      .join(', ');
    const elsewhere = periodsOf(own.filter((s) => metrics.some((m) => m.id in s.values))).map(periodLabel);
    return noFigures(
      `I have no figures on ${measure} for ${force.name} for ${period}. For that period I have: ${have}.` +
        (elsewhere.length > 0 ? ` I have ${measure} for ${force.name} for ${listWords(elsewhere)}.` : ''),
    );
  }
  const latest = periodsOf(withMetric).at(-1)!;
  const stats = withMetric.filter((s) => samePeriod(s.period, latest));
  const figures = stats.flatMap((s) => metricsIn(s, metrics, ctx).map((m) => figureOf(s, m, force, ctx)));
  ctx.figures.cite(figures);
  const notices = [
    ...otherPeriodsNotice(force, periodsOf(withMetric), latest),
    ...revisedNotice(figures),
    ...notStatedCaveats(stats, figures, ctx.knowledge),
  ];
  return { answered: true, text: '', figures, notices };
}

function comparison(q: FigureQuestion, forces: Force[], ctx: Ctx): FiguresAnswer {
  const stats = inAskedPeriods(ctx.all, q).filter((s) => forces.some((f) => f.id === s.force));
  const missing = forces.filter((f) => !stats.some((s) => s.force === f.id));
  if (stats.length === 0)
    return hasPeriod(q.periods)
      ? noPeriod(
          q,
          listForces(forces),
          ctx.all.filter((s) => forces.some((f) => f.id === s.force)),
        )
      : noFigures(`I have no figures for ${listForces(forces)}. ${whatIHave(ctx)}`);
  const named = forces.filter((f) => stats.some((s) => s.force === f.id)).map((f) => f.id);
  const period = commonPeriod(stats, q.metrics, named);
  const chosen = stats.filter((s) => samePeriod(s.period, period));
  const metrics = q.metrics.length > 0 ? q.metrics : metricsWithData(ctx.knowledge, chosen);
  const lead = leadMetric(q, metrics, chosen, ctx);
  const figures = forces.flatMap((force) =>
    chosen
      .filter((s) => s.force === force.id)
      .flatMap((s) => metricsIn(s, metrics, ctx).map((m) => figureOf(s, m, force, ctx))),
  );
  const notices = [
    ...missing.map((f) => `I have no figures for ${f.name}${askedPeriodText(q)}.`),
    ...olderPeriodsNotice(periodsOf(stats), period),
  ];
  ctx.figures.cite(figures);
  notices.push(...revisedNotice(figures), ...notStatedCaveats(chosen, figures, ctx.knowledge));
  const leadFigures = figures.filter((f) => f.metricId === lead?.id && f.value !== null);
  const sentences = lead && leadFigures.length >= 2 ? [compareSentence(leadFigures, q.intent.rate)] : [];
  return {
    answered: figures.length > 0,
    text: sentences.join('\n'),
    figures,
    chart: chartOf(leadFigures, q.intent.rate),
    notices,
  };
}

function ranking(q: FigureQuestion, ctx: Ctx): FiguresAnswer {
  const inRegion =
    q.regions.length > 0
      ? ctx.all.filter((s) => q.regions.includes(ctx.knowledge.forces.get(s.force)?.region ?? ''))
      : ctx.all;
  const stats = inAskedPeriods(inRegion, q);
  if (stats.length === 0)
    return hasPeriod(q.periods)
      ? noPeriod(q, q.regions.length ? q.regions.join(', ') : 'any force', inRegion)
      : noFigures(`I have no figures${q.regions.length ? ` for ${q.regions.join(', ')}` : ''}. ${whatIHave(ctx)}`);
  const metric = q.intent.rate
    ? leadMetric(q, q.metrics, stats, ctx)
    : (mostRecentMetric(q.metrics, stats) ?? leadMetric(q, q.metrics, stats, ctx));
  if (!metric) return noFigures(whatIHave(ctx));
  const chosen = rankingPeriod(stats, metric.id) ?? { period: latestPeriod(stats, metric.id, MIN_FORCES_TO_RANK)! };
  const period = chosen.period;
  const rows = stats
    .filter((s) => samePeriod(s.period, period) && typeof s.values[metric.id] === 'number')
    .map((s) => figureOf(s, metric, ctx.knowledge.forces.get(s.force)!, ctx));
  const key = (f: Figure) => (q.intent.rate ? (f.rate ?? -1) : (f.value ?? -1));
  rows.sort((a, b) => (q.intent.ascending ? key(a) - key(b) : key(b) - key(a)) || a.force.localeCompare(b.force));
  const top = rows.slice(0, q.intent.top ?? DEFAULT_TOP);
  ctx.figures.cite(top);
  const measure =
    q.intent.rate && metric.partOf ? `${metric.label} as a share of ${baseLabel(metric, ctx)}` : metric.label;
  const where = q.regions.length > 0 ? ` in ${q.regions.join(', ')}` : '';
  const heading = `${q.intent.ascending ? 'Lowest' : 'Highest'} ${measure}${where}, ${periodLabel(period)} (${top.length} of ${rows.length} forces with figures):`;
  const skipped = stats.filter((s) => samePeriod(s.period, period) && s.values[metric.id] === null);
  const notices =
    skipped.length > 0
      ? [
          `No figure was published for ${skipped.map((s) => ctx.knowledge.forces.get(s.force)?.name ?? s.force).join(', ')}.`,
        ]
      : [];
  const withMetric = stats.filter((s) => typeof s.values[metric.id] === 'number');
  if (!hasPeriod(q.periods) && periodsOf(withMetric).length > 1)
    notices.push(
      `No period named: ranked on ${periodLabel(period)}, the latest period with figures for the most forces (${rows.length}). I also have figures for ${listPeriods(periodsOf(withMetric).filter((p) => !samePeriod(p, period)))} (name the period to see them).`,
    );
  else notices.push(...olderPeriodsNotice(periodsOf(withMetric), period));
  const publications = [...new Set(top.map((f) => f.publication).filter(Boolean))];
  notices.push(
    ...missingNotice(q, stats),
    ...notStatedCaveats(
      stats.filter((s) => top.some((f) => f.forceId === s.force && samePeriod(f.period, s.period))),
      top,
      ctx.knowledge,
    ),
  );
  return {
    answered: true,
    text: `${heading.slice(0, -1)} — ${publications.join('; ')}:`,
    figures: top,
    layout: { kind: 'ranking', by: q.intent.rate ? 'rate' : 'count' },
    chart: chartOf(top, q.intent.rate),
    notices,
  };
}

function trend(q: FigureQuestion, force: Force, ctx: Ctx): FiguresAnswer {
  const own = inAskedPeriods(
    ctx.all.filter((s) => s.force === force.id),
    q,
  );
  if (own.length === 0)
    return hasPeriod(q.periods)
      ? noPeriod(
          q,
          force.name,
          ctx.all.filter((s) => s.force === force.id),
        )
      : noFigures(`I have no figures for ${force.name}. ${whatIHave(ctx)}`);
  const metric = leadMetric(q, q.metrics, own, ctx);
  if (!metric) return noFigures(whatIHave(ctx));
  const series = own
    .filter((s) => metric.id in s.values)
    .sort((a, b) => a.period.from.localeCompare(b.period.from))
    .map((s) => figureOf(s, metric, force, ctx));
  ctx.figures.cite(series);
  const known = series.filter((f) => f.value !== null);
  const changes = known.slice(1).map((f, i) => changeSentence(known[i]!, f));
  const only = known.length === 1 ? [`I have ${metric.label} for ${force.name} for one period only.`] : [];
  const sources = new Set(own.filter((s) => metric.id in s.values).map((s) => s.source));
  const mixed =
    sources.size > 1
      ? [
          'These figures come from different publications, whose definitions and counting rules may differ: compare them with care.',
        ]
      : [];
  return {
    answered: series.length > 0,
    text: [...changes, ...only].join('\n'),
    figures: series,
    chart: barChart(known.map((f) => ({ label: f.periodLabel, value: f.value!, shown: formatCount(f.value!) }))),
    notices: [
      ...missingNotice(
        q,
        ctx.all.filter((s) => s.force === force.id),
      ),
      ...mixed,
      ...revisedNotice(series),
    ],
  };
}

/** The metric a comparison, ranking or trend is ordered by. */
function leadMetric(q: FigureQuestion, metrics: Metric[], stats: Statistic[], ctx: Ctx): Metric | undefined {
  const reported = metrics.filter((m) => stats.some((s) => typeof s.values[m.id] === 'number'));
  // A rate question ranks the part (e.g. discharges), not the whole it is a share of.
  const preferred = q.intent.rate
    ? reported.find((m) => m.partOf)
    : reported.find((m) => q.metrics.includes(m) && !isBaseOfAnother(m, reported));
  return preferred ?? reported[0] ?? (metrics.length === 0 ? defaultMetric(ctx.knowledge, stats) : undefined);
}

/** Of several metrics the question names, the one with the most recent rankable figures. */
function mostRecentMetric(metrics: Metric[], stats: Statistic[]): Metric | undefined {
  let best: { metric: Metric; period: Period } | undefined;
  for (const metric of metrics) {
    const period = latestPeriod(stats, metric.id, MIN_FORCES_TO_RANK);
    if (period && (!best || period.from > best.period.from)) best = { metric, period };
  }
  return best?.metric;
}

function isBaseOfAnother(m: Metric, metrics: Metric[]): boolean {
  return metrics.some((other) => other.partOf === m.id);
}

/** The asked metrics this statistic reports: wholes before their parts, else in knowledge order. */
function metricsIn(stat: Statistic, metrics: Metric[], ctx: Ctx): Metric[] {
  const ids = new Set(metrics.map((m) => m.id));
  const reported = [...ctx.knowledge.metrics.values()].filter((m) => ids.has(m.id) && m.id in stat.values);
  return [...reported.filter((m) => !m.partOf), ...reported.filter((m) => m.partOf)];
}

function figureOf(stat: Statistic, metric: Metric, force: Force, ctx: Ctx): Figure {
  return ctx.figures.figure(stat, metric, { id: force.id, name: force.name });
}

/** ", revised (first published as 53)" after a ranking line whose figure was revised. */
/** Say which publication's figures are shown when a later one revised them. */
export function revisedNotice(figures: Figure[]): string[] {
  const revised = figures.filter((f) => f.revision);
  if (revised.length === 0) return [];
  const later = [...new Set(revised.map((f) => f.publication))].join(', ');
  const first = [...new Set(revised.map((f) => f.revision!.publication))].join(', ');
  return [`Showing the latest revision (${later}); the figures first published (${first}) are cited beside them.`];
}

/** The periods asked that the knowledge lacks, when others asked were answered. */
export function missingNotice(q: FigureQuestion, stats: { period: Period }[]): string[] {
  const missing = missingPeriods(q.periods, periodsOf(stats));
  return missing.length > 0
    ? [`No figures for ${listWords(missing)}: I have figures for ${listPeriods(periodsOf(stats))}.`]
    : [];
}

/** "No figures for that period", with the periods the knowledge does have — never a neighbouring one. */
export function noPeriod(q: FigureQuestion, subject: string, have: { period: Period }[]): FiguresAnswer {
  const asked = missingPeriods(q.periods, periodsOf(have));
  const named = asked.length > 0 ? listWords(asked) : q.periods.mentions.join(', ');
  const has =
    have.length > 0
      ? `I have figures for ${subject} for ${listPeriods(periodsOf(have))}.`
      : `I have no figures for ${subject}.`;
  return noFigures(`I have no figures for ${subject} for ${named}: no figures for that period. ${has}`);
}

function listWords(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function compareSentence(figures: Figure[], asRate: boolean): string {
  const key = (f: Figure) => (asRate ? (f.rate ?? -1) : f.value!);
  const sorted = [...figures].sort((a, b) => key(b) - key(a));
  const [first, ...rest] = sorted;
  const measure = asRate && first!.base ? `${first!.metric} as a share of ${first!.base.metric}` : first!.metric;
  const others = rest.map((f) => `${f.force} (${rankedValue(f, asRate)})`).join(', ');
  const most = figures.length > 2 ? 'the most' : asRate ? 'the higher' : 'more';
  return `${first!.force} had ${most} ${measure} in ${first!.periodLabel}: ${rankedValue(first!, asRate)}, against ${others}.`;
}

function changeSentence(before: Figure, after: Figure): string {
  const delta = after.value! - before.value!;
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  const pct = before.value! > 0 ? ` (${sign}${formatRate(Math.abs(delta) / before.value!)})` : '';
  return `${capitalise(after.metric)} ${delta === 0 ? 'unchanged' : delta > 0 ? 'rose' : 'fell'} from ${formatCount(before.value!)} in ${before.periodLabel} to ${formatCount(after.value!)} in ${after.periodLabel}: ${sign}${formatCount(Math.abs(delta))}${pct}.`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function chartOf(figures: Figure[], asRate: boolean): string[] | undefined {
  const rows = figures
    .filter((f) => (asRate ? f.rate !== undefined : f.value !== null))
    .map((f) => ({
      label: f.force,
      value: asRate ? f.rate! : f.value!,
      shown: asRate ? formatRate(f.rate!) : formatCount(f.value!),
    }));
  return rows.length >= 2 ? barChart(rows) : undefined;
}

function baseLabel(metric: Metric, ctx: Ctx): string {
  return ctx.knowledge.metrics.get(metric.partOf ?? '')?.label ?? metric.partOf ?? '';
}

/** The most recent period in which every named force has figures (for the metrics asked, if any). */
function commonPeriod(stats: Statistic[], metrics: Metric[], forceIds: string[]): Period {
  const relevant =
    metrics.length > 0 ? stats.filter((s) => metrics.some((m) => typeof s.values[m.id] === 'number')) : stats;
  const periods = periodsOf(relevant.length > 0 ? relevant : stats).reverse();
  const complete = periods.find((p) =>
    forceIds.every((id) => relevant.some((s) => s.force === id && samePeriod(s.period, p))),
  );
  return complete ?? periods[0]!;
}

/** Tell the reader other periods exist, so the latest figures are not mistaken for the only ones. */
function olderPeriodsNotice(periods: Period[], shownPeriod: Period): string[] {
  const others = periods.filter((p) => !samePeriod(p, shownPeriod));
  return others.length > 0
    ? [
        `Showing ${periodLabel(shownPeriod)}; I also have figures for ${listPeriods(others)} (name the period to see them).`,
      ]
    : [];
}

function otherPeriodsNotice(force: Force, periods: Period[], shownPeriod: Period): string[] {
  const others = periods.filter((p) => !samePeriod(p, shownPeriod));
  return others.length > 0
    ? [`I also have figures for ${force.name} for ${listPeriods(others)}; ask for the trend to see them together.`]
    : [];
}

function askedPeriodText(q: FigureQuestion): string {
  return q.periods.mentions.length > 0 ? ` for ${q.periods.mentions.join(', ')}` : '';
}

export { chartOf, leadMetric, whatIHave, noFigures, olderPeriodsNotice, DEFAULT_TOP };

/** "I have figures for A and B, for April 2021 – March 2022." */
function whatIHave(ctx: Ctx): string {
  if (ctx.all.length === 0 && ctx.totals.length === 0) return 'The knowledge holds no figures.';
  const forces = [...new Set(ctx.all.map((s) => s.force))].map((id) => ctx.knowledge.forces.get(id)!).filter(Boolean);
  const named = forces.length <= 6 ? listForces(forces) : `${forces.length} forces`;
  const national = [...new Set(ctx.totals.filter((t) => t.scope === 'national').map((t) => t.area))];
  const regions = new Set(ctx.totals.filter((t) => t.scope === 'region').map((t) => t.area)).size;
  const totals = [...national, ...(regions > 0 ? [`${regions} regions`] : [])];
  const also = totals.length > 0 ? ` I also have totals for ${listWords(totals)}.` : '';
  return `I have figures for ${named}, for ${listPeriods(periodsOf([...ctx.all, ...ctx.totals]))}.${also}`;
}

function noFigures(text: string): FiguresAnswer {
  return { answered: false, text, figures: [], notices: [] };
}
