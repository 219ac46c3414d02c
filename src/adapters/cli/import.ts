// `npm run import -- home-office FILE.ods [--out FILE.yaml] [--knowledge DIR]`: turns a published workbook
// into a generated knowledge file. Reads the file and the pack, writes atomically, and turns each typed
// import error into a message naming what was expected; on any error nothing is written.
import { mkdir, mkdtemp, readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ImportError, type ImportErrorDetails } from '../../core/import/errors.js';
import { existingKnowledge, NO_KNOWLEDGE, type ExistingKnowledge } from '../../core/import/existing.js';
import { buildHomeOfficeKnowledge } from '../../core/import/home-office/build.js';
import { expectedHeadings, headingKey } from '../../core/import/home-office/find-table.js';
import { defaultFileName, readHomeOfficeWorkbook } from '../../core/import/home-office/read-workbook.js';
import { loadKnowledge } from '../../core/knowledge/load.js';
import { KnowledgeError } from '../../core/knowledge/problems.js';
import { problemLine } from './problem-line.js';
import { periodLabel } from '../../core/text/dates.js';
import type { Period, Problem } from '../../core/types.js';
import { knowledgeDir, parseCommandLine } from './args.js';

const USAGE = `Usage: npm run import -- home-office FILE.ods [--out knowledge/home-office-YYYY-YY.yaml] [--knowledge DIR]
                                    [--heading "KNOWN=HEADING IN THE WORKBOOK" ...]

  home-office   a Home Office "Police use of force statistics, England and Wales" workbook (.ods)
  --out         the knowledge file to write (default: home-office-<year>.yaml in the knowledge folder)
  --knowledge   the knowledge folder whose forces and metrics are reused (default: the folder of --out,
                else KNOWLEDGE_DIR, else knowledge/)
  --heading     read a heading the import does not recognise as a known one, e.g.
                --heading "Total=Number of CED incidents" (may be given several times)`;
const KINDS = ['home-office'];
const YAML_FILE = /\.ya?ml$/i;

const listQuoted = (items: string[]) => items.map((i) => `"${i}"`).join(', ');
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

class BadOption extends Error {}

/** `--heading "Total=Number of uses"` → normalised known heading → the workbook's headings. */
function headingAliases(values: string[] | undefined): Map<string, string[]> {
  const aliases = new Map<string, string[]>();
  for (const value of values ?? []) {
    const [known, ...rest] = value.split('=');
    const heading = rest.join('=').trim();
    const spec = known && findSpec(known);
    if (!spec || heading === '')
      throw new BadOption(
        `--heading "${value}": expected KNOWN=HEADING, where KNOWN is one of ${listQuoted(expectedHeadings())}.`,
      );
    aliases.set(headingKey(spec), [...(aliases.get(headingKey(spec)) ?? []), heading]);
  }
  return aliases;
}

function findSpec(known: string): string | undefined {
  return expectedHeadings().find((h) => headingKey(h) === headingKey(known));
}
const periodText = (period?: Period) => (period ? periodLabel(period) : 'the period the workbook reports on');

