// Cold start to first answer on a knowledge folder, measured two ways: the `ask` command as a
// user runs it (wall clock, spawn to exit), and in-process phases from a fresh child's start.
import { spawn } from 'node:child_process';
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
  /** Median wall time of `tsx src/main.ts` (what `npm start` runs) from spawn to the terminal chat's prompt. */
  startToPromptMs: number;
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
  for (let i = 0; i < runs; i++) {
    startToPrompt.push(await timeToPrompt(tsx, knowledgeDir));
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
    phases: byTotal[Math.floor((byTotal.length - 1) / 2)]!,
  };
}

/**
 * Start the bot with no platform configured (so the terminal chat runs) and time spawn → the first
 * output, which is the chat's greeting and prompt; then answer "quit" so it exits.
 */
function timeToPrompt(tsx: string, knowledgeDir: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const env: NodeJS.ProcessEnv = { ...process.env, KNOWLEDGE_DIR: knowledgeDir };
    for (const key of Object.keys(env)) if (/^(SLACK|DISCORD|TEAMS)_/.test(key)) delete env[key];
    const child = spawn(tsx, [path.join(root, 'src', 'main.ts')], { cwd: root, env, stdio: ['pipe', 'pipe', 'pipe'] });
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
