// General English cues for what kind of figures a question wants (a ranking, a comparison,
// a trend, a rate). Domain words — forces, metrics, synonyms — come from the knowledge instead.

export interface FigureIntent {
  ranking: boolean;
  comparison: boolean;
  trend: boolean;
  /** The question asks for a share or rate rather than a count. */
  rate: boolean;
  /** "least", "lowest", "fewest": rank from the bottom. */
  ascending: boolean;
  /** "top 5" → 5. */
  top?: number;
  /** The question uses a word that asks for figures ("how many", "figures", "statistics"). */
  asksForFigures: boolean;
  /** "nationally", "across all forces": the whole country's total. */
  national: boolean;
  /** "which region", "by region": regions ranked by their totals. */
  byRegion: boolean;
  /** "total in the South East", "regional total": a total, not a ranking of the region's forces. */
  total: boolean;
  /** "why", "how come", "what caused": a reason is asked, which no figure gives. */
  reason: boolean;
}

const RANKING = [
  'most',
  'highest',
  'least',
  'lowest',
  'fewest',
  'top',
  'bottom',
  'rank',
  'ranking',
  'ranked',
  'busiest',
  'biggest',
  'largest',
  'smallest',
];
const ASCENDING = ['least', 'lowest', 'fewest', 'bottom', 'smallest'];
const COMPARISON = [
  'vs',
  'versus',
  'compare',
  'compared',
  'comparison',
  'against',
  'difference',
  'more',
  'fewer',
  'less',
  'higher',
  'lower',
];
const TREND = [
  'trend',
  'trends',
  'change',
  'changed',
  'changes',
  'over time',
  'year on year',
  'each year',
  'every year',
  'by year',
  'increase',
  'increased',
  'decrease',
  'decreased',
  'rise',
  'risen',
  'rose',
  'fall',
  'fallen',
  'fell',
  'grown',
  'grew',
  'growth',
  'history',
  'gone up',
  'go up',
  'went up',
  'going up',
  'gone down',
  'go down',
  'went down',
  'going down',
  'increasing',
  'decreasing',
  'rising',
  'falling',
  'dropped',
];
const RATE = [
  'share',
  'rate',
  'rates',
  'proportion',
  'percentage',
  'percent',
  'per cent',
  'ratio',
  'fraction',
  'how often',
];
const FIGURE_WORDS = [
  'how many',
  'how often',
  'number',
  'numbers',
  'figure',
  'figures',
  'statistics',
  'stats',
  'data',
  'count',
  'counts',
  'total',
  'totals',
  'times',
  'amount',
  'tally',
];
const NATIONAL = [
  'nationally',
  'national',
  'nationwide',
  'all forces',
  'every force',
  'all police forces',
  'whole country',
  'the country',
  'countrywide',
];
const BY_REGION = /\b(which regions?|by region|each region|every region|regions? (?:used|had|with|has|have))\b/;
const REASON = ['why', 'how come', 'what caused', 'reason', 'reasons', 'explain', 'explanation'];
const TOTAL = ['total', 'totals', 'in all', 'altogether', 'combined', 'overall', 'across', 'sum'];
const WHICH_FORCE = /\bwhich (forces?|police|constabular(y|ies)|area|areas|region)\b/;

/** Every cue word, so they are not mistaken for unknown subjects (e.g. an unknown force). */
export const CUE_WORDS: ReadonlySet<string> = new Set(
  [
    ...RANKING,
    ...COMPARISON,
    ...TREND,
    ...RATE,
    ...FIGURE_WORDS,
    ...NATIONAL,
    ...TOTAL,
    'country',
    'regions',
    'each',
    'every',
    'which',
    'force',
    'forces',
    'police',
    'year',
    'years',
    'period',
    'periods',
    'all',
    'overall',
    'nationally',
    'national',
    'region',
    'regional',
    'often',
    'ended',
    'end',
    'resulted',
    'result',
    'in',
    'and',
    'what',
    'about',
  ].flatMap((w) => w.split(' ')),
);

/** "top 5", "bottom 3", "which 3 forces", "the 3 forces", "5 highest": how many places to rank. */
const TOP_N =
  /\b(?:top|bottom)\s+(\d{1,3})\b|\b(?:which|the)\s+(\d{1,3})\s+(?:forces|police|constabularies|areas|regions)\b|\b(\d{1,3})\s+(?:highest|lowest|biggest|smallest|busiest)\b/;
const WHICH_N_FORCES = /\bwhich\s+\d{1,3}\s+(?:forces|police|constabularies|areas|regions)\b/;

/** Read the cues from a normalised question. */
export function intentOf(normalised: string): FigureIntent {
  const has = (list: string[]) => list.some((cue) => new RegExp(`\\b${cue}\\b`).test(normalised));
  const top = TOP_N.exec(normalised)
    ?.slice(1)
    .find((n) => n !== undefined);
  const ranking = has(RANKING) || WHICH_FORCE.test(normalised) || WHICH_N_FORCES.test(normalised);
  return {
    ranking,
    comparison: has(COMPARISON),
    trend: has(TREND),
    rate: has(RATE.filter((cue) => cue !== 'how often')),
    ascending: has(ASCENDING),
    // "Top 0" ranks nothing: it is read as no count, like "top forces".
    top: top && Number(top) > 0 ? Number(top) : undefined,
    asksForFigures: has(FIGURE_WORDS) || has(RATE),
    national: has(NATIONAL),
    byRegion: BY_REGION.test(normalised),
    total: has(TOTAL),
    reason: has(REASON),
  };
}
