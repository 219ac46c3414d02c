// Specification: knowledge broken the way admins really break it gives a few `file:line:col`
// lines, never a stack trace, a hang or a cascade. Packs are generated in a temporary folder.
import { chmod, mkdir, symlink, truncate, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/core/knowledge/load.js';
import { formatProblem } from '../../../src/core/knowledge/problems.js';
import { listFiles } from '../../../src/core/knowledge/list-files.js';
import { tempDir } from '../../helpers/temp-dir.js';

const GOOD = `sources:\n  - id: manual\n    title: Manual\nnotes:\n  - id: a\n    title: A\n    topic: carry\n    text: Carry it on the weak side.\n    source: manual\n`;

async function pack(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await tempDir('broken');
  for (const [name, body] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), body);
  }
  return dir;
}

async function lines(dir: string): Promise<string[]> {
  const { problems } = await loadKnowledge(dir, { displayPath: (p) => path.relative(dir, p) || '.' });
  return problems.map(formatProblem);
}

describe('GIVEN YAML aliases and tags', () => {
  it('THEN an alias to an undefined anchor is one line at the alias', async () => {
    expect(await lines(await pack({ 'a.yaml': `${GOOD}    quote: *nowhere\n` }))).toEqual([
      'a.yaml:10:12: YAML: alias *nowhere refers to no anchor: define &nowhere before it, or write the value out',
    ]);
  });
  it('THEN an alias bomb is refused with one line', async () => {
    const bomb =
      'x: &a [1,1,1,1,1,1,1,1,1]\ny: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nz: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nw: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\nv: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n';
    const out = await lines(await pack({ 'a.yaml': bomb }));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^a\.yaml:2:\d+: YAML: aliases expand too far/);
  });
  it('THEN 150 ordinary aliases of one id are accepted', async () => {
    const refs = Array.from(
      { length: 150 },
      (_, i) => `  - { force: *f, period: { from: 2020-04, to: 2021-03 }, source: manual, values: {}, id: s${i} }`,
    );
    const body = `${GOOD}forces:\n  - id: &f north\n    name: North\nstatistics:\n${refs.join('\n')}\n`;
    expect(await lines(await pack({ 'a.yaml': body }))).toEqual([]);
  });
  it('THEN merge keys ("<<: *review") fill a note, and the field holding the anchor is no section', async () => {
    const body = `defaults: &review\n  reviewed: "2026-09-01"\n  review_by: "2027-09-01"\n${GOOD}    <<: *review\n`;
    const dir = await pack({ 'a.yaml': body });
    expect(await lines(dir)).toEqual([]);
    const { knowledge } = await loadKnowledge(dir, { today: '2026-10-01' });
    expect(knowledge!.notes[0]).toMatchObject({ reviewed: '2026-09-01', reviewBy: '2027-09-01' });
  });
  it('THEN custom tags are rejected', async () => {
    const out = await lines(await pack({ 'a.yaml': `${GOOD}    quote: !include other.yaml\n` }));
    expect(out).toEqual([
      'a.yaml:10:12: YAML: custom tag !include is not allowed: knowledge files are plain YAML (remove the tag)',
    ]);
  });
});

