// The knowledge pack's identity from its files' contents, shared by the loader (shown in /healthz)
// and the start-up cache (which must know the pack it read is the pack the loader checked).
import { createHash } from 'node:crypto';
import path from 'node:path';

/** A file of the pack by its path relative to the pack's folder, and the SHA-256 of its bytes. */
export interface HashedFile {
  file: string;
  digest: string;
}

/** The SHA-256 of a file's bytes, in hex. */
export function digestOf(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * One hash for the whole pack, independent of where it is mounted and of the order files were
 * listed in: two instances with the same files show the same fingerprint in /healthz.
 */
export function packFingerprint(files: readonly HashedFile[]): string {
  const hash = createHash('sha256');
  for (const f of [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)))
    hash.update(`${f.file.split(path.sep).join('/')}\0${f.digest}\n`);
  return hash.digest('hex').slice(0, 16);
}
