// Specification of `ask --chart FILE`: the figures drawn as a PNG where the user asked, its path
// printed, and `ask --json` still exactly one JSON object (with `chartFile` only when asked).
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ask-chart-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const RANKING = 'top 5 forces by discharge rate in 2018/19';

describe('GIVEN ask --json --chart FILE and a ranking', () => {
  it('THEN it writes a PNG there and prints one JSON object whose chartFile is its path', async () => {
    const file = path.join(dir, 'ranking.png');
    const { code, stdout } = await runCli('ask', ['--json', '--chart', file, RANKING]);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const answer = JSON.parse(lines[0]!);
    expect(answer.chartFile).toBe(file);
    expect(answer.figures[0].force).toBe('Northumbria Police');
    const png = await readFile(file);
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  });
});

describe('GIVEN ask --chart FILE in the terminal', () => {
  it('THEN the answer is followed by the path of the chart', async () => {
    const file = path.join(dir, 'terminal.png');
    const { code, stdout } = await runCli('ask', ['--chart', file, RANKING]);
    expect(code).toBe(0);
    expect(stdout).toContain('1. Northumbria Police: 24.8%');
    expect(stdout.trim().split('\n').at(-1)).toBe(`Chart: ${file}`);
    expect((await stat(file)).size).toBeGreaterThan(1000);
  });

  it('THEN an answer with nothing to draw says so and writes no file', async () => {
    const file = path.join(dir, 'none.png');
    const { code, stdout } = await runCli('ask', ['--chart', file, 'who removes the barbs?']);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n').at(-1)).toBe('No chart: only a ranking, a comparison or a trend is drawn.');
    await expect(stat(file)).rejects.toThrow(/ENOENT/);
    const json = await runCli('ask', ['--json', '--chart', file, 'who removes the barbs?']);
    expect(JSON.parse(json.stdout).chartFile).toBeNull();
  });
});

describe('GIVEN ask --chart used wrongly', () => {
  it('THEN without a question argument it exits 2 with the usage', async () => {
    const { code, stderr } = await runCli('ask', ['--chart', path.join(dir, 'x.png')], { stdin: RANKING });
    expect(code).toBe(2);
    expect(stderr).toContain('--chart needs the question as an argument');
  });

  it('THEN a folder that does not exist exits 1 naming the path', async () => {
    const file = path.join(dir, 'missing', 'x.png');
    const { code, stdout, stderr } = await runCli('ask', ['--json', '--chart', file, RANKING]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`cannot write the chart to ${file}`);
  });

  it('THEN without --chart the JSON has no chartFile field', async () => {
    const { stdout } = await runCli('ask', ['--json', RANKING]);
    expect(JSON.parse(stdout)).not.toHaveProperty('chartFile');
  });
});