describe('GIVEN files that are not ordinary readable files', () => {
  it.skipIf(process.getuid?.() === 0)('THEN an unreadable file is named', async () => {
    const dir = await pack({ 'a.yaml': GOOD, 'b.yaml': GOOD });
    await chmod(path.join(dir, 'b.yaml'), 0o000);
    expect(await lines(dir)).toEqual([
      'b.yaml:1:1: cannot read the file: permission denied (let the bot read it, e.g. chmod a+r)',
    ]);
  });
  it('THEN a FIFO named .yaml is reported, not opened', async () => {
    const dir = await pack({ 'a.yaml': GOOD });
    execFileSync('mkfifo', [path.join(dir, 'pipe.yaml')]);
    expect(await lines(dir)).toEqual([
      'pipe.yaml:1:1: not a regular file (a pipe, socket or device): knowledge files must be ordinary files',
    ]);
  });
  it('THEN symlink loops are reported and a linked file with an error is reported at its path', async () => {
    const dir = await pack({ 'a.yaml': GOOD, 'elsewhere/bad.yaml': 'notes: [\n' });
    await symlink('self.yaml', path.join(dir, 'self.yaml'));
    await symlink('..', path.join(dir, 'elsewhere', 'up'));
    await symlink(path.join(dir, 'elsewhere', 'bad.yaml'), path.join(dir, 'linked.yaml'));
    const out = await lines(dir);
    expect(out).toContain('self.yaml:1:1: symbolic link loop: the link points back at itself (fix or remove the link)');
    expect(out).toContain(
      'elsewhere/up:1:1: symbolic link loop: this folder links to a folder that contains it (remove the link)',
    );
    expect(out.some((l) => l.startsWith('linked.yaml:1:8: YAML:'))).toBe(true);
  });
  it('THEN a link to "/" or to a folder above the pack is a loop, reported without reading the disk', async () => {
    const dir = await pack({ 'kn/a.yaml': GOOD, 'sibling/other.yaml': 'not: [knowledge\n' });
    await symlink('/', path.join(dir, 'kn', 'root'));
    await symlink('..', path.join(dir, 'kn', 'up'));
    expect(await lines(path.join(dir, 'kn'))).toEqual([
      'root:1:1: symbolic link loop: this folder links to a folder that contains it (remove the link)',
      'up:1:1: symbolic link loop: this folder links to a folder that contains it (remove the link)',
    ]);
  });
  it('THEN a folder of too many files is listed only so far, saying why', async () => {
    const dir = await pack(Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`n${i}.yaml`, GOOD])));
    const { files, problems } = await listFiles(dir, 5);
    expect(files).toHaveLength(5);
    expect(problems.map((p) => p.message)).toEqual([
      'the knowledge folder holds more than 5 files and folders: the rest were not read (does a link point at a system folder?)',
    ]);
  });
  it('THEN an Office lock file is skipped, and a name Windows ended in .txt is told to be renamed', async () => {
    const dir = await pack({ 'a.yaml': GOOD, '~$notes.yaml': 'owner\u0000', 'b.yaml.txt': 'notes: []\n' });
    expect(await lines(dir)).toEqual([
      'b.yaml.txt:1:1: not a knowledge file: the name ends in .txt (Windows may hide it): rename it to end in .yaml',
    ]);
  });
  it('THEN the Kubernetes ConfigMap layout (links into ..data) loads', async () => {
    const dir = await pack({ '..2026_01_01/a.yaml': GOOD });
    await symlink('..2026_01_01', path.join(dir, '..data'));
    await symlink('..data/a.yaml', path.join(dir, 'a.yaml'));
    const result = await loadKnowledge(dir);
    expect(result.problems).toEqual([]);
    expect(result.knowledge?.notes.map((n) => n.id)).toEqual(['a']);
  });
  it('THEN a Latin-1 byte is reported on its line', async () => {
    const body = Buffer.concat([Buffer.from(`${GOOD}    quote: caf`), Buffer.from([0xe9]), Buffer.from('\n')]);
    expect(await lines(await pack({ 'a.yaml': body }))).toEqual([
      'a.yaml:10:15: byte 0xE9 is not UTF-8 (the file was probably saved as Latin-1 or Windows-1252): save it as UTF-8',
    ]);
  });
});

