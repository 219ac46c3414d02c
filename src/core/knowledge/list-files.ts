// Lists the files of a knowledge folder as the loader reads them: links followed safely, hidden
// files and docs skipped, anything that is not a regular file reported. Shared with live reload.
import { readdir, realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../types.js';

/**
 * Files a knowledge folder may hold besides YAML: docs and the editor schema. Hidden names are
 * editors' temporary files, and "~$" names Office's lock files beside a file open in Excel or Word.
 */
const IGNORED = [/^\./, /^~\$/, /^readme(\.\w+)?$/i, /\.schema\.json$/i, /^node_modules$/];

interface Listed {
  path: string;
  info: Stats;
}

interface Listing {
  files: Listed[];
  /** Entries that cannot be read as knowledge (loops, dangling links, FIFOs…), with absolute paths. */
  problems: Problem[];
}

/**
 * Entries (files and folders) read before giving up: a pack is tens of files, and a link to a
 * system folder ("/usr") would otherwise have start-up read the whole disk.
 */
export const MAX_ENTRIES = 10_000;

/**
 * Every file under `root`, following symbolic links (a Kubernetes ConfigMap mounts each file as a
 * link into a hidden `..data` folder). A folder is entered once per real path, so a link to a
 * parent folder (or to any folder holding the knowledge folder, such as "/") is reported as a
 * loop instead of recursing; only regular files are returned, so a FIFO is never opened (reading
 * one would block the loader). At most `maxEntries` entries are read.
 */
export async function listFiles(root: string, maxEntries = MAX_ENTRIES): Promise<Listing> {
  const listing: Listing = { files: [], problems: [] };
  const report = (file: string, message: string) =>
    listing.problems.push({ file, line: 1, col: 1, message, severity: 'error' });
  const rootReal = await realpath(root);
  let seen = 0;
  const walk = async (dir: string, ancestors: Set<string>): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (IGNORED.some((pattern) => pattern.test(entry.name))) continue;
      if (++seen > maxEntries) {
        if (seen === maxEntries + 1)
          report(
            root,
            `the knowledge folder holds more than ${maxEntries.toLocaleString('en-GB')} files and folders: the rest were not read (does a link point at a system folder?)`,
          );
        return;
      }
      const full = path.join(dir, entry.name);
      const info = await stat(full).catch((e: NodeJS.ErrnoException) => e);
      if (info instanceof Error) {
        report(
          full,
          info.code === 'ELOOP'
            ? 'symbolic link loop: the link points back at itself (fix or remove the link)'
            : info.code === 'ENOENT'
              ? 'broken symbolic link: its target does not exist (fix or remove the link)'
              : `cannot read: ${readReason(info)}`,
        );
        continue;
      }
      if (info.isDirectory()) {
        const real = await realpath(full);
        if (ancestors.has(real) || holds(real, rootReal)) {
          report(full, 'symbolic link loop: this folder links to a folder that contains it (remove the link)');
          continue;
        }
        const readable = await walk(full, new Set([...ancestors, real])).catch((e: NodeJS.ErrnoException) => e);
        if (readable instanceof Error) report(full, `cannot read the folder: ${readReason(readable)}`);
      } else if (info.isFile()) listing.files.push({ path: full, info });
      else report(full, 'not a regular file (a pipe, socket or device): knowledge files must be ordinary files');
    }
  };
  await walk(root, new Set([rootReal]));
  return listing;
}

/** True when `folder` is `inner` or a folder above it. */
function holds(folder: string, inner: string): boolean {
  return inner === folder || inner.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep);
}

export function readReason(e: NodeJS.ErrnoException): string {
  if (e.code === 'EACCES' || e.code === 'EPERM') return 'permission denied (let the bot read it, e.g. chmod a+r)';
  if (e.code === 'EISDIR') return 'it is a folder';
  return e.code ?? e.message;
}
