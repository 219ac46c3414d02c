// A cheap summary of a knowledge folder's state: every file the loader would read, with its
// identity (device, inode), size and modification time. Two equal fingerprints mean nothing the
// loader sees has changed; computing one costs a stat per file, no reads.
import { stat } from 'node:fs/promises';
import { listFiles } from '../knowledge/list-files.js';

/**
 * The folder's files as the loader lists them (links followed, so a Kubernetes ConfigMap's
 * `..data` swap changes the target identities; hidden editor temp files skipped), plus entries the
 * loader would report (loops, broken links). A folder that cannot be read is a state of its own.
 *
 * The inode is part of it because an editor's atomic save (a temporary file renamed over the
 * original) can keep the size and land within the same mtime tick.
 */
export async function folderFingerprint(dir: string): Promise<string> {
  try {
    const listing = await listFiles(dir);
    const files = listing.files.map(
      ({ path, info }) => `${path}\t${info.dev}:${info.ino}:${info.size}:${info.mtimeMs}:${info.ctimeMs}`,
    );
    const problems = listing.problems.map((p) => `${p.file}\t! ${p.message}`);
    return [...files, ...problems].sort().join('\n');
  } catch (e) {
    return `${UNREADABLE}${(e as NodeJS.ErrnoException).code ?? String(e)}`;
  }
}

const UNREADABLE = 'unreadable: ';

/** True for the fingerprint of a folder that could not be read (missing, not a folder, no permission). */
export function isUnreadable(fingerprint: string): boolean {
  return fingerprint.startsWith(UNREADABLE);
}

/**
 * Which folder `dir` names right now (device and inode after following links), or undefined when
 * there is none. It changes when the folder is removed and restored or swapped for a copy by
 * rename, which is when an event watcher on the old folder goes deaf.
 */
export async function folderIdentity(dir: string): Promise<string | undefined> {
  const info = await stat(dir).catch(() => undefined);
  return info?.isDirectory() ? `${info.dev}:${info.ino}` : undefined;
}
