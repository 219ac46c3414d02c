// Tells the reloader that something under the knowledge folder changed: file-system events, or
// polling sizes and times where events do not arrive (network or container mounts, swapped folders).
import { watch, type FSWatcher } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export interface DirectoryWatcher {
  close(): void;
}

export interface WatchOptions {
  /** Poll every this many milliseconds instead of listening for file-system events. */
  pollMs?: number;
  /** Event watching failed (e.g. the folder was removed); changes may go unnoticed until restart. */
  onError: (error: Error) => void;
}

/** Call `onChange` whenever a file under `dir` may have changed (possibly more than once per change). */
export function watchDirectory(dir: string, onChange: () => void, options: WatchOptions): DirectoryWatcher {
  return options.pollMs ? pollDirectory(dir, onChange, options.pollMs) : listen(dir, onChange, options.onError);
}

function listen(dir: string, onChange: () => void, onError: (error: Error) => void): DirectoryWatcher {
  let watcher: FSWatcher;
  try {
    watcher = watch(dir, { recursive: true, persistent: false }, () => onChange());
  } catch (e) {
    onError(new Error(`cannot watch ${dir} for changes: ${(e as Error).message}`));
    return { close: () => undefined };
  }
  watcher.on('error', (e) => onError(new Error(`stopped watching ${dir} for changes: ${e.message}`)));
  return { close: () => watcher.close() };
}

function pollDirectory(dir: string, onChange: () => void, pollMs: number): DirectoryWatcher {
  let last: Promise<string> = folderFingerprint(dir);
  let closed = false;
  const timer = setInterval(() => {
    last = last.then(async (before) => {
      const now = await folderFingerprint(dir);
      if (!closed && now !== before) onChange();
      return now;
    });
  }, pollMs);
  timer.unref();
  return {
    close: () => {
      closed = true;
      clearInterval(timer);
    },
  };
}

/** Every file's path, size and modification time; a folder that cannot be read is its own state. */
export async function folderFingerprint(dir: string): Promise<string> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath ?? e.path, e.name));
    const stats = await Promise.all(
      files.map(
        async (f) =>
          [
            f,
            await stat(f).then(
              (s) => `${s.size}:${s.mtimeMs}`,
              () => 'gone',
            ),
          ] as const,
      ),
    );
    return stats
      .map(([f, s]) => `${f}=${s}`)
      .sort()
      .join('\n');
  } catch (e) {
    // An unreadable folder is a state too: when it comes back, that is a change.
    return `unreadable: ${(e as NodeJS.ErrnoException).code ?? String(e)}`;
  }
}
