// Specification of `npm run import -- home-office FILE.ods`: both real workbooks imported into a pack that
// then loads cleanly and answers from them; re-running changes nothing; bad inputs are refused with a
// message naming what was expected, and nothing is written.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/core/knowledge/load.js';
import { makeAssistant } from '../../helpers/assistant.js';
import { runCli } from '../../helpers/run-cli.js';
import { buildOds } from '../../fixtures/ods/build-ods.js';
import { HEADINGS, homeOfficeWorkbook, OTHER_TABLE, ROWS, taserSheet } from '../../fixtures/ods/home-office.js';
import { realWorkbook, WORKBOOK_2017_18, WORKBOOK_2018_19 } from '../../fixtures/ods/real-workbooks.js';
import { answerText } from '../../../src/core/answer/present.js';

/** A small hand-written pack: two forces and the two seed metrics, as the bundled knowledge has them. */
const PACK = `sources:
  - id: news
    title: A news report
statistics:
  - force: thames-valley
    period: { from: 2021-04, to: 2022-03 }
    source: news
    values: { incidents: 964, discharges: 160 }
forces:
  - id: hampshire
    name: Hampshire and Isle of Wight Constabulary
    aliases: [Hampshire, Hampshire Constabulary]
    region: South East
  - id: thames-valley
    name: Thames Valley Police
    aliases: [Thames Valley, TVP]
    region: South East
metrics:
  - id: incidents
    label: incidents involving a Taser
    unit: incidents
    terms: [incidents, used, use, uses]
  - id: discharges
    label: discharges
    unit: discharges
    part_of: incidents
    terms: [fired, discharged, discharges]
`;

const dirs: string[] = [];
async function packDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'import-pack-'));
  dirs.push(dir);
  await writeFile(path.join(dir, 'pack.yaml'), PACK);
  return dir;
}
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

