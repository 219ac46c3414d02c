// Child process for one pack size, so its peak RSS is its own: loads and indexes the pack, times
// the question mix through the assistant and through plain MiniSearch, and sends the figures back.
// Usage (from main.ts): fork size-worker.ts PACK_DIR QUESTIONS.json PASSES [QUESTION_LIMIT]
import { readFile } from 'node:fs/promises';
import MiniSearch from 'minisearch';
import { createAssistant } from '../core/create-assistant.js';
import { BaselineAnswerer } from '../core/eval/baseline.js';
import { loadKnowledge } from '../core/knowledge/load.js';
import { MINISEARCH_OPTIONS, PassageIndex } from '../core/search/passage-index.js';
import type { Answer } from '../core/types.js';
import type { BenchQuestion, QuestionKind } from './questions.js';
import { measureReload, type ReloadFigures } from './reload-stall.js';
import { latency, type Latency } from './stats.js';

export interface PathFigures {
  /** Every timed answer. */
  all: Latency;
  byKind: Record<QuestionKind, Latency>;
  /** Share of each kind answered (not refused). */
  answered: Record<QuestionKind, number>;
  /** Share of policy and typo questions whose first citation is the note they were written from. */
  rightNote: number;
}

export interface SizeFigures {
  passages: number;
  notes: number;
  forces: number;
  statistics: number;
  files: number;
  loadMs: number;
  buildMs: number;
  /** Peak RSS (maxRSS) after load and build, before any question. */
  peakRssAfterBuild: number;
  /** Peak RSS over the whole child run (includes the extra indexes built below). */
  peakRssEnd: number;
  passageIndexBuildMs: number;
  serialisedBytes: number;
  loadJsonMs: number;
  baselineBuildMs: number;
  baselineSerialisedBytes: number;
  /** A live reload of the same pack into the running assistant. */
  reload: ReloadFigures;
  /** The assistant as shipped: notes found ordered by meaning (the model loads on the first question). */
  ours: PathFigures;
  /** The same assistant with `meaning: false`: the search's own order, no sentence encoder. */
  oursKeywordsOnly: PathFigures;
  baseline: PathFigures;
}

const [dir, questionFile, passesArg, limitArg] = process.argv.slice(2);
if (!dir || !questionFile || !process.send) {
  process.stderr.write('size-worker: run by src/bench/main.ts (fork with PACK_DIR QUESTIONS.json PASSES)\n');
  process.exit(2);
}
const passes = Number(passesArg ?? 5);
/** How many questions of the mix to time (a share of each kind), to bound the largest sizes. */
const limit = Number(limitArg ?? Infinity);
/** Questions asked untimed first, so the timings are of warmed-up code. */
const WARM_UP = 20;
const questions = sample(JSON.parse(await readFile(questionFile, 'utf8')) as BenchQuestion[], limit);
const say = (text: string) => process.stderr.write(`  ${text}\n`);

let t = performance.now();
const { knowledge, problems } = await loadKnowledge(dir);
if (!knowledge)
  throw new Error(
    `bench: the generated pack does not validate:\n${problems
      .slice(0, 5)
      .map((p) => `${p.file}:${p.line}:${p.col}: ${p.message}`)
      .join('\n')}`,
  );
const loadMs = performance.now() - t;
say(`loaded and validated in ${Math.round(loadMs)} ms`);
t = performance.now();
const assistant = createAssistant(knowledge, { today: () => '2026-11-27' });
const buildMs = performance.now() - t;
const peakRssAfterBuild = process.resourceUsage().maxRSS * 1024;
say(`assistant built in ${Math.round(buildMs)} ms; timing ${questions.length} questions × ${passes} passes`);

const ours = await time((q) => assistant.answer(q, { audience: 'public' }));
const keywordsOnly = createAssistant(knowledge, { today: () => '2026-11-27', meaning: false });
say('the same questions without the meaning model');
const oursKeywordsOnly = await time((q) => keywordsOnly.answer(q, { audience: 'public' }));
t = performance.now();
const baselineAnswerer = new BaselineAnswerer(knowledge, '2026-11-27');
const baselineBuildMs = performance.now() - t;
say(`plain MiniSearch built in ${Math.round(baselineBuildMs)} ms; timing the same questions`);
const baseline = await time((q) => baselineAnswerer.answer(q, 'public'));

