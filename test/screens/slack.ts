// `tsx test/screens/slack.ts OUT_DIR 'name|question'…`: mentions the bot in a channel with each question via
// a real Bolt app on the tests' fake Slack Web API; writes the blocks it posted and any chart it uploaded.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeAssistant } from '../helpers/assistant.js';
import { FAKE_BOT_USER_ID } from '../adapters/slack/helpers/fake-slack.js';
import { CHANNEL, startHarness, USER } from '../adapters/slack/helpers/harness.js';

const [out, ...screens] = process.argv.slice(2);
if (!out || screens.length === 0) {
  process.stderr.write("Usage: tsx test/screens/slack.ts OUT_DIR 'name|question'…\n");
  process.exit(2);
}
const knowledge = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'knowledge');
const h = await startHarness({ assistant: await makeAssistant(knowledge) });
try {
  let n = 0;
  for (const screen of screens) {
    const [name, question] = screen.split('|') as [string, string];
    h.fake.reset();
    const ts = `1700000${String(100 + ++n)}.000100`;
    const event = {
      type: 'app_mention',
      user: USER,
      text: `<@${FAKE_BOT_USER_ID}> ${question}`,
      ts,
      channel: CHANNEL,
      event_ts: ts,
    };
    const reply = await h.event(event);
    if (reply.status !== 200) throw new Error(`Bolt answered ${reply.status}: ${reply.body}`);
    const post = await h.fake.waitForCall('chat.postMessage');
    const files = h.fake.callsTo('files.completeUploadExternal').flatMap((c) => c.args.files as unknown[]);
    const file = path.join(out, `slack-${name}.json`);
    const sent = { question, text: post.args.text, blocks: post.args.blocks, files };
    await writeFile(file, `${JSON.stringify(sent, null, 2)}\n`);
    const [upload] = h.fake.uploads;
    if (upload) await writeFile(path.join(out, `slack-${name}-chart.png`), upload.bytes);
    process.stdout.write(`wrote ${file}${upload ? ' and its chart' : ''}\n`);
  }
} finally {
  await h.close();
}
