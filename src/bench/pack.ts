// Builds a synthetic but realistic knowledge pack in memory from a seed: many forces with aliases
// and regions, years of statistics, and notes whose passages add up to an exact target count.
import type { RawNote, RawStatistic } from '../core/knowledge/schema.js';
import {
  ADJECTIVES,
  capitalise,
  inventPlace,
  inventWord,
  NOUNS,
  OFF_TOPIC_WORDS,
  ROLES,
  TEMPLATES,
  TOPICS,
  UNITS,
  VERBS,
  QUESTION_TEMPLATES,
} from './lexicon.js';
import { Random } from './random.js';

export interface PackSpec {
  seed: number;
  /** Exact number of passages (sentences) the notes must add up to. */
  passages: number;
}

export interface RawForce {
  id: string;
  name: string;
  aliases: string[];
  region: string;
}

export interface RawMetric {
  id: string;
  label: string;
  unit: string;
  terms: string[];
  part_of?: string;
}

export interface RawSource {
  id: string;
  title: string;
  publisher: string;
  date: string;
  url: string;
}

/** What a note was written around, so questions can be asked about it. */
export interface NoteSeed {
  id: string;
  term: string;
  noun: readonly [string, string];
  visibility: 'public' | 'internal';
  questions: string[];
}

export interface Pack {
  spec: PackSpec;
  sources: RawSource[];
  forces: RawForce[];
  metrics: RawMetric[];
  synonyms: string[][];
  notes: RawNote[];
  statistics: RawStatistic[];
  /** Financial years covered by the statistics, e.g. 2019 for April 2019 – March 2020. */
  years: number[];
  seeds: NoteSeed[];
  /** Invented specialist terms, most common first. */
  terms: string[];
}

/** Sentences per note: 1–5, most often 2–4, as in real policy notes. */
const SENTENCE_WEIGHTS = [15, 25, 30, 20, 10];
const FIRST_YEAR = 2012;
const YEARS = 12;

const METRICS: RawMetric[] = [
  { id: 'deployments', label: 'deployments', unit: 'deployments', terms: ['deployments', 'deployment', 'deployed'] },
  {
    id: 'arrests',
    label: 'arrests after a deployment',
    unit: 'arrests',
    part_of: 'deployments',
    terms: ['arrests', 'arrest', 'arrested'],
  },
  {
    id: 'injuries',
    label: 'injuries after a deployment',
    unit: 'injuries',
    part_of: 'deployments',
    terms: ['injuries', 'injured'],
  },
  {
    id: 'complaints',
    label: 'complaints',
    unit: 'complaints',
    part_of: 'deployments',
    terms: ['complaints', 'complaint'],
  },
  { id: 'referrals', label: 'referrals to the oversight body', unit: 'referrals', terms: ['referrals'] },
  { id: 'warnings', label: 'warnings given', unit: 'warnings', terms: ['warnings'] },
];

const GENERIC_SYNONYMS: string[][] = [
  ['officer', 'constable', 'PC'],
  ['vehicle', 'car', 'van'],
  ['supervisor', 'line manager'],
  ['photograph', 'photo', 'picture'],
  ['notebook', 'pocket book'],
  ['locker', 'cupboard'],
  ['radio', 'handset'],
  ['annual', 'yearly'],
  ['urgent', 'immediate'],
  ['faulty', 'broken', 'defective'],
  ['clean', 'wipe'],
  ['record', 'log', 'write down'],
];

