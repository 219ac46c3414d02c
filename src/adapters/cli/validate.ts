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
  process.stderr.write(
    `${dir}: OK — ${knowledge.notes.length} notes, ${knowledge.statistics.length} statistics, ${knowledge.sources.size} sources, ${knowledge.forces.size} forces\n`,
  );
} else {
  process.stderr.write(
    `${dir}: ${problems.filter((p) => p.severity === 'error').length} error(s); fix them and run validate again\n`,
  );
}
process.exitCode = knowledge ? 0 : 1;
