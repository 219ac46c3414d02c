// One figure from one set of figures (a force's statistic or a total): its value, the arithmetic behind
// a rate, the publication it comes from, what an earlier publication first gave, and its citation in
// the source's own words (a quote) or as a table reference — naming only the rows and columns used.
import type { CitationBook } from '../answer/citations.js';
import { formatCount, formatRate } from '../answer/present.js';
import { monthLabel, periodLabel } from '../text/dates.js';
import type { Figure, FigureSet, Knowledge, Metric } from '../types.js';

/** What a figure is about: a force, or the area of a total. */
export interface Subject {
  id: string;
  name: string;
  area?: Figure['area'];
}

interface Use {
  set: FigureSet;
  subject: string;
  metrics: string[];
  onCited: ((n: number) => void)[];
}

/** Builds figures and cites them once the answer knows which it shows. */
export class FigureBuilder {
  private readonly uses = new Map<string, Use>();
  private readonly sets = new WeakMap<Figure, { set: FigureSet; subject: string }>();
  /** Figure → the first publication's figures, when they differ. */
  private readonly firsts = new WeakMap<Figure, FigureSet>();

  constructor(
    private readonly knowledge: Knowledge,
    private readonly book: CitationBook,
    private readonly earlier: Map<string, FigureSet[]>,
  ) {}

  /** The figure for one metric of one set (not cited yet: call `cite` with the figures shown). */
  figure(set: FigureSet, metric: Metric, subject: Subject): Figure {
    const value = set.values[metric.id] ?? null;
    const base = metric.partOf ? set.values[metric.partOf] : undefined;
    const baseMetric = metric.partOf ? this.knowledge.metrics.get(metric.partOf) : undefined;
    const figure: Figure = {
      forceId: subject.id,
      force: subject.name,
      period: set.period,
      periodLabel: periodLabel(set.period),
      metricId: metric.id,
      metric: metric.label,
      value,
      citation: 0,
      sourceId: set.source,
      publication: this.publication(set.source),
    };
    if (subject.area) figure.area = subject.area;
    if (value !== null && typeof base === 'number' && baseMetric && base > 0) {
      figure.base = { metricId: baseMetric.id, metric: baseMetric.label, value: base };
      figure.rate = value / base;
      figure.arithmetic = `${formatCount(value)} of ${formatCount(base)} ${baseMetric.unit ?? baseMetric.label} = ${formatRate(figure.rate)}`;
    }
    if (value === null && set.remarks) figure.arithmetic = set.remarks;
    const first = this.earlier.get(set.id)?.[0];
    if (first && metric.id in first.values && first.values[metric.id] !== value) {
      figure.revision = {
        firstPublished: first.values[metric.id] ?? null,
        sourceId: first.source,
        publication: this.publication(first.source),
        citation: 0,
      };
      this.firsts.set(figure, first);
    }
    this.sets.set(figure, { set, subject: subject.name });
    return figure;
  }

  /** A value added up from several forces' figures, with the working. */
  sum(figures: Figure[], metric: Metric, subject: Subject): Figure {
    const value = figures.reduce((total, f) => total + (f.value ?? 0), 0);
    const figure: Figure = {
      forceId: '',
      force: subject.name,
      period: figures[0]!.period,
      periodLabel: figures[0]!.periodLabel,
      metricId: metric.id,
      metric: metric.label,
      value,
      arithmetic: `${figures.map((f) => formatCount(f.value ?? 0)).join(' + ')} = ${formatCount(value)}`,
      citation: 0,
      sum: { forces: figures.length },
    };
    if (subject.area) figure.area = subject.area;
    const publications = [...new Set(figures.map((f) => f.publication))];
    if (publications.length === 1 && publications[0]) figure.publication = publications[0];
    const firstSource = figures[0]!.sourceId;
    if (firstSource) figure.sourceId = firstSource;
    return figure;
  }

  /** Cite the figures shown, in order; a sum cites every force figure it adds up. */
  cite(shown: Figure[], parts: Map<Figure, Figure[]> = new Map()): void {
    const register = (set: FigureSet, subject: string, metricId: string, target: { citation: number }) => {
      const use = this.uses.get(set.id) ?? { set, subject, metrics: [], onCited: [] };
      if (!use.metrics.includes(metricId)) use.metrics.push(metricId);
      use.onCited.push((n) => (target.citation = n));
      this.uses.set(set.id, use);
    };
    const registerFigure = (figure: Figure, target: { citation: number }) => {
      const found = this.sets.get(figure);
      if (found) register(found.set, found.subject, figure.metricId, target);
      const first = this.firsts.get(figure);
      if (first && figure.revision && found) register(first, found.subject, figure.metricId, figure.revision);
    };
    for (const figure of shown) {
      const summed = parts.get(figure);
      if (summed) summed.forEach((part) => registerFigure(part, figure));
      else registerFigure(figure, figure);
    }
    for (const use of this.uses.values()) {
      if (use.onCited.length === 0) continue;
      const n = this.book.statistic(use.set, this.citationLine(use), !use.set.quote);
      use.onCited.forEach((assign) => assign(n));
      use.onCited = [];
    }
  }

  /** "Home Office, December 2019": who published the figures, and when. */
  publication(sourceId: string): string {
    const source = this.knowledge.sources.get(sourceId);
    if (!source) return sourceId;
    const when = source.date ? (source.date.length >= 7 ? monthLabel(source.date.slice(0, 7)) : source.date) : '';
    const who = source.publisher ?? source.title;
    return [who, when].filter(Boolean).join(', ');
  }

  /** The source's sentence(s); else the table and row with the columns used; else the values used. */
  private citationLine(use: Use): string {
    const labels = use.metrics.map((id) => this.knowledge.metrics.get(id)?.label ?? id);
    if (use.set.quote) return use.set.quote;
    if (use.set.table) return `${use.set.table.name}, row for ${use.set.table.row}: ${labels.join(', ')}`;
    const values = use.metrics.map((id, i) => {
      const v = use.set.values[id];
      return `${labels[i]} ${v === null || v === undefined ? 'not published' : formatCount(v)}`;
    });
    return `${use.subject}, ${periodLabel(use.set.period)}: ${values.join('; ')}`;
  }
}