/** The whole pack for a seed and size; the same spec always gives the same pack. */
export function buildPack(spec: PackSpec): Pack {
  if (!Number.isInteger(spec.passages) || spec.passages < 1)
    throw new Error(`bench: passages must be a positive whole number (got ${spec.passages})`);
  const random = new Random(spec.seed);
  const used = new Set<string>([
    ...OFF_TOPIC_WORDS,
    ...NOUNS.flat(),
    ...VERBS.flat(),
    ...ADJECTIVES,
    ...ROLES.flat(),
    ...TOPICS,
  ]);
  const unique = (make: () => string) => {
    for (;;) {
      const word = make();
      if (!used.has(word.toLowerCase())) {
        used.add(word.toLowerCase());
        return word;
      }
    }
  };

  const terms = Array.from({ length: 1500 + Math.round(spec.passages / 4) }, () => unique(() => inventWord(random)));
  const regions = Array.from(
    { length: 9 },
    (_, i) =>
      `${['North', 'South', 'East', 'West', 'Upper', 'Lower', 'Central', 'Coastal', 'Inner'][i]} ${unique(() => inventPlace(random))}`,
  );
  const forces = makeForces(random, Math.min(300, 40 + Math.round(spec.passages / 400)), regions, () =>
    unique(() => inventPlace(random)),
  );
  const years = Array.from({ length: YEARS }, (_, i) => FIRST_YEAR + i);
  const sources = makeSources(random, 10 + Math.round(spec.passages / 2000), years, () =>
    unique(() => inventPlace(random)),
  );
  const policySources = sources.filter((s) => !s.id.startsWith('returns-'));
  const synonyms = [
    ...GENERIC_SYNONYMS,
    ...terms.slice(0, 20 + Math.round(spec.passages / 500)).map((t) => [t, abbreviation(t)]),
  ];

  const notes: RawNote[] = [];
  const seeds: NoteSeed[] = [];
  for (let remaining = spec.passages, i = 0; remaining > 0; i++) {
    const count = Math.min(remaining, random.weighted(SENTENCE_WEIGHTS) + 1);
    remaining -= count;
    const { note, seed } = makeNote(random, i, count, terms, forces, policySources);
    notes.push(note);
    seeds.push(seed);
  }
  return {
    spec,
    sources,
    forces,
    metrics: METRICS,
    synonyms,
    notes,
    statistics: makeStatistics(random, forces, years),
    years,
    seeds,
    terms,
  };
}

function makeForces(random: Random, count: number, regions: string[], place: () => string): RawForce[] {
  const names = new Set<string>();
  const forces: RawForce[] = [];
  while (forces.length < count) {
    const a = place();
    const b = random.chance(0.2) ? place() : undefined;
    const kind = random.pick(['Police', 'Constabulary', 'Police Service']);
    const name = b ? `${a} and ${b} ${kind}` : `${a} ${kind}`;
    const initials = `${a[0]}${b ? b[0] : ''}${kind === 'Police Service' ? 'PS' : kind[0]}`;
    const aliases = [
      a,
      ...(b ? [b, `${a} and ${b}`] : []),
      `${a} ${kind === 'Constabulary' ? 'Police' : 'Constabulary'}`,
      initials,
    ];
    // Short initials often clash between forces: keep only names no other force answers to.
    const own = aliases.filter((x) => !names.has(x.toLowerCase()));
    for (const x of [name, ...own]) names.add(x.toLowerCase());
    forces.push({ id: slug(name), name, aliases: own, region: random.pick(regions) });
  }
  return forces;
}

function makeSources(random: Random, count: number, years: number[], place: () => string): RawSource[] {
  const policy = Array.from({ length: count }, (_, i) => {
    const where = place();
    const title = `${where} ${capitalise(random.pick(ADJECTIVES))} ${capitalise(random.pick(NOUNS)[0])} ${random.pick(['Guidance', 'Manual', 'Standard', 'Instructions'])}`;
    const id = `${slug(title)}-${i}`;
    return {
      id,
      title,
      publisher: `${where} Police`,
      date: `${random.int(2015, 2025)}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`,
      url: `https://example.org/${id}`,
    };
  });
  const returns = years.map((y) => ({
    id: `returns-${y}`,
    title: `Annual deployment returns ${y}-${String(y + 1).slice(2)}`,
    publisher: 'Synthetic Statistics Office',
    date: `${y + 1}-07-01`,
    url: `https://example.org/returns-${y}`,
  }));
  return [...policy, ...returns];
}

