// `npm run validate -- [--knowledge DIR] [--all]`: one `file:line:col: message` line per problem;
// exit 0 when the pack is usable (warnings allowed), 1 when it is not.
import { loadKnowledge } from '../../core/knowledge/load.js';
import { problemLine } from './problem-line.js';
import { knowledgeDir, parseCommandLine } from './args.js';

const USAGE = `Usage: npm run --silent validate -- [--knowledge DIR] [--all]
  --all   every problem on its own line (by default one kind repeated is listed twice, then "and N more like this")`;

const { values } = parseCommandLine(USAGE, { all: { type: 'boolean' } });
const dir = knowledgeDir(values.knowledge);
const { knowledge, problems } = await loadKnowledge(dir, { allProblems: values.all === true });
for (const p of problems) process.stdout.write(`${problemLine(p)}\n`);
if (knowledge) {
  // Every section counted, so an admin sees that each file's section was read (a totals list, synonyms).
  const counts = [
    count(knowledge.notes.length, 'note'),
    count(knowledge.statistics.length, 'statistic'),
    count(knowledge.totals.length, 'total'),
    count(knowledge.sources.size, 'source'),
    count(knowledge.forces.size, 'force'),
    count(knowledge.metrics.size, 'metric'),
    count(knowledge.synonyms.length, 'synonym group'),
  ];
  process.stderr.write(`${dir}: OK — ${counts.join(', ')}\n`);
} else {
  process.stderr.write(
    `${dir}: ${problems.filter((p) => p.severity === 'error').length} error(s); fix them and run validate again\n`,
  );
}
process.exitCode = knowledge ? 0 : 1;

function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}