/** Every file in a folder with its content, to prove a refused import wrote nothing. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const names = await readdir(dir);
  return Object.fromEntries(
    await Promise.all(names.sort().map(async (n) => [n, await readFile(path.join(dir, n), 'utf8')] as const)),
  );
}

describe('GIVEN a pack and the two real Home Office workbooks', () => {
  let dir: string;
  let first: Awaited<ReturnType<typeof runCli>>;
  let second: Awaited<ReturnType<typeof runCli>>;
  beforeAll(async () => {
    dir = await packDir();
    first = await runCli('import', ['home-office', realWorkbook(WORKBOOK_2017_18), '--knowledge', dir]);
    second = await runCli('import', ['home-office', realWorkbook(WORKBOOK_2018_19), '--knowledge', dir]);
  }, 60_000);

  it('THEN the 2017-18 import writes its file and says what it added', () => {
    expect(first.code).toBe(0);
    expect(first.stdout.split('\n').slice(0, 1)).toEqual([
      `Wrote ${path.join(dir, 'home-office-2017-18.yaml')}: 43 force rows and 11 total rows for April 2017 – March 2018 from Table 13 of ${WORKBOOK_2017_18} (published for April 2017 – March 2018).`,
    ]);
    expect(first.stdout).toContain('  New forces (41): avon-and-somerset, bedfordshire, cambridgeshire,');
    expect(first.stdout).toContain(
      '  Figures added to existing metrics: Total → incidents, Total discharge → discharges.',
    );
    // The workbook's quarter tables (14 and 15) are named as not read; nothing else is warned about.
    expect(first.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^warning: Table_14 \(.*\) is also a table of Taser use by police force; it was not read/),
      expect.stringMatching(/^warning: Table_15 \(.*\) is also a table of Taser use by police force; it was not read/),
    ]);
  });

  it('THEN the 2018-19 import reuses the forces and metrics, keeps its 2017/18 rows and revises the first one', async () => {
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(
      `Wrote ${path.join(dir, 'home-office-2018-19.yaml')}: 86 force rows and 22 total rows for April 2017 – March 2018 and April 2018 – March 2019 from Table 13`,
    );
    expect(second.stdout).toContain('  No new forces: every force is already in the knowledge.\n  No new metrics.\n');
    expect(second.stderr).toBe('');
    expect(await readFile(path.join(dir, 'home-office-2018-19.yaml'), 'utf8')).toContain(
      '    revises: [ home-office-use-of-force-2017-18 ]\n',
    );
  });

  it('THEN the pack loads without a single problem, revisions and totals included', async () => {
    const { knowledge, problems } = await loadKnowledge(dir);
    expect(problems).toEqual([]);
    expect(knowledge?.statistics).toHaveLength(1 + 43 + 86);
    expect(knowledge?.totals).toHaveLength(11 + 22);
    expect(knowledge?.forces.size).toBe(43);
  });

  it('THEN importing a workbook again under another file name is refused, and nothing is written', async () => {
    const before = await snapshot(dir);
    const copy = path.join(dir, 'copy.yaml');
    const again = await runCli('import', ['home-office', realWorkbook(WORKBOOK_2018_19), '--out', copy]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(
      `This workbook is already in the knowledge: ${path.join(dir, 'home-office-2018-19.yaml')} holds its figures (source "home-office-use-of-force-2018-19").`,
    );
    expect(await snapshot(dir)).toEqual(before);
  }, 60_000);

  it('THEN the imported figures answer questions, each citing its own publication', async () => {
    const assistant = await makeAssistant(dir);
    const kent = await assistant.answer('how many times was Taser fired in Kent in 2018/19?');
    expect(answerText(kent)).toContain('Kent Police, April 2018 – March 2019: discharges 71');
    expect(kent.citations.map((c) => c.title)).toEqual([
      'Police use of force statistics, England and Wales: April 2018 to March 2019: data tables',
    ]);
    const trend = await assistant.answer("how has Thames Valley's use changed year on year?");
    expect(trend.figures.map((f) => [f.periodLabel, f.value])).toEqual([
      ['April 2017 – March 2018', 519],
      ['April 2018 – March 2019', 778],
      ['April 2021 – March 2022', 964],
    ]);
  });

  it('THEN importing both again changes no byte and says so', async () => {
    const before = await snapshot(dir);
    const again2017 = await runCli('import', ['home-office', realWorkbook(WORKBOOK_2017_18), '--knowledge', dir]);
    const again2018 = await runCli('import', ['home-office', realWorkbook(WORKBOOK_2018_19), '--knowledge', dir]);
    expect(again2017.stdout).toMatch(/^Unchanged .*home-office-2017-18\.yaml: /);
    expect(again2018.stdout).toMatch(/^Unchanged .*home-office-2018-19\.yaml: /);
    expect(await snapshot(dir)).toEqual(before);
  }, 60_000);
});

describe('GIVEN a pack that already gives, from another source, figures the workbook gives', () => {
  it('THEN the import names the clash as validate would, and nothing is written', async () => {
    const dir = await packDir();
    const clash = PACK.replace('period: { from: 2021-04, to: 2022-03 }', 'period: { from: 2018-04, to: 2019-03 }');
    await writeFile(path.join(dir, 'pack.yaml'), clash);
    const before = await snapshot(dir);
    const result = await runCli('import', ['home-office', realWorkbook(WORKBOOK_2018_19), '--knowledge', dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('The imported figures would make the knowledge invalid:\n');
    expect(result.stderr).toContain(
      `${path.join(dir, 'pack.yaml')}:5:5: force "thames-valley", April 2018 – March 2019: source "news" gives figures that source "home-office-use-of-force-2018-19" already gives (${path.join(dir, 'home-office-2018-19.yaml')}:`,
    );
    expect(result.stderr).toContain('Nothing was written.');
    expect(await snapshot(dir)).toEqual(before);
  }, 60_000);
});

describe('GIVEN an input the import cannot use', () => {
  async function refused(
    name: string,
    bytes: Uint8Array | undefined,
  ): Promise<{ code: number | null; stderr: string }> {
    const dir = await packDir();
    const file = path.join(dir, name);
    if (bytes) await writeFile(file, bytes);
    const before = await snapshot(dir);
    const result = await runCli('import', ['home-office', file, '--knowledge', dir]);
    expect(await snapshot(dir)).toEqual(before);
    return { code: result.code, stderr: result.stderr.replaceAll(dir, 'DIR') };
  }

  it('THEN a missing file is named', async () => {
    expect(await refused('missing.ods', undefined)).toEqual({
      code: 1,
      stderr:
        'Cannot read DIR/missing.ods: no such file. Expected the path to a Home Office .ods workbook. Nothing was written.\n',
    });
  });

  it('THEN a text file is not a workbook', async () => {
    expect(await refused('taser.ods', strToU8('Force,Total\nKent,588\n'))).toEqual({
      code: 1,
      stderr:
        'DIR/taser.ods is not an OpenDocument spreadsheet: it is not a zip archive. Expected the .ods workbook of "Police use of force statistics, England and Wales" as the Home Office publishes it.\nNothing was written.\n',
    });
  });

  it('THEN a zip without content.xml is not a workbook', async () => {
    const { code, stderr } = await refused('empty.ods', zipSync({ 'notes.txt': strToU8('hello') }));
    expect(code).toBe(1);
    expect(stderr).toContain('DIR/empty.ods is not an OpenDocument spreadsheet: the archive has no content.xml.');
  });

  it('THEN a workbook without the table lists what it expected and what it found', async () => {
    expect(await refused('other.ods', buildOds({ sheets: [OTHER_TABLE] }))).toEqual({
      code: 1,
      stderr:
        'DIR/other.ods has no table of Taser (CED) use by police force. Expected a sheet titled like "Use of CED (conducted energy device, Taser) by type and police force" with the headings "Region", "Police force", "Total", "Total non-discharge", "Drawn", "Aimed", "Red-dot", "Arced", "Total discharge", "Drive stun", "Fired", "Angled drive stun", "Not stated".\n' +
        'Its sheets are:\n  Table_1: Table 1. Number of times tactics were used\nNothing was written.\n',
    });
  });

  it('THEN a table giving a heading twice (two years side by side) is refused, naming both cells', async () => {
    const headings = [...HEADINGS, 'Total', 'Total discharge'];
    const rows = ROWS.map((row) => [...row, 1, 1]);
    const { code, stderr } = await refused('wide.ods', buildOds(homeOfficeWorkbook(taserSheet({ headings, rows }))));
    expect(code).toBe(1);
    expect(stderr.split('\n')[0]).toBe(
      'DIR/wide.ods, sheet Table_9 ("Table 9. Use of CED by type and police force: 1 April 2020 to 31 March 2021"): the heading "Total" is given twice (cells C4 and N4), as when a table sets two years side by side; which column is this year\'s cannot be told. Expected one column per measure and one row per force and period: save the year\'s columns alone in a copy of the sheet and import that.',
    );
  });

  it('THEN a table without a required column names it and says how to map a renamed heading', async () => {
    const headings = HEADINGS.map((h) => (h === 'Total' ? 'Grand sum' : h));
    const { code, stderr } = await refused('changed.ods', buildOds(homeOfficeWorkbook(taserSheet({ headings }))));
    expect(code).toBe(1);
    expect(stderr.split('\n')[0]).toBe(
      'DIR/changed.ods, sheet Table_9 ("Table 9. Use of CED by type and police force: 1 April 2020 to 31 March 2021"): no column for "Total", which the import needs. ' +
        'Headings it could not place: "Grand sum". If one of them is the same measure under a new name, import again saying so, e.g. --heading "Total=Grand sum".',
    );
    expect(stderr).not.toContain('src/');
  });

  it('THEN --heading maps the renamed heading and the import goes on', async () => {
    const dir = await packDir();
    // Outside the pack: a workbook inside it would be reported as a file that is not knowledge.
    const file = `${dir}-changed.ods`;
    const headings = HEADINGS.map((h) => (h === 'Total' ? 'Grand sum' : h));
    await writeFile(file, buildOds(homeOfficeWorkbook(taserSheet({ headings }))));
    const result = await runCli('import', ['home-office', file, '--knowledge', dir, '--heading', 'Total=Grand sum']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Wrote .*home-office-2020-21\.yaml: 3 force rows/);
    await rm(file, { force: true });
  });

  it('THEN an unknown kind of import is a usage error', async () => {
    const result = await runCli('import', ['police-scotland', 'file.ods']);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe('Unknown import "police-scotland": expected one of "home-office".');
  });
});

describe('GIVEN --out in a new folder', () => {
  it('THEN the folder is created and is the pack the import reads', async () => {
    const dir = await packDir();
    const out = path.join(dir, 'nested', 'mini.yaml');
    const result = await runCli('import', ['home-office', realWorkbook(WORKBOOK_2017_18), '--out', out]);
    expect(result.code).toBe(0);
    expect((await readFile(out, 'utf8')).split('\n')[0]).toBe(
      '# yaml-language-server: $schema=./knowledge.schema.json',
    );
    // The nested folder holds no other knowledge, so every force and metric is defined there.
    expect(result.stdout).toContain('  New forces (43):');
  });
});
