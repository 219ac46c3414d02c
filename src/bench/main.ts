// `npm run bench -- [--sizes 1000,10000,100000] [--seed 42] [--passes N] [--load] [--instances N] [--keep]`:
// speed and memory at scale on seeded synthetic packs, cold start on the bundled knowledge, a
// Slack load test on loopback, and 1 vs N bot instances sharing Redis. Progress goes to stderr, figures (Markdown tables) to stdout.
import { fork } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_KNOWLEDGE_DIR } from '../config.js';
import { createAssistant } from '../core/create-assistant.js';
import { loadKnowledge } from '../core/knowledge/load.js';
import type { Knowledge } from '../core/types.js';
import { chartLine, measureChart } from './chart-time.js';
import { measureColdStart, type ColdStartFigures } from './cold-start.js';
import { buildPack } from './pack.js';
import { questionMix } from './questions.js';
import { measureInstances } from './instances.js';
import { coldStartTable, instancesTable, loadTable, machineLine, sizeTables, targetLines } from './report.js';
import type { SizeFigures } from './size-worker.js';
import { runSlackLoad, type LoadFigures } from './slack-load.js';
import { writePack } from './write-pack.js';

/** Events sent to each run of --instances: enough for a p99, few enough for a few minutes on 2 cores. */
const INSTANCE_EVENTS = 300;

const USAGE = `Usage: npm run bench -- [options]
  --sizes LIST    passage counts to generate and measure (default 1000,10000,100000)
  --seed N        seed of the synthetic packs (default 42): same seed, same packs
  --passes N      timed passes over the question mix (default 10 up to 1k passages, 5 up to 10k,
                  1 above, over 100 of the 180 questions)
  --load          run only the Slack load test
  --cold          run only the cold-start runs (npm start to its prompt, ask, phases)
  --instances N   run only 1 vs N bot processes (Slack HTTP, sharing a local redis-server, behind a
                  round-robin proxy), ${INSTANCE_EVENTS} signed events, a fifth retried; skipped without redis-server
  --skip-load     skip the Slack load test;  --skip-cold  skip the cold-start runs
  --skip-chart    skip timing a chart drawn to PNG
  --keep          keep the generated packs (their folder is printed) instead of deleting them`;

const here = path.dirname(fileURLToPath(import.meta.url));
/** A size that has not finished after this long is stopped, so the benchmark always ends. */
const SIZE_TIMEOUT_MS = 6 * 60 * 1000;
const LOAD_QUESTIONS = 100;
/** Questions timed on packs above 10k passages (a share of each kind). */
const LARGE_PACK_QUESTIONS = 100;

const { values } = parse();
const progress = (text: string) => process.stderr.write(`${text}\n`);
const out = (text: string) => process.stdout.write(`${text}\n`);

const seed = wholeNumber('--seed', values.seed ?? '42', 0);
const instances = values.instances === undefined ? undefined : wholeNumber('--instances', values.instances, 2);
const passesFlag = values.passes === undefined ? undefined : wholeNumber('--passes', values.passes, 1);

out(machineLine(new Date()));
let sizes: SizeFigures[] = [];
let cold: ColdStartFigures | undefined;
let load: LoadFigures | undefined;
// --load, --cold and --instances each run only their own part.
const only = values.load || values.cold || instances !== undefined;
if (!only) {
  sizes = await measureSizes(parseSizes(values.sizes ?? '1000,10000,100000'), seed);
  out(sizeTables(sizes));
}
if (values.cold || (!only && !values['skip-cold'])) {
  progress('cold start: bundled knowledge, 3 runs of each way');
  cold = await measureColdStart(DEFAULT_KNOWLEDGE_DIR, await firstQuestion());
  out(coldStartTable(cold));
}
if (!only && !values['skip-chart']) {
  progress('chart: a ranking of the bundled figures drawn to PNG');
  out(chartLine(await measureChart(await bundledKnowledge())));
}
if (values.load || (!only && !values['skip-load'])) {
  progress(`load: ${LOAD_QUESTIONS} concurrent signed app_mention events into a Bolt app on 127.0.0.1`);
  load = await measureLoad();
  out(loadTable(load));
}
if (instances !== undefined) {
  const questions = await exampleQuestions();
  out(
    instancesTable(
      await measureInstances({
        instances,
        events: INSTANCE_EVENTS,
        knowledgeDir: path.resolve(DEFAULT_KNOWLEDGE_DIR),
        questions,
        progress,
      }),
    ),
  );
} else out(targetLines(sizes, cold, load));

