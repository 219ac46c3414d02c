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
import { HEADINGS, homeOfficeWorkbook, OTHER_TABLE, taserSheet } from '../../fixtures/ods/home-office.js';
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
      `Wrote ${path.join(dir, 'home-office-2017-18.yaml')}: 43 forces' figures for April 2017 – March 2018 from Table 13 of ${WORKBOOK_2017_18}.`,
    ]);
    expect(first.stdout).toContain('  New forces (41): avon-and-somerset, bedfordshire, cambridgeshire,');
    expect(first.stdout).toContain(
      '  Figures added to existing metrics: Total → incidents, Total discharge → discharges.',
    );
    expect(first.stderr).toBe('');
  });

  it('THEN the 2018-19 import reuses the forces and metrics the first one defined, and warns of the revised row it leaves out', () => {
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(
      `Wrote ${path.join(dir, 'home-office-2018-19.yaml')}: 43 forces' figures for April 2018 – March 2019 from Table 13`,
    );
    expect(second.stdout).toContain('  No new forces: every force is already in the knowledge.\n  No new metrics.\n');
    expect(second.stderr).toBe(
      "warning: Table 13 also revises 1 row(s) for other periods (Hampshire (R), April 2017 – March 2018); they are listed in the file header but not imported, because figures for a period come from that period's own publication.\n",
    );
  });

  it('THEN the pack loads without a single problem', async () => {
    const { knowledge, problems } = await loadKnowledge(dir);
    expect(problems).toEqual([]);
    expect(knowledge?.statistics).toHaveLength(1 + 43 + 43);
    expect(knowledge?.forces.size).toBe(43);
  });

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

  it('THEN a table whose headings changed names the missing heading', async () => {
    const headings = HEADINGS.filter((h) => h !== 'Angled drive stun');
    const { code, stderr } = await refused('changed.ods', buildOds(homeOfficeWorkbook(taserSheet({ headings }))));
    expect(code).toBe(1);
    expect(stderr.split('\n')[0]).toBe(
      'DIR/changed.ods, sheet Table_9 ("Table 9. Use of CED by type and police force: 1 April 2020 to 31 March 2021"): the headings have changed. Missing heading(s): "Angled drive stun". ' +
        'Expected the headings "Region", "Police force", "Total", "Total non-discharge", "Drawn", "Aimed", "Red-dot", "Arced", "Total discharge", "Drive stun", "Fired", "Angled drive stun", "Not stated". If the Home Office changed the table, update src/core/import/home-office/layout.ts to match.',
    );
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