// The assistant keeps its index private, so the passage index is built again on its own:
// that also times the index alone, against re-loading it from its JSON.
t = performance.now();
const passageIndex = new PassageIndex(knowledge);
const passageIndexBuildMs = performance.now() - t;
const json = JSON.stringify(passageIndex);
t = performance.now();
MiniSearch.loadJSON(json, MINISEARCH_OPTIONS);
const loadJsonMs = performance.now() - t;
say(
  `passage index alone: built in ${Math.round(passageIndexBuildMs)} ms, ${json.length} bytes as JSON, re-loaded in ${Math.round(loadJsonMs)} ms`,
);

say('live reload of the same pack: worker load and index, restore here');
const reload = await measureReload(dir, assistant);
say(
  `reloaded in ${Math.round(reload.totalMs)} ms (restore ${Math.round(reload.restoreMs)} ms); longest event-loop stall ${Math.round(reload.longestStallMs)} ms`,
);

const figures: SizeFigures = {
  passages: passageIndex.size,
  notes: knowledge.notes.length,
  forces: knowledge.forces.size,
  statistics: knowledge.statistics.length,
  files: new Set([...knowledge.notes.map((n) => n.origin.file), ...knowledge.statistics.map((s) => s.origin.file)])
    .size,
  loadMs,
  buildMs,
  peakRssAfterBuild,
  peakRssEnd: process.resourceUsage().maxRSS * 1024,
  passageIndexBuildMs,
  serialisedBytes: Buffer.byteLength(json),
  loadJsonMs,
  baselineBuildMs,
  baselineSerialisedBytes: Buffer.byteLength(JSON.stringify(baselineAnswerer)),
  reload,
  ours,
  oursKeywordsOnly,
  baseline,
};
process.send(figures, () => process.exit(0));

/** A short untimed warm-up (for the JIT), then `passes` timed passes over the mix, in order. */
async function time(ask: (question: string) => Promise<Answer>): Promise<PathFigures> {
  for (const q of questions.slice(0, WARM_UP)) await ask(q.ask);
  const answers = new Map<BenchQuestion, Answer>();
  const all: number[] = [];
  const byKind = new Map<QuestionKind, number[]>();
  for (let pass = 0; pass < passes; pass++) {
    for (const q of questions) {
      const start = performance.now();
      const answer = await ask(q.ask);
      const ms = performance.now() - start;
      answers.set(q, answer);
      all.push(ms);
      const list = byKind.get(q.kind) ?? [];
      list.push(ms);
      byKind.set(q.kind, list);
    }
  }
  const kinds = ['policy', 'figures', 'typo', 'out-of-scope'] as const;
  const share = (list: BenchQuestion[], ok: (q: BenchQuestion, a: Answer) => boolean) =>
    list.length ? list.filter((q) => ok(q, answers.get(q)!)).length / list.length : 0;
  const withNote = questions.filter((q) => q.note);
  return {
    all: latency(all),
    byKind: Object.fromEntries(kinds.map((k) => [k, latency(byKind.get(k) ?? [])])) as Record<QuestionKind, Latency>,
    answered: Object.fromEntries(
      kinds.map((k) => [
        k,
        share(
          questions.filter((q) => q.kind === k),
          (_, a) => a.status === 'answered',
        ),
      ]),
    ) as Record<QuestionKind, number>,
    rightNote: share(withNote, (q, a) => a.citations[0]?.noteId === q.note),
  };
}

/** The first questions of each kind, keeping each kind's share of the mix, in mix order. */
function sample(mix: BenchQuestion[], max: number): BenchQuestion[] {
  if (mix.length <= max) return mix;
  const quota = new Map<QuestionKind, number>();
  for (const q of mix) quota.set(q.kind, (quota.get(q.kind) ?? 0) + max / mix.length);
  return mix.filter((q) => {
    const left = quota.get(q.kind)!;
    quota.set(q.kind, left - 1);
    return left >= 0.5;
  });
}