describe('GIVEN one defect that used to cascade', () => {
  it('THEN an unclosed quote is reported where it opens, once', async () => {
    expect(await lines(await pack({ 'a.yaml': `${GOOD}    quote: "unclosed\n  - id: b\n` }))).toEqual([
      'a.yaml:10:12: YAML: Missing closing "quote',
    ]);
  });
  it('THEN references into an unparsable file are not reported missing', async () => {
    const notes = `notes:\n${Array.from({ length: 40 }, (_, i) => `  - { id: n${i}, title: T, topic: carry, text: Said., source: manual, forces: [north] }`).join('\n')}\n`;
    const out = await lines(
      await pack({
        'forces.yaml': 'forces: [\n',
        'notes.yaml': notes,
        'sources.yaml': 'sources: [{ id: manual, title: M }]\n',
      }),
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^forces\.yaml:1:9: YAML:/);
  });
  it('THEN a misspelt field on a force is reported once and the force still resolves', async () => {
    const body = `${GOOD}    forces: [north]\nforces:\n  - id: north\n    nmae: North\n    name: North\n`;
    expect(await lines(await pack({ 'a.yaml': body }))).toEqual([
      'a.yaml:13:5: forces[0]: unknown field "nmae" (did you mean "name"?)',
    ]);
  });
  it('THEN a source whose date is written as a number is reported once, not again at each note citing it', async () => {
    const body = GOOD.replace('    title: Manual\n', '    title: Manual\n    date: 2024\n');
    expect(await lines(await pack({ 'a.yaml': body }))).toEqual([
      'a.yaml:4:11: sources[0].date: 2024 is read as a number: write it in quotes ("2024")',
    ]);
  });
  it('THEN a fault in a later note is reported on its own line, whatever is wrong before it', async () => {
    const second = `  - id: b\n    title: B\n    topic: carry\n    text: Check it daily.\n    source: manaul\n`;
    const body = `${GOOD.replace('    source: manual\n', '    source: manual\n    reviewed: 01/03/2024\n')}${second}`;
    expect(await lines(await pack({ 'a.yaml': body }))).toEqual([
      'a.yaml:10:15: notes[0].reviewed: write the date as YYYY-MM-DD',
      'a.yaml:15:13: source "manaul" is not defined in the knowledge (did you mean "manual"?)',
    ]);
  });
  it('THEN a section named like a built-in ("constructor", "toString") is an unknown field', async () => {
    expect(await lines(await pack({ 'a.yaml': 'constructor: 1\ntoString: 2\n' }))).toEqual([
      'a.yaml:1:1: unknown field "constructor"',
      'a.yaml:2:1: unknown field "toString"',
    ]);
  });
  it('THEN a reference 30,000 letters long is reported, with no suggestion sought', async () => {
    const body = GOOD.replace('source: manual', `source: ${'b'.repeat(30_000)}`).replace(
      'id: manual',
      `id: ${'a'.repeat(30_000)}`,
    );
    const out = await lines(await pack({ 'a.yaml': body }));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^a\.yaml:9:13: source "b{30000}" is not defined in the knowledge$/);
  });
  it('THEN repeated messages are capped', async () => {
    const notes = Array.from(
      { length: 40 },
      (_, i) => `  - { id: n${i}, title: T, topic: carry, text: Said., source: manul }`,
    ).join('\n');
    const out = await lines(await pack({ 'a.yaml': `sources: [{ id: manual, title: M }]\nnotes:\n${notes}\n` }));
    expect(out).toHaveLength(3);
    expect(out[2]).toMatch(/and 38 more like this$/);
  });
  it('THEN a part_of cycle is rejected', async () => {
    const body = `metrics:\n  - { id: a, label: A, terms: [a], part_of: b }\n  - { id: b, label: B, terms: [b], part_of: a }\n`;
    const out = await lines(await pack({ 'a.yaml': body }));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/part_of goes round in a circle \(a → b → a\)/);
  });
  it('THEN a year or tag written as a number says to quote it', async () => {
    const body = `sources:\n  - id: manual\n    title: Manual\n    date: 2008\n`;
    expect(await lines(await pack({ 'a.yaml': body }))).toEqual([
      'a.yaml:4:11: sources[0].date: 2008 is read as a number: write it in quotes ("2008")',
    ]);
  });
  it('THEN an id written as words says which id to write', async () => {
    const body = GOOD.replace('id: a', 'id: First note');
    expect(await lines(await pack({ 'a.yaml': body }))).toEqual([
      'a.yaml:5:9: notes[0].id: "First note" is not an id (ids use lower-case letters, digits, ".", "_" and "-"): write "first-note"',
    ]);
  });
  it('THEN a topic written as words, as admins name topics, is valid and kept as its id', async () => {
    const dir = await pack({
      'a.yaml': GOOD.replace('topic: carry', 'topic: First Response'),
      'b.yaml': GOOD.replace(/manual/g, 'guide')
        .replace('id: a', 'id: b')
        .replace('topic: carry', 'topic: Défense'),
    });
    const { knowledge, problems } = await loadKnowledge(dir);
    expect(problems).toEqual([]);
    expect(knowledge!.notes.map((n) => n.topic)).toEqual(['first-response', 'defense']);
  });
  it('THEN a topic with no letters or digits is one line at the topic', async () => {
    const body = GOOD.replace('topic: carry', 'topic: "!!!"');
    expect(await lines(await pack({ 'a.yaml': body }))).toEqual([
      'a.yaml:7:12: notes[0].topic: "!!!" is not an id (ids use lower-case letters, digits, ".", "_" and "-")',
    ]);
  });
  it.each(['', '# notes to come\n', '---\n'])(
    'THEN a file with no sections (%j) is a warning, not silence',
    async (body) => {
      expect(await lines(await pack({ 'a.yaml': GOOD, 'b.yaml': body }))).toEqual([
        'b.yaml:1:1: warning: the file holds no sections (sources, notes, statistics, …): nothing is read from it',
      ]);
    },
  );
  it('THEN a note that ends with a list item, as policy lists are copied, is valid', async () => {
    const body = GOOD.replace(
      'text: Carry it on the weak side.',
      'text: |-\n      The quokka logbook records:\n      - the time of issue\n      - the handler',
    );
    expect(await lines(await pack({ 'a.yaml': body }))).toEqual([]);
  });
  it('THEN a note that ends with a table row copied as Markdown is valid', async () => {
    const body = GOOD.replace(
      'text: Carry it on the weak side.',
      'text: |-\n      Uses in 2021/22:\n      | Force | Uses |\n      |---|---|\n      | Dorset | 145 |',
    );
    expect(await lines(await pack({ 'a.yaml': body }))).toEqual([]);
  });
  it('THEN a list item copied from legislation.gov.uk, its words straight after "(a)", ends a note too', async () => {
    const body = GOOD.replace(
      'text: Carry it on the weak side.',
      "text: |-\n      (4)For the purposes of this Part—\n      (a)a person's bail start date is the day after the day of arrest,",
    );
    expect(await lines(await pack({ 'a.yaml': body }))).toEqual([]);
  });
  it.each([
    'Always double-lock handcuffs. ✅',
    'Stay safe out there! 👮',
    'Cells must be checked **every 30 minutes.**',
    'Meals are provided three times a day.*',
    'Detainees must be visited every hour. — PACE Code C, para 9.3',
    'Entry must be reasonable. — Lord Widgery CJ in Williams v. Summerfield [1972] 2 QB 512',
    'Full guidance is at https://intranet.example.police.uk/custody',
  ])('THEN a text ending like a sentence but decorated ("%s") is valid', async (ending) => {
    const body = GOOD.replace('text: Carry it on the weak side.', `text: ${JSON.stringify(ending)}`);
    expect(await lines(await pack({ 'a.yaml': body }))).toEqual([]);
  });
  it('THEN an attribution after words that end no sentence says to end the words first', async () => {
    const body = GOOD.replace(
      'Carry it on the weak side.',
      '"This Code applies to any arrest made after 00:00 on 12 November 2012 — PACE Code G"',
    );
    expect(await lines(await pack({ 'a.yaml': body }))).toEqual([
      'a.yaml:8:11: notes[0].text: the text looks cut off before its attribution "— PACE Code G": an attribution counts only after a sentence\'s end, so end the words before it with . ! or ?',
    ]);
  });
  it('THEN words after a dash that hold a sentence of their own are no attribution, and a cut-off end fails', async () => {
    const body = GOOD.replace(
      'Carry it on the weak side.',
      '"Carry it on the weak side. — PACE Code C, para 9.3. The logbook is"',
    );
    expect(await lines(await pack({ 'a.yaml': body }))).toEqual([
      'a.yaml:8:11: notes[0].text: the text looks cut off: end it like a sentence (with . ! or ?) or with a list item on its own line (where the source itself has no full stop there, add one)',
    ]);
  });
  it('THEN a term in two synonym groups is a warning naming both, and the same term twice in one group is not', async () => {
    const synonyms =
      'synonyms:\n  - [force, police force, constabulary]\n  - [use of force, Force, force used]\n  - [body-worn video, body worn video, BWV]\n';
    expect(await lines(await pack({ 'a.yaml': GOOD, 's.yaml': synonyms }))).toEqual([
      's.yaml:3:20: warning: synonym "Force" is also in the group at s.yaml:2:6 [force, police force, constabulary]: a question saying it is read as every term of both groups; if they mean the same, make them one group, else keep it in one',
    ]);
  });
  it('THEN a note whose text is cut off fails validation', async () => {
    const body = GOOD.replace('Carry it on the weak side.', 'The quokka logbook is');
    expect(await lines(await pack({ 'a.yaml': body }))).toEqual([
      'a.yaml:8:11: notes[0].text: the text looks cut off: end it like a sentence (with . ! or ?) or with a list item on its own line (where the source itself has no full stop there, add one)',
    ]);
  });
});