/** The admin-facing message for each import failure. */
function describe(d: ImportErrorDetails, file: string): string {
  switch (d.code) {
    case 'not-ods':
      return `${file} is not an OpenDocument spreadsheet: ${d.reason}. Expected the .ods workbook of "Police use of force statistics, England and Wales" as the Home Office publishes it.`;
    case 'no-table':
      return (
        `${file} has no table of Taser (CED) use by police force. Expected a sheet titled like "${d.expected[0]}" with the headings ${listQuoted(d.expected.slice(1))}.\n` +
        `Its sheets are:\n${d.tables.map((t) => `  ${t.name}: ${t.title || '(no title)'}`).join('\n')}`
      );
    case 'ambiguous-table':
      return `${file} has ${d.tables.length} tables of Taser use by police force for ${periodText(d.period)}: ${d.tables.map((t) => `${t.name} ("${t.title}")`).join(', ')}. Expected exactly one.`;
    case 'headings-changed':
      return [
        `${file}, sheet ${d.table} ("${d.title}"): no column for ${listQuoted(d.missing)}, which the import needs.`,
        d.unexpected.length > 0 ? `Headings it could not place: ${listQuoted(d.unexpected.map(oneLine))}.` : '',
        `If one of them is the same measure under a new name, import again saying so, e.g. --heading "${d.missing[0]}=${oneLine(d.unexpected[0] ?? 'the heading in the workbook')}".`,
      ]
        .filter(Boolean)
        .join(' ');
    case 'no-period':
      return `${file}, sheet ${d.table} ("${d.title}"): cannot tell which period the figures are for. Expected a period in the title (e.g. "1 April 2018 to 31 March 2019") or a "Financial year" column (e.g. "2018/19").`;
    case 'repeated-heading':
      return `${file}, sheet ${d.table} ("${d.title}"): the heading "${d.heading}" is given twice (cells ${d.cells.join(' and ')}), as when a table sets two years side by side; which column is this year's cannot be told. Expected one column per measure and one row per force and period: save the year's columns alone in a copy of the sheet and import that.`;
    case 'bad-value':
      if (d.stored !== undefined)
        return `${file}, sheet ${d.table}, cell ${d.cell} (${d.force}, ${d.heading}): the cell shows "${d.text}" but stores ${d.stored}, so which is the figure cannot be told. Expected a whole number, shown as stored.`;
      return `${file}, sheet ${d.table}, cell ${d.cell} (${d.force}, ${d.heading}): "${d.text}" is not a count. Expected a whole number, or a symbol for a missing figure such as "..", "*" or a blank cell.`;
    case 'no-rows':
      return `${file}, sheet ${d.table} ("${d.title}"): no police force rows for ${periodText(d.period)}. Expected one row per force under the headings.`;
    case 'duplicate-force':
      return `${file}, sheet ${d.table}: force "${d.force}" has two rows (${d.rows.join(' and ')}) for the same period. Expected one row per force.`;
    case 'already-imported':
      return `This workbook is already in the knowledge: ${d.file} holds its figures (source "${d.sourceId}"). Importing it under another file name would give every figure twice. To regenerate that file, run the import with --out ${d.file}, or delete it first.`;
    case 'id-taken':
      return `The ids ${d.ids.map((i) => `"${i.id}" (${i.file})`).join(', ')} are already used elsewhere in the knowledge, and this import needs them. Rename them there, then import again.`;
  }
}

/** What the rest of the pack defines; an empty or missing folder defines nothing yet. */
async function existingFor(dir: string, out: string): Promise<ExistingKnowledge> {
  const others = (await yamlFilesIn(dir)).filter((name) => path.resolve(dir, name) !== path.resolve(out));
  if (others.length === 0) return NO_KNOWLEDGE;
  const { knowledge, problems } = await loadKnowledge(dir, { displayPath: (absolute) => absolute });
  if (!knowledge) throw new KnowledgeError(problems.filter((p) => p.severity === 'error'));
  return existingKnowledge(knowledge, out);
}

/** The YAML files of a pack, relative to it; none when the folder does not exist yet. */
async function yamlFilesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true }).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return [];
    throw e;
  });
  return entries.filter((name) => YAML_FILE.test(name));
}

/** Write via a hidden temporary file and a rename, so the pack never sees half a file. */
async function writeAtomically(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, file);
  } finally {
    await rm(temporary, { force: true });
  }
}

async function readWorkbook(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new UnreadableFile(
      `Cannot read ${file}: ${reason}. Expected the path to a Home Office .ods workbook. Nothing was written.`,
    );
  }
}

class UnreadableFile extends Error {}

/** The imported file would leave the pack invalid (e.g. figures another source already gives). */
class WouldBreakPack extends Error {
  constructor(readonly problems: Problem[]) {
    super('the import would leave the knowledge invalid');
  }
}

/**
 * The errors the pack would have with `text` as `out`, found before anything is written: the
 * pack's other files are linked into a scratch folder beside the new file and loaded there.
 * Problems are named by the pack's own paths.
 */
