// The published layout of the Home Office table "Use of CED by type and police force" (in "Police use of
// force statistics, England and Wales"): how to recognise it, its headings, and the metric each column
// becomes. Headings are matched by meaning (see find-table.ts): the variants below are spellings seen or
// expected in other years; a reworded heading with the same words in another order or form still matches.

/** A column of the table, under any of the listed spellings (compared normalised). */
export interface ColumnSpec {
  heading: string;
  variants?: string[];
  /** Without this column the table cannot be imported; any other column may be missing (with a warning). */
  required?: boolean;
}

/** A column of counts and the knowledge metric it becomes. */
export interface MetricColumn extends ColumnSpec {
  metric: { id: string; label: string; terms: string[]; part_of?: string; unit?: string; not_stated?: boolean };
  /**
   * Names (a metric id or term) under which a knowledge pack may already define the same measure; its
   * figures then join that metric, so a force's trend runs across sources.
   */
  sameAs?: string[];
}

export const PUBLISHER = 'Home Office';
/** Home Office statistics are Crown copyright, published under the Open Government Licence. */
export const LICENCE = 'Open Government Licence v3.0';
/** The id of the knowledge source for one publication period, e.g. "home-office-use-of-force-2018-19". */
export const SOURCE_ID_PREFIX = 'home-office-use-of-force';
/** The default output file for one publication period, e.g. "home-office-2018-19.yaml". */
export const FILE_PREFIX = 'home-office';

/** The title names the device and says the figures are by police force. */
export const TITLE_PATTERNS = [/\b(ced|conducted energy devices?|tasers?)\b/i, /\bpolice forces?\b/i];
/** What the table's title is expected to look like, for messages. */
export const EXPECTED_TITLE = 'Use of CED (conducted energy device, Taser) by type and police force';

export const FORCE_COLUMN: ColumnSpec = {
  heading: 'Police force',
  variants: ['Force', 'Police force area', 'Force name', 'Police force name'],
  required: true,
};
/** Optional: the grouping of forces, which becomes each force's region. */
export const REGION_COLUMN: ColumnSpec = { heading: 'Region', variants: ['Region name', 'Police region'] };
/** Optional: tables covering several years say which year each row is for. */
export const YEAR_COLUMN: ColumnSpec = {
  heading: 'Financial year',
  variants: ['Year', 'Financial year ending', 'Period', 'Reporting year'],
};

/**
 * Words a heading may add without changing what the column counts ("Total number of CED uses" is
 * "Total"); they are left out when headings are compared by meaning.
 */
export const HEADING_FILLER = [
  'number',
  'of',
  'the',
  'a',
  'ced',
  'ceds',
  'taser',
  'tasers',
  'conducted',
  'energy',
  'device',
  'devices',
  'use',
  'uses',
  'used',
  'incidents',
  'incident',
  'all',
  'types',
  'type',
  'count',
  'counts',
  'by',
];

const TOTAL = 'total-uses';