function parse() {
  try {
    const parsed = parseArgs({
      options: {
        sizes: { type: 'string' },
        seed: { type: 'string' },
        passes: { type: 'string' },
        load: { type: 'boolean' },
        instances: { type: 'string' },
        cold: { type: 'boolean' },
        'skip-load': { type: 'boolean' },
        'skip-cold': { type: 'boolean' },
        'skip-chart': { type: 'boolean' },
        keep: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    });
    if (parsed.values.help) {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    }
    return parsed;
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n\n${USAGE}\n`);
    process.exit(2);
  }
}

function wholeNumber(flag: string, text: string, min: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) {
    process.stderr.write(`${flag} takes a whole number of at least ${min} (got "${text}")\n`);
    process.exit(2);
  }
  return n;
}

function parseSizes(list: string): number[] {
  const sizes = list.split(',').map((s) => Number(s.trim().replace(/k$/i, '000')));
  if (sizes.some((n) => !Number.isInteger(n) || n < 10 || n > 1_000_000)) {
    process.stderr.write(`--sizes takes passage counts between 10 and 1000000, e.g. 1000,10000 (got "${list}")\n`);
    process.exit(2);
  }
  return sizes;
}

async function measureSizes(list: number[], seed: number): Promise<SizeFigures[]> {
  const base = await mkdtemp(path.join(os.tmpdir(), 'taser-bench-'));
  const results: SizeFigures[] = [];
  try {
    for (const passages of list) {
      progress(`${passages} passages: generating (seed ${seed})`);
      const pack = buildPack({ seed, passages });
      const dir = path.join(base, String(passages));
      await writePack(pack, path.join(dir, 'knowledge'));
      await writeFile(path.join(dir, 'questions.json'), JSON.stringify(questionMix(pack)));
      // Above 10k passages one question costs tens of milliseconds (more for plain MiniSearch):
      // one pass over a 100-question share of the mix keeps the whole run within minutes.
      const passes = passesFlag ?? (passages <= 1000 ? 10 : passages <= 10_000 ? 5 : 1);
      const limit = passages <= 10_000 ? Infinity : LARGE_PACK_QUESTIONS;
      results.push(
        await runWorker([path.join(dir, 'knowledge'), path.join(dir, 'questions.json'), String(passes), String(limit)]),
      );
    }
  } finally {
    if (values.keep) progress(`packs kept in ${base}`);
    else await rm(base, { recursive: true, force: true });
  }
  return results;
}

/** Run one size in its own process (same loader flags as this one), so its peak RSS is its own. */
function runWorker(args: string[]): Promise<SizeFigures> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(here, 'size-worker.ts'), args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let figures: SizeFigures | undefined;
    const timer = setTimeout(() => child.kill(), SIZE_TIMEOUT_MS);
    child.on('message', (m) => (figures = m as SizeFigures));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (figures) resolve(figures);
      else
        reject(
          new Error(
            `bench: the size worker ended without figures (${signal ? `stopped by ${signal} after ${SIZE_TIMEOUT_MS / 60000} min` : `exit code ${code}`})`,
          ),
        );
    });
  });
}

/** An example question the bundled knowledge itself offers, so nothing domain-specific lives here. */
async function firstQuestion(): Promise<string> {
  const { knowledge } = await loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
  const note = knowledge?.notes.find((n) => n.visibility === 'public' && n.questions.length > 0);
  if (!note)
    throw new Error(`bench: the knowledge in ${DEFAULT_KNOWLEDGE_DIR} does not load or has no example questions`);
  return note.questions[0]!;
}

async function bundledKnowledge(): Promise<Knowledge> {
  const { knowledge } = await loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
  if (!knowledge)
    throw new Error(`bench: the knowledge in ${DEFAULT_KNOWLEDGE_DIR} does not load; run npm run validate`);
  return knowledge;
}

/** The public example questions of the bundled knowledge, so nothing domain-specific lives here. */
async function exampleQuestions(): Promise<string[]> {
  const knowledge = await bundledKnowledge();
  return knowledge.notes.filter((n) => n.visibility === 'public').flatMap((n) => n.questions);
}

async function measureLoad(): Promise<LoadFigures> {
  const knowledge = await bundledKnowledge();
  const examples = await exampleQuestions();
  const questions = Array.from({ length: LOAD_QUESTIONS }, (_, i) => examples[i % examples.length]!);
  return runSlackLoad({ assistant: createAssistant(knowledge), questions });
}
