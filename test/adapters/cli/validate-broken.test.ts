// Specification of `validate` on knowledge broken the way admins really break it (issue 15): one
// run over a folder holding every such defect prints one `file:line:col` line per defect, at the
// defect, and never a stack trace or a cascade of follow-on errors.
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.js';

const note = (id: string) =>
  `notes:\n  - id: ${id}\n    title: T\n    topic: carry\n    text: Carry it on the weak side.\n    source: manual\n`;
const BOMB =
  'x: &a [1,1,1,1,1,1,1,1,1]\ny: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nz: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nw: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\nv: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n';
const REFERRING = `notes:\n${Array.from({ length: 40 }, (_, i) => `  - { id: n${i}, title: T, topic: carry, text: Said., source: manual, forces: [north] }`).join('\n')}\n`;
const asRoot = process.getuid?.() === 0;

let dir: string;
let result: { code: number | null; stdout: string; stderr: string };
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'validate-broken-'));
  const files: Record<string, string | Buffer> = {
    'sources.yaml': 'sources:\n  - id: manual\n    title: Manual\n',
    'anchor.yaml': `${note('anchor')}    quote: *nowhere\n`,
    'bomb.yaml': BOMB,
    'tag.yaml': `${note('tagged')}    quote: !include other.yaml\n`,
    'latin1.yaml': Buffer.concat([Buffer.from(`${note('latin')}    quote: caf`), Buffer.from([0xe9, 0x0a])]),
    'quote.yaml': `${note('quoted')}    quote: "unclosed\n  - id: b\n`,
    'forces.yaml': 'forces: [\n',
    'notes.yaml': REFERRING,
    'period.yaml':
      'statistics:\n  - id: s1\n    force: north\n    period: { from: 2020-04, to: 2021-03\n    source: manual\n',
    'unreadable.yaml': note('unreadable'),
  };
  for (const [name, body] of Object.entries(files)) await writeFile(path.join(dir, name), body);
  await chmod(path.join(dir, 'unreadable.yaml'), 0o000);
  execFileSync('mkfifo', [path.join(dir, 'pipe.yaml')]);
  await symlink('self.yaml', path.join(dir, 'self.yaml'));
  await mkdir(path.join(dir, 'sub'));
  await symlink('..', path.join(dir, 'sub', 'up'));
  result = await runCli('validate', ['--knowledge', dir]);
}, 120_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('GIVEN a folder with every defect admins were seen to make', () => {
  it('THEN validate exits 1 and prints no stack trace', () => {
    expect(result.code).toBe(1);
    for (const out of [result.stdout, result.stderr]) {
      expect(out).not.toMatch(/^\s+at /m);
      expect(out).not.toMatch(/\b(TypeError|RangeError|ReferenceError)\b/);
    }
  });

  it('THEN each defect is one file:line:col line at the defect, and references into a broken file are not reported', () => {
    const byFile: Record<string, string[]> = {};
    for (const line of result.stdout.split('\n')) {
      const match = /^(.+?):(\d+:\d+: .*)$/.exec(line.startsWith(dir) ? line.slice(dir.length + 1) : '');
      if (match) (byFile[match[1]!] ??= []).push(match[2]!);
    }
    expect(byFile).toEqual({
      'anchor.yaml': [
        '7:12: YAML: alias *nowhere refers to no anchor: define &nowhere before it, or write the value out',
      ],
      'bomb.yaml': [expect.stringMatching(/^2:\d+: YAML: aliases expand too far/)],
      'forces.yaml': [expect.stringMatching(/^1:9: YAML: /)],
      'latin1.yaml': [
        '7:15: byte 0xE9 is not UTF-8 (the file was probably saved as Latin-1 or Windows-1252): save it as UTF-8',
      ],
      'period.yaml': [expect.stringMatching(/^4:13: YAML: /)],
      'pipe.yaml': ['1:1: not a regular file (a pipe, socket or device): knowledge files must be ordinary files'],
      'quote.yaml': ['7:12: YAML: Missing closing "quote'],
      'self.yaml': ['1:1: symbolic link loop: the link points back at itself (fix or remove the link)'],
      'sub/up': ['1:1: symbolic link loop: this folder links to a folder that contains it (remove the link)'],
      'tag.yaml': ['7:12: YAML: custom tag !include is not allowed: knowledge files are plain YAML (remove the tag)'],
      // Root reads any file, so the permission case is checked only when not run as root.
      ...(asRoot
        ? {}
        : {
            'unreadable.yaml': ['1:1: cannot read the file: permission denied (let the bot read it, e.g. chmod a+r)'],
          }),
    });
  });
});