/** Every count column, in the order its values are written. Each use is counted once, under its highest type. */
export const METRIC_COLUMNS: MetricColumn[] = [
  {
    heading: 'Total',
    variants: ['Total uses', 'Total use', 'Total incidents', 'All uses', 'Total CED use'],
    required: true,
    // The table's notes: "This table shows the total number of incidents recorded involving CEDs".
    sameAs: ['incidents'],
    metric: {
      id: TOTAL,
      label: 'Taser uses (all types)',
      terms: ['total uses', 'used', 'uses', 'use of taser', 'all uses', 'total use'],
      unit: 'uses',
    },
  },
  {
    heading: 'Total non-discharge',
    variants: ['Non-discharge total', 'Total non-discharges', 'Non-discharge'],
    metric: {
      id: 'non-discharge-total',
      label: 'non-discharge uses',
      terms: ['non-discharge', 'non-discharges', 'not discharged', 'without discharge', 'non-discharge uses'],
      part_of: TOTAL,
    },
  },
  {
    heading: 'Drawn',
    metric: { id: 'drawn', label: 'drawn', terms: ['drawn', 'drew', 'draw', 'drawing'], part_of: TOTAL },
  },
  {
    heading: 'Aimed',
    metric: { id: 'aimed', label: 'aimed', terms: ['aimed', 'aim', 'aiming', 'pointed'], part_of: TOTAL },
  },
  {
    heading: 'Red-dot',
    variants: ['Red dot', 'Red-dotted', 'Red dotted'],
    metric: {
      id: 'red-dot',
      label: 'red-dotted',
      terms: ['red-dot', 'red dot', 'red-dotted', 'red dotted'],
      part_of: TOTAL,
    },
  },
  {
    heading: 'Arced',
    metric: { id: 'arced', label: 'arced', terms: ['arced', 'arcing', 'arc', 'sparked'], part_of: TOTAL },
  },
  {
    heading: 'Total discharge',
    variants: ['Total discharges', 'Discharge total', 'Discharged'],
    sameAs: ['discharges'],
    metric: {
      id: 'discharge-total',
      label: 'discharges (all types)',
      terms: ['discharges', 'discharged', 'discharge', 'total discharges'],
      part_of: TOTAL,
    },
  },
  {
    heading: 'Drive stun',
    variants: ['Drive-stun', 'Drive stunned'],
    metric: {
      id: 'drive-stun',
      label: 'drive stun',
      terms: ['drive stun', 'drive-stun', 'drive stuns', 'drive stunned'],
      part_of: TOTAL,
    },
  },
  {
    heading: 'Fired',
    variants: ['Probes fired', 'Fired (probes)'],
    metric: { id: 'fired', label: 'fired', terms: ['fired', 'shot', 'probes fired', 'fired probes'], part_of: TOTAL },
  },
  {
    heading: 'Angled drive stun',
    variants: ['Angled drive-stun', 'Angle drive stun'],
    metric: {
      id: 'angled-drive-stun',
      label: 'angled drive stun',
      terms: ['angled drive stun', 'angled drive-stun', 'angled drive stuns'],
      part_of: TOTAL,
    },
  },
  {
    heading: 'Not stated',
    variants: ['Type not stated', 'Not recorded', 'Unknown'],
    metric: {
      id: 'not-stated',
      label: 'type of use not stated',
      terms: ['not stated', 'type not stated', 'not recorded'],
      part_of: TOTAL,
      not_stated: true,
    },
  },
];

/** Row labels that sum other rows: "Total England and Wales", "Total North East"; the rest names the area. */
const TOTAL_FIRST = /^total\b[\s:,-]*/i;
/** …or name it first: "North East total", "England and Wales - Total". */
const TOTAL_LAST = /[\s:,-]*\btotal$/i;
/** Labels that are the whole country whatever their wording: "England and Wales (including BTP)", "England". */
const NATIONAL = /^(?:england\s*(?:and|&)\s*wales|england)\b/i;
/** "All forces": of the row's region when it has one, else of the country. */
const ALL_FORCES = /^all\s+(?:police\s+)?forces\b/i;
/** The area a bare "Total" row covers when its own region cell is blank. */
export const NATIONAL_AREA = 'England and Wales';

/**
 * The area a row sums, or undefined for a force's row. `regionHere` is the row's own region cell
 * (blank when a group prints it once, so a bare "Total" with none is the national total). A row
 * labelled with a region's name alone is left a force: "West Midlands" is both.
 */
export function totalArea(label: string, regionHere: string): string | undefined {
  if (TOTAL_FIRST.test(label)) return label.replace(TOTAL_FIRST, '').trim() || regionHere || NATIONAL_AREA;
  if (TOTAL_LAST.test(label)) return label.replace(TOTAL_LAST, '').trim() || regionHere || NATIONAL_AREA;
  if (NATIONAL.test(label)) return label;
  if (ALL_FORCES.test(label)) return regionHere || NATIONAL_AREA;
  return undefined;
}
