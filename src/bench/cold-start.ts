// Cold start to first answer on a knowledge folder, measured two ways: the `ask` command as a
// user runs it (wall clock, spawn to exit), and in-process phases from a fresh child's start.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ColdStart } from './cold-worker.js';
import { percentile } from './stats.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ColdStartFigures {
  runs: number;
  /** Median wall time of `tsx src/adapters/cli/ask.ts QUESTION`, spawn to exit. */
  askCommandMs: number;
  /** Median wall time of `node --import tsx src/adapters/cli/ask.ts QUESTION`. */
  askNodeImportMs: number;
  /** Median wall time of what `npm start` runs (without npm itself), spawn to the terminal chat's prompt, its knowledge cache filled. */
  startToPromptMs: number;
  /** The same, the very first time: no knowledge cache yet, so the YAML is parsed and checked. */
  firstStartToPromptMs: number;
  /** The command `npm start` runs, as timed. */
  startCommand: string;
  /** Median in-process phases of a fresh `node --import tsx` child. */
  phases: ColdStart;
}

/** Run each way `runs` times (sequentially) and keep the medians. */
export async function measureColdStart(knowledgeDir: string, question: string, runs = 3): Promise<ColdStartFigures> {
  const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
  const ask = path.join(root, 'src', 'adapters', 'cli', 'ask.ts');
  const askCommand: number[] = [];
  const askNodeImport: number[] = [];
  const phases: ColdStart[] = [];
  const startToPrompt: number[] = [];
  const start = startCommand();
  // Its own DATA_DIR, so the first start finds no knowledge cache and the others find this one's.
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'taser-bench-start-'));
  let firstStartToPromptMs: number;
  try {
    firstStartToPromptMs = await timeToPrompt(start, knowledgeDir, dataDir);
    for (let i = 0; i < runs; i++) startToPrompt.push(await timeToPrompt(start, knowledgeDir, dataDir));
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
  for (let i = 0; i < runs; i++) {
    askCommand.push((await run(tsx, [ask, '--json', '--knowledge', knowledgeDir, question])).ms);
    askNodeImport.push(
      (await run(process.execPath, ['--import', 'tsx', ask, '--json', '--knowledge', knowledgeDir, question])).ms,
    );
    const worker = await run(process.execPath, [
      '--import',
      'tsx',
      path.join(root, 'src', 'bench', 'cold-worker.ts'),
      knowledgeDir,
      question,
    ]);
    phases.push(JSON.parse(worker.stdout) as ColdStart);
  }
  const median = (xs: number[]) => percentile(xs, 50);
  const byTotal = [...phases].sort((a, b) => a.totalMs - b.totalMs);
  return {
    runs,
    askCommandMs: median(askCommand),
    askNodeImportMs: median(askNodeImport),
    startToPromptMs: median(startToPrompt),
    firstStartToPromptMs,
    startCommand: start.join(' '),
    phases: byTotal[Math.floor((byTotal.length - 1) / 2)]!,
  };
}

/** package.json's `start` script as words, its `node` being this Node: what `npm start` runs after npm. */
function startCommand(): string[] {
  const { scripts } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  // `exec` (the shell npm starts becomes the bot, so npm's signals reach it) is not timed here.
  const words = (scripts.start ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .filter((word, i) => !(i === 0 && word === 'exec'));
  if (words[0] !== 'node')
    throw new Error(`bench: expected package.json's start script to run node, got "${scripts.start ?? ''}"`);
  return [process.execPath, ...words.slice(1)];
}

/**
 * Start the bot with no platform configured (so the terminal chat runs) and time spawn → the first
 * output, which is the chat's greeting and prompt; then answer "quit" so it exits.
 */
function timeToPrompt(command: string[], knowledgeDir: string, dataDir: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const env: NodeJS.ProcessEnv = { ...process.env, KNOWLEDGE_DIR: knowledgeDir, DATA_DIR: dataDir };
    for (const key of Object.keys(env)) if (/^(SLACK|DISCORD|TEAMS|REDIS)_/.test(key)) delete env[key];
    const child = spawn(command[0]!, command.slice(1), { cwd: root, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let ms: number | undefined;
    child.stdout.once('data', () => {
      ms = performance.now() - start;
      child.stdin.end('quit\n');
    });
    child.on('error', reject);
    child.on('close', (code) =>
      ms !== undefined ? resolve(ms) : reject(new Error(`bench: npm start exited with ${code} before its prompt`)),
    );
  });
}

/** Spawn a command in the repository root; resolves with its wall time and stdout, rejects on failure. */
function run(command: string, args: string[]): Promise<{ ms: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      if (code === 0) resolve({ ms, stdout });
      else
        reject(
          new Error(
            `bench: ${path.basename(command)} ${args.map((a) => path.basename(a)).join(' ')} exited with ${code}: ${stderr.trim().slice(0, 400)}`,
          ),
        );
    });
  });
}