describe('GIVEN YAML syntax slips admins make', () => {
  it.each([
    [
      'a second document after "---"',
      `${GOOD}---\nnotes: []\n`,
      'a.yaml:10:1: YAML: this file holds more than one YAML document (a "---" line after the first part): keep one document per file, or remove the "---"',
    ],
    [
      'a missing colon',
      GOOD.replace('    title: A', '    title A'),
      'a.yaml:6:5: YAML: this line is not "field: value": a colon is missing, or text runs on from the line above without being indented under it',
    ],
    [
      'an unquoted ": " in a value',
      GOOD.replace('text: Carry it on the weak side.', 'text: Note: carry it on the weak side.'),
      'a.yaml:8:11: YAML: this value holds ": " (a colon and a space), which YAML reads as a new field: put the value in quotes',
    ],
    [
      'a quoted value with more text after its closing quote',
      GOOD.replace('    title: Manual\n', '    title: "5% rise: a response" and "Why now?"\n'),
      "a.yaml:3:12: YAML: this value starts with a quote, so it ends at the closing quote, and more text follows it: put the whole value in single quotes (writing a single quote inside it twice, ''), or start it without a quote",
    ],
    [
      'a stray word less indented than the fields above it',
      GOOD.replace('    title: Manual\n', '    title: Manual\n  handbook\n'),
      'a.yaml:4:1: YAML: this line is indented differently from the fields above it: line it up with them, or, if it goes on with the value above, indent it further than that field',
    ],
    [
      'a field written twice',
      GOOD.replace('    source: manual\n', '    source: manual\n    title: B\n'),
      'a.yaml:10:5: YAML: the field "title" is written twice in the same item: keep one',
    ],
    [
      'lists nested ten thousand deep',
      `notes: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`,
      'a.yaml:1:1: YAML: the file is nested too deeply to read (lists or mappings inside one another thousands of times)',
    ],
  ])('THEN %s is said as what to write', async (_, body, line) => {
    expect(await lines(await pack({ 'a.yaml': body }))).toEqual([line]);
  });

  it('THEN a file Notepad or Excel saved as "Unicode" is named as UTF-16', async () => {
    const body = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD, 'utf16le')]);
    expect(await lines(await pack({ 'a.yaml': body }))).toEqual([
      'a.yaml:1:1: the file is saved as UTF-16 ("Unicode" in Notepad or Excel): save it as UTF-8',
    ]);
  });
});

describe('GIVEN very large files and very long lines', () => {
  it('THEN a 50 MB file is refused with its size, without being read', async () => {
    const dir = await pack({ 'a.yaml': GOOD, 'huge.yaml': '' });
    // Sparse: 50 MB by its size, nothing written, so the test costs no disk or memory.
    await truncate(path.join(dir, 'huge.yaml'), 50 * 1024 * 1024);
    expect(await lines(dir)).toEqual([
      'huge.yaml:1:1: the file is 50.0 MB; a knowledge file may be at most 20.0 MB: split it into several files (any number of files may hold notes or statistics)',
    ]);
  });
  it('THEN a note written on one line of a megabyte loads', async () => {
    const text = `${'The officer records every word. '.repeat(32_000).trim()}`;
    const dir = await pack({ 'a.yaml': GOOD.replace('Carry it on the weak side.', text) });
    const result = await loadKnowledge(dir);
    expect(result.problems).toEqual([]);
    expect(result.knowledge?.notes[0]?.text).toHaveLength(text.length);
  });
});