function makeNote(
  random: Random,
  index: number,
  sentences: number,
  terms: string[],
  forces: RawForce[],
  sources: RawSource[],
) {
  const term = terms[random.zipf(terms.length)]!;
  const noun = random.pick(NOUNS);
  const topic = random.pick(TOPICS);
  const id = `${topic}-${term}-${index}`;
  const text = Array.from({ length: sentences }, (_, i) =>
    sentence(
      random,
      random.pick(TEMPLATES),
      i === 0 || random.chance(0.5) ? term : terms[random.zipf(terms.length)]!,
      i === 0 ? noun : undefined,
    ),
  ).join(' ');
  const questions = random.sample(QUESTION_TEMPLATES, random.int(1, 2)).map((q) => sentence(random, q, term, noun));
  const visibility = random.chance(0.08) ? ('internal' as const) : ('public' as const);
  const reviewed = random.chance(0.6)
    ? `${random.int(2022, 2026)}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`
    : undefined;
  const note: RawNote = {
    id,
    title: `${capitalise(random.pick(ADJECTIVES))} ${noun[0]} for ${term}`,
    topic,
    text,
    source: random.pick(sources).id,
    ...(random.chance(0.3) ? { quote: text.slice(0, text.indexOf('.') + 1) } : {}),
    tags: [topic, noun[0], term],
    forces: random.chance(0.5) ? random.sample(forces, random.chance(0.2) ? 2 : 1).map((f) => f.id) : [],
    questions,
    ...(visibility === 'internal' ? { visibility } : {}),
    ...(reviewed
      ? { reviewed, review_by: `${Number(reviewed.slice(0, 4)) + random.int(1, 3)}${reviewed.slice(4)}` }
      : {}),
  };
  return { note, seed: { id, term, noun, visibility, questions } satisfies NoteSeed };
}

/** Fill a template's slots; `term` and `noun` fill the first {T} and {N}/{Ns}. */
function sentence(random: Random, template: string, term: string, noun?: readonly [string, string]): string {
  let firstNoun = noun;
  const filled = template.replace(/\{(Rs|R|Ns|N|A|Ved|Ving|Vs|V|T|n|U)\}/g, (_, slot: string) => {
    switch (slot) {
      case 'R':
      case 'Rs':
        return random.pick(ROLES)[slot === 'R' ? 0 : 1];
      case 'N':
      case 'Ns': {
        const n = firstNoun ?? random.pick(NOUNS);
        firstNoun = undefined;
        return n[slot === 'N' ? 0 : 1];
      }
      case 'A':
        return random.pick(ADJECTIVES);
      case 'V':
      case 'Vs':
      case 'Ved':
      case 'Ving':
        return random.pick(VERBS)[['V', 'Vs', 'Ved', 'Ving'].indexOf(slot)]!;
      case 'T':
        return term;
      case 'n':
        return String(random.int(2, 30));
      default:
        return random.pick(UNITS);
    }
  });
  return capitalise(filled.replace(/\ba ([aeiou])/g, 'an $1').replace(/\ban ([^aeiou\s])/g, 'a $1'));
}

function makeStatistics(random: Random, forces: RawForce[], years: number[]): RawStatistic[] {
  const statistics: RawStatistic[] = [];
  for (const force of forces) {
    const size = random.int(40, 2500);
    const growth = 0.9 + random.next() * 0.3;
    years.forEach((year, i) => {
      const deployments = Math.round(size * growth ** i * (0.85 + random.next() * 0.3));
      const part = (max: number) => (random.chance(0.03) ? null : Math.floor(deployments * random.next() * max));
      const values = {
        deployments,
        arrests: part(0.4),
        injuries: part(0.05),
        complaints: part(0.03),
        referrals: random.int(0, 40),
        warnings: random.int(0, deployments),
      };
      const missing = Object.values(values).some((v) => v === null);
      statistics.push({
        id: `${force.id}-${year}-${String(year + 1).slice(2)}`,
        force: force.id,
        period: { from: `${year}-04`, to: `${year + 1}-03` },
        source: `returns-${year}`,
        values,
        ...(missing ? { remarks: 'The force did not report every measure for this year.' } : {}),
      });
    });
  }
  return statistics;
}

function abbreviation(term: string): string {
  return `${term.slice(0, 2)}${term.at(-1)}`.toUpperCase();
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
