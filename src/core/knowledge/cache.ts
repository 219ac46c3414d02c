// A start-up cache of the checked knowledge: `npm start` reads back what the loader produced for
// the very same files instead of parsing and checking ~100 KB of YAML again (most of its start-up).
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { today as todayOf } from '../text/dates.js';
import type { LoadResult } from './load.js';
import { listFiles } from './list-files.js';
import { digestOf, packFingerprint, type HashedFile } from './pack-fingerprint.js';

/** Bumped when the cache file's layout changes. */
const FORMAT = 1;
const PREFIX = 'knowledge-';
const SUFFIX = '.v8';

export interface CachedLoadOptions {
  /** The folder the cache file lives in (created when missing); e.g. DATA_DIR/cache. */
  cacheDir: string;
  /** YYYY-MM-DD for review-date warnings; defaults to today. Part of the cache key. */
  today?: string;
}

export interface CachedLoadResult extends LoadResult {
  /** `hit`: read back from the cache; `miss`: loaded from the YAML (and stored when it had no error). */
  cache: 'hit' | 'miss';
  /** The cache could not be read or written; the result is still the loader's. Worth a warning. */
  cacheError?: Error;
}

/**
 * `loadKnowledge(dir)` through a cache. The cache is keyed on everything the result depends on:
 * each file's path, SHA-256 of its bytes and modification time (the pack's `updatedAt`), the
 * folder and working directory (problem paths), the date (review warnings), the Node version and
 * the contents of the loader's own code and YAML/zod versions. Anything else is a miss, never a
 * stale answer. Only knowledge without errors is stored; the YAML parser and checks are imported
 * on a miss only.
 */
export async function loadKnowledgeCached(dir: string, options: CachedLoadOptions): Promise<CachedLoadResult> {
  const root = path.resolve(dir);
  const today = options.today ?? todayOf();
  const pack = await readPack(root).catch(() => undefined);
  // Unreadable or odd folders (loops, broken links) go straight to the loader, which explains them.
  if (!pack) return { ...(await loadFresh(dir, today)), cache: 'miss' };

  const key = digestOf(
    Buffer.from(
      JSON.stringify({
        FORMAT,
        node: process.version,
        code: await codeFingerprint(),
        root,
        cwd: process.cwd(),
        today,
        files: pack.files,
      }),
    ),
  ).slice(0, 32);
  const file = path.join(options.cacheDir, `${PREFIX}${key}${SUFFIX}`);

  const cached = await readCache(file, pack.fingerprint);
  if (cached.result) return { ...cached.result, cache: 'hit' };

  const result = await loadFresh(dir, today);
  const loaded = result.knowledge;
  // Store only what the loader read from the very files hashed above: a file saved in between
  // gives another fingerprint or time, and that result is not stored under this key.
  const same =
    loaded !== undefined && loaded.fingerprint === pack.fingerprint && loaded.updatedAt.getTime() === pack.updatedAtMs;
  const writeError = same ? await writeCache(options.cacheDir, file, result) : undefined;
  const cacheError = writeError ?? cached.error;
  return { ...result, cache: 'miss', ...(cacheError ? { cacheError } : {}) };
}

async function loadFresh(dir: string, today: string): Promise<LoadResult> {
  const { loadKnowledge } = await import('./load.js');
  return loadKnowledge(dir, { today });
}

interface PackState {
  files: { file: string; digest: string; mtimeMs: number }[];
  fingerprint: string;
  updatedAtMs: number;
}

/** The pack's files as the loader will see them, or undefined when the listing has problems. */
async function readPack(root: string): Promise<PackState | undefined> {
  const listing = await listFiles(root);
  if (listing.problems.length > 0) return undefined;
  const files: PackState['files'] = [];
  for (const { path: absolute, info } of listing.files) {
    files.push({
      file: path.relative(root, absolute),
      digest: digestOf(await readFile(absolute)),
      mtimeMs: info.mtimeMs,
    });
  }
  const hashed: HashedFile[] = files.map(({ file, digest }) => ({ file, digest }));
  const updatedAtMs = Math.max(0, ...listing.files.map((f) => f.info.mtime.getTime()));
  return { files, fingerprint: packFingerprint(hashed), updatedAtMs };
}

/** The stored result, nothing when there is none, or the reason a file there could not be used. */
async function readCache(file: string, fingerprint: string): Promise<{ result?: LoadResult; error?: Error }> {
  const bytes = await readFile(file).catch((e: NodeJS.ErrnoException) => e);
  if (bytes instanceof Error) return bytes.code === 'ENOENT' ? {} : { error: cacheFailure('read', file, bytes) };
  try {
    const result = v8.deserialize(bytes) as LoadResult;
    if (result.knowledge?.fingerprint !== fingerprint || !Array.isArray(result.problems))
      return { error: cacheFailure('read', file, new Error('it does not hold this knowledge')) };
    return { result };
  } catch (e) {
    return { error: cacheFailure('read', file, e) };
  }
}

/** Write atomically (a reader never sees half a file), then drop the entries of older packs. */
async function writeCache(cacheDir: string, file: string, result: LoadResult): Promise<Error | undefined> {
  // Random, not the pid: instances in containers sharing DATA_DIR often all have pid 1.
  const temporary = `${file}.${randomUUID()}.tmp`;
  try {
    await mkdir(cacheDir, { recursive: true });
    await writeFile(temporary, v8.serialize(result));
    await rename(temporary, file);
    const stale = (await readdir(cacheDir)).filter(
      (name) => name.startsWith(PREFIX) && name.endsWith(SUFFIX) && path.join(cacheDir, name) !== file,
    );
    await Promise.all(stale.map((name) => rm(path.join(cacheDir, name), { force: true })));
    return undefined;
  } catch (e) {
    await rm(temporary, { force: true }).catch(() => undefined); // best effort; the error below says what failed
    return cacheFailure('write', file, e);
  }
}

function cacheFailure(action: 'read' | 'write', file: string, cause: unknown): Error {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new Error(
    `could not ${action} the knowledge start-up cache ${file} (${reason}); the YAML was loaded instead${
      action === 'write' ? ', as it will be at every start until the folder is writable' : ''
    }`,
  );
}

let code: Promise<string> | undefined;

/**
 * The loader's code as it runs (every file of src/core, or dist/core when compiled) and the YAML
 * and zod versions: a change to how knowledge is parsed or checked must not serve an old result.
 */
function codeFingerprint(): Promise<string> {
  code ??= (async () => {
    const coreDir = fileURLToPath(new URL('..', import.meta.url));
    const names = (await readdir(coreDir, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort();
    const parts: string[] = [];
    for (const name of names) parts.push(`${path.relative(coreDir, name)}\0${digestOf(await readFile(name))}`);
    const require = createRequire(import.meta.url);
    for (const library of ['yaml', 'zod']) {
      const { version } = require(`${library}/package.json`) as { version: string };
      parts.push(`${library}@${version}`);
    }
    return digestOf(Buffer.from(parts.join('\n')));
  })();
  return code;
}