async function problemsWith(dir: string, out: string, text: string): Promise<Problem[]> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'import-check-'));
  try {
    const outName = path.relative(dir, out).startsWith('..') ? path.basename(out) : path.relative(dir, out);
    for (const name of (await yamlFilesIn(dir)).filter((n) => n !== outName)) {
      await mkdir(path.dirname(path.join(scratch, name)), { recursive: true });
      await symlink(path.resolve(dir, name), path.join(scratch, name));
    }
    await mkdir(path.dirname(path.join(scratch, outName)), { recursive: true });
    await writeFile(path.join(scratch, outName), text, 'utf8');
    const { problems } = await loadKnowledge(scratch, {
      displayPath: (absolute) => path.join(dir, path.relative(scratch, absolute)),
    });
    return problems.filter((p) => p.severity === 'error');
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function importWorkbook(
  file: string,
  options: { out?: string; knowledge?: string; heading?: string[] },
): Promise<void> {
  const read = readHomeOfficeWorkbook(await readWorkbook(file), path.basename(file), headingAliases(options.heading));
  const dir = options.knowledge || !options.out ? knowledgeDir(options.knowledge) : path.dirname(options.out);
  const out = options.out ?? path.join(dir, defaultFileName(read));
  const result = buildHomeOfficeKnowledge(read, await existingFor(dir, out));

  const previous = await readFile(out, 'utf8').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined;
    throw e;
  });
  const unchanged = previous === result.text;
  if (!unchanged) {
    const problems = await problemsWith(dir, out, result.text);
    if (problems.length > 0) throw new WouldBreakPack(problems);
    await writeAtomically(out, result.text);
  }
  const { summary } = result;
  const lines = [
    `${unchanged ? 'Unchanged' : 'Wrote'} ${out}: ${summary.statistics} force rows and ${summary.totals} total rows for ${summary.periods.join(' and ')} from ${summary.table} of ${path.basename(file)} (published for ${summary.period}).`,
    summary.newForces.length > 0
      ? `  New forces (${summary.newForces.length}): ${summary.newForces.join(', ')}.`
      : '  No new forces: every force is already in the knowledge.',
    summary.newMetrics.length > 0 ? `  New metrics: ${summary.newMetrics.join(', ')}.` : '  No new metrics.',
    ...(summary.reusedMetrics.length > 0
      ? [
          `  Figures added to existing metrics: ${summary.reusedMetrics.map((m) => `${m.heading} → ${m.id}`).join(', ')}.`,
        ]
      : []),
    'Check the whole pack with: npm run --silent validate',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  for (const warning of result.warnings) process.stderr.write(`warning: ${warning}\n`);
}

/** The explanation for an expected failure, or undefined for a bug (which should crash loudly). */
function explain(error: unknown, file: string): string | undefined {
  if (error instanceof ImportError) return `${describe(error.details, file)}\nNothing was written.`;
  if (error instanceof UnreadableFile) return error.message;
  if (error instanceof WouldBreakPack) {
    return (
      'The imported figures would make the knowledge invalid:\n' +
      `${error.problems.map(problemLine).join('\n')}\n` +
      'Fix the clash (e.g. remove the hand-written figures the workbook now gives, or mark its source as revising theirs) and import again. Nothing was written.'
    );
  }
  if (error instanceof BadOption) return `${error.message}\nNothing was written.`;
  if (error instanceof KnowledgeError) {
    return (
      'The knowledge has errors, and the import needs it to tell which forces and metrics already exist:\n' +
      `${error.problems.map(problemLine).join('\n')}\n` +
      'Fix them (npm run --silent validate lists them) and import again; if they are in the file this import writes, delete that file first. Nothing was written.'
    );
  }
  return undefined;
}

async function main(): Promise<number> {
  const { values, positionals } = parseCommandLine(USAGE, {
    out: { type: 'string', short: 'o' },
    heading: { type: 'string', multiple: true },
  });
  const [kind, file, ...extra] = positionals;
  if (!kind || !file || extra.length > 0 || !KINDS.includes(kind)) {
    const problem =
      kind && !KINDS.includes(kind)
        ? `Unknown import "${kind}": expected one of ${listQuoted(KINDS)}.`
        : 'Expected an import kind and one workbook.';
    process.stderr.write(`${problem}\n\n${USAGE}\n`);
    return 2;
  }
  try {
    await importWorkbook(file, values);
    return 0;
  } catch (error) {
    const message = explain(error, file);
    if (message === undefined) throw error;
    process.stderr.write(`${message}\n`);
    return 1;
  }
}

process.exitCode = await main();
