// Specification: note text that YAML reads otherwise than it looks is warned about, on its line,
// and the pack still loads: words after " #" (a comment) and a list folded by a > block.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/core/knowledge/load.js';
import { formatProblem } from '../../../src/core/knowledge/problems.js';
import { tempDir } from '../../helpers/temp-dir.js';

const HEAD = `sources:\n  - id: manual\n    title: Manual\nnotes:\n  - id: a\n    title: A\n    topic: carry\n    source: manual\n`;

async function loaded(text: string) {
  const dir = await tempDir('shape');
  await writeFile(path.join(dir, 'a.yaml'), `${HEAD}${text}`);
  const { knowledge, problems } = await loadKnowledge(dir, { displayPath: (p) => path.relative(dir, p) });
  return { notes: knowledge?.notes ?? [], lines: problems.map(formatProblem) };
}

describe('GIVEN note text that YAML reads otherwise than it looks', () => {
  it('THEN words after " #" in plain text are named as a comment, at the #', async () => {
    const { notes, lines } = await loaded('    text: Do not post about cases. #ThinkFirst applies off duty too.\n');
    expect(notes[0]!.text).toBe('Do not post about cases.');
    expect(lines).toEqual([
      'a.yaml:9:36: warning: notes[0].text: the words after " #" are a YAML comment, not part of the note: put the text in quotes, or write it as a | block',
    ]);
  });

  it('THEN a list in a > block is named as run into one line', async () => {
    const { lines } = await loaded(
      '    text: >\n      You must:\n      - obtain a photograph;\n      - search the home.\n',
    );
    expect(lines).toEqual([
      'a.yaml:9:11: warning: notes[0].text: a > block runs list items into one line: write it as a | block to keep each item on its own line',
    ]);
  });

  it('THEN quoted text with a #, a | list and a more-indented list in a > block are not warned about', async () => {
    expect((await loaded('    text: "Do not post. #ThinkFirst applies."\n')).lines).toEqual([]);
    expect(
      (await loaded('    text: |\n      You must:\n      - obtain a photograph;\n      - search the home.\n')).lines,
    ).toEqual([]);
    expect((await loaded('    text: >\n      Graded as:\n\n        * High risk\n        * Low risk\n')).lines).toEqual(
      [],
    );
  });

  it('THEN a comment on a line of its own after plain text is not warned about', async () => {
    expect((await loaded('    text: Do not post about cases.\n    # checked by the sergeant\n')).lines).toEqual([]);
  });

  it('THEN a > block of 200,000 lines is read, with no warning', async () => {
    const { notes, lines } = await loaded(`    text: >\n${'      Check it daily.\n'.repeat(200_000)}`);
    expect(lines).toEqual([]);
    expect(notes[0]!.text.startsWith('Check it daily. Check it daily.')).toBe(true);
  });

  it('THEN a control character written as an escape ("\\e[31m", "\\u0007") is an error at its text', async () => {
    const { lines } = await loaded('    text: "Use \\e[31mPRIORITY\\e[0m now.\\u0007 Then stop."\n');
    expect(lines).toEqual([
      'a.yaml:9:11: the text holds a control character (U+001B), which would be sent to chat and terminals as it is: remove it',
    ]);
  });
});
