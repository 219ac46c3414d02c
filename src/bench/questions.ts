// The fixed mix of benchmark questions for a pack: policy questions (as written and as bare
// keywords), figures (single, comparison, ranking, trend), typos, and out-of-scope questions.
import { OFF_TOPIC_TEMPLATES, OFF_TOPIC_WORDS, VERBS } from './lexicon.js';
import type { Pack } from './pack.js';
import { Random } from './random.js';

export type QuestionKind = 'policy' | 'figures' | 'typo' | 'out-of-scope';
export const QUESTION_KINDS: readonly QuestionKind[] = ['policy', 'figures', 'typo', 'out-of-scope'];

export interface BenchQuestion {
  kind: QuestionKind;
  ask: string;
  /** The note a policy (or typo'd policy) question was written from. */
  note?: string;
}

/** How many questions of each kind the mix holds. */
export const MIX = { policy: 60, figures: 40, typo: 40, 'out-of-scope': 40 } as const satisfies Record<
  QuestionKind,
  number
>;

/** The question mix for a pack: same pack and seed, same questions in the same order. */
export function questionMix(pack: Pack): BenchQuestion[] {
  const random = new Random(pack.spec.seed ^ 0x5eed);
  const notes = pack.seeds.filter((s) => s.visibility === 'public');
  const questions: BenchQuestion[] = [];
  for (let i = 0; i < MIX.policy; i++) {
    const seed = random.pick(notes);
    const ask = i % 3 === 2 ? `${seed.term} ${seed.noun[1]} ${random.pick(VERBS)[0]}` : random.pick(seed.questions);
    questions.push({ kind: 'policy', ask, note: seed.id });
  }
  for (let i = 0; i < MIX.figures; i++) questions.push({ kind: 'figures', ask: figuresQuestion(random, pack, i % 4) });
  for (let i = 0; i < MIX.typo; i++) {
    if (i % 8 < 5) {
      const seed = random.pick(notes);
      questions.push({ kind: 'typo', ask: withTypo(random, random.pick(seed.questions)), note: seed.id });
    } else {
      questions.push({ kind: 'typo', ask: withTypo(random, figuresQuestion(random, pack, 0)) });
    }
  }
  for (let i = 0; i < MIX['out-of-scope']; i++) {
    const [w, w2] = random.sample(OFF_TOPIC_WORDS, 2);
    questions.push({
      kind: 'out-of-scope',
      ask: random.pick(OFF_TOPIC_TEMPLATES).replace('{W}', w!).replace('{W2}', w2!),
    });
  }
  return random.sample(questions, questions.length);
}

function figuresQuestion(random: Random, pack: Pack, shape: number): string {
  const metric = random.pick(pack.metrics);
  const term = random.pick(metric.terms);
  const year = random.pick(pack.years);
  const [a, b] = random.sample(pack.forces, 2).map((f) => random.pick([f.name, ...f.aliases]));
  switch (shape) {
    case 0:
      return `how many ${term} in ${a} in ${year}-${String(year + 1).slice(2)}`;
    case 1:
      return `${a} vs ${b} ${term}`;
    case 2:
      return `which force had the most ${term} in ${year}`;
    default:
      return `${term} trend in ${a}`;
  }
}

/** One typo in the longest word: a letter dropped or doubled (one edit, as most typos are). */
export function withTypo(random: Random, question: string): string {
  const words = question.split(' ');
  const longest = words.reduce(
    (best, w, i) => (w.replace(/\W/g, '').length > words[best]!.replace(/\W/g, '').length ? i : best),
    0,
  );
  const word = words[longest]!;
  const at = random.int(1, Math.max(1, word.replace(/\W+$/, '').length - 2));
  words[longest] = random.chance(0.7)
    ? word.slice(0, at) + word.slice(at + 1)
    : word.slice(0, at) + word[at] + word.slice(at);
  return words.join(' ');
}
