// A child process for the durability test: appends numbered events to the usage log in
// DATA_DIR as fast as it can until it is killed, saying on stdout when it has written some.
import { JsonlUsageLog } from '../../../../src/core/usage/usage-log.js';

const dir = process.argv[2];
if (!dir) throw new Error('usage: endless-writer.ts DATA_DIR');
const log = new JsonlUsageLog(dir);
for (let n = 0; ; n++) {
  await log.append({
    type: 'question',
    at: new Date(Date.UTC(2026, 0, 1, 0, 0, n % 60)).toISOString(),
    answerId: `a${n}`,
    question: `question number ${n} ${'x'.repeat(n % 300)}`,
    status: 'no_answer',
    notes: [],
    statistics: [],
  });
  if (n === 200) process.stdout.write('written\n');
}
