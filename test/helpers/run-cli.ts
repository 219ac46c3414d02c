// Test helper: runs an entry point the way `npm run` does (tsx), capturing its output.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  stdin?: string;
  /** Replaces the environment when `replaceEnv` is set; otherwise added to it. */
  env?: NodeJS.ProcessEnv;
  replaceEnv?: boolean;
  cwd?: string;
}

/** Run `src/adapters/cli/<script>.ts` with args, optional stdin and extra environment. */
export function runCli(script: string, args: string[], options: RunOptions = {}): Promise<CliResult> {
  return runScript(path.join('src', 'adapters', 'cli', `${script}.ts`), args, {
    ...options,
    env: { KNOWLEDGE_DIR: '', ...options.env },
  });
}

/** Run any TypeScript entry point of the repository (path relative to its root) under tsx. */
export function runScript(script: string, args: string[], options: RunOptions = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, [path.join(repoRoot, script), ...args], {
      cwd: options.cwd ?? repoRoot,
      env: options.replaceEnv ? options.env : { ...process.env, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}
