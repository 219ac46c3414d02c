// Test helper: knowledge files that carry a hostile string into a reload report the way an admin
// (or an attacker with write access to the folder) could: in a file name, an unknown field's name
// (quoted in the error message), and a note id the headline quotes.
import type { TempPack } from '../../core/reload/pack.js';
import { noteYaml } from '../../core/reload/pack.js';

/** A file name holding `hostile` as far as a file name can: "/" becomes "∕", NUL is dropped. */
export function hostileFileName(hostile: string): string {
  return `${hostile.replaceAll('/', '\u2215').replaceAll('\u0000', '')}.yaml`;
}

/**
 * Write a file named after `hostile` holding a note whose unknown field is named `hostile`: the
 * reload fails with `<that file>:8:5: notes[0]: unknown field "<hostile>"`.
 */
export async function writeHostileFile(pack: TempPack, hostile: string): Promise<void> {
  // JSON escapes (\u0000, \n, \") are YAML double-quoted escapes too.
  const note = noteYaml('hostile-note', 'A hostile note.', 'What is hostile?');
  await pack.write(hostileFileName(hostile), `notes:\n${note}    ${JSON.stringify(hostile)}: 1\n`);
}

/** A note whose id reads as a bare domain: a successful reload's headline quotes it. */
export async function addDomainNote(pack: TempPack): Promise<void> {
  await pack.write('added.yaml', `notes:\n${noteYaml('evil.example', 'An added note.', 'What was added?')}`);
}
