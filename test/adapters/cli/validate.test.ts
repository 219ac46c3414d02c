// Specification of `validate`: exit 0 on good knowledge; exit 1 with one line per problem.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePack } from '../../helpers/assistant.js';
import { runCli } from '../../helpers/run-cli.js';
import { tempDir } from '../../helpers/temp-dir.js';

describe('GIVEN validate', () => {
  it('THEN the bundled knowledge is valid', async () => {
    const { code, stdout } = await runCli('validate', []);
    expect(code).toBe(0);
    expect(stdout.split('\n').filter((l) => l && !l.includes('warning:'))).toEqual([]);
  });

  it('THEN a good pack exits 0, prints only warnings, and counts every section it read', async () => {
    const { code, stdout, stderr } = await runCli('validate', ['--knowledge', fixturePack()]);
    expect(code).toBe(0);
    expect(stderr.trim()).toBe(
      `${fixturePack()}: OK — 4 notes, 3 statistics, 0 totals, 2 sources, 2 forces, 2 metrics, 3 synonym groups`,
    );
    expect(stdout.trim()).toMatch(
      /notes\.yaml:27:16: warning: note "recertification" was due for review on 2021-01-01$/,
    );
  });

  it('THEN a broken pack exits 1 with one file:line:col line per problem on stdout', async () => {
    const { code, stdout } = await runCli('validate', ['--knowledge', 'test/fixtures/broken/dangling-refs']);
    expect(code).toBe(1);
    expect(stdout.trim().split('\n')).toEqual([
      'test/fixtures/broken/dangling-refs/pack.yaml:16:13: source "manul" is not defined in the knowledge (did you mean "manual"?)',
      'test/fixtures/broken/dangling-refs/pack.yaml:17:14: force "northshir" is not defined in the knowledge (did you mean "northshire"?)',
      'test/fixtures/broken/dangling-refs/pack.yaml:19:12: force "southshire" is not defined in the knowledge (did you mean "northshire"?)',
      'test/fixtures/broken/dangling-refs/pack.yaml:22:26: metric "incidnets" is not defined in the knowledge (did you mean "incidents"?)',
    ]);
  });

  it('THEN an unknown option is a usage error', async () => {
    const { code, stderr } = await runCli('validate', ['--knowlege', 'x']);
    expect(code).toBe(2);
    expect(stderr).toContain('Usage: npm run --silent validate -- [--knowledge DIR]');
  });

  it('THEN a file named with escape codes and a line break neither drives the terminal nor forges a line', async () => {
    const dir = await tempDir('validate-name');
    await writeFile(path.join(dir, 'x\u001b[2J\nfake.yaml:9:9: all good\n.yaml'), 'notes: [\n');
    const { code, stdout } = await runCli('validate', ['--knowledge', dir]);
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('x\u241b[2J fake.yaml:9:9: all good .yaml:');
    expect(stdout).not.toContain('\u001b');
  });

  it('THEN --all lists every problem, where by default a repeated kind is listed twice and then counted', async () => {
    const dir = await tempDir('validate-all');
    const note = (i: number) =>
      `  - id: n${i}\n    title: N${i}\n    topic: carry\n    text: Check it.\n    source: manual\n    review_by: "2020-01-0${i}"\n`;
    await writeFile(
      path.join(dir, 'a.yaml'),
      `sources:\n  - id: manual\n    title: Manual\nnotes:\n${[1, 2, 3, 4].map(note).join('')}`,
    );
    const capped = await runCli('validate', ['--knowledge', dir]);
    expect(capped.stdout.trim().split('\n')).toHaveLength(3);
    expect(capped.stdout).toContain('warning: and 2 more like this');
    const all = await runCli('validate', ['--knowledge', dir, '--all']);
    expect(all.code).toBe(0);
    expect(all.stdout.trim().split('\n')).toEqual(
      [1, 2, 3, 4].map((i) => expect.stringContaining(`warning: note "n${i}" was due for review on 2020-01-0${i}`)),
    );
  });
});
