// `tsx test/screens/discord.ts OUT_DIR 'name|question'…`: asks each question with /taser ask, as an
// officer would, of the real Discord adapter logged in to the loopback fake of Discord (the same
// harness as the tests), and writes the message body it sent (embeds, buttons) and any chart it attached.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { slashCommand } from '../adapters/discord/fake-discord.js';
import { isEdit, startHarness } from '../adapters/discord/harness.js';

const [out, ...screens] = process.argv.slice(2);
if (!out || screens.length === 0) {
  process.stderr.write("Usage: tsx test/screens/discord.ts OUT_DIR 'name|question'…\n");
  process.exit(2);
}
const knowledge = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'knowledge');
const h = await startHarness(knowledge);
try {
  for (const screen of screens) {
    const [name, question] = screen.split('|') as [string, string];
    const edit = await h.interact(slashCommand('ask', [{ name: 'question', type: 3, value: question }]), isEdit);
    const file = path.join(out, `discord-${name}.json`);
    const sent = { question, ...edit.body, files: edit.files?.map((f) => ({ name: f.name, type: f.contentType })) };
    await writeFile(file, `${JSON.stringify(sent, null, 2)}\n`);
    for (const f of edit.files ?? []) await writeFile(path.join(out, `discord-${name}-${f.name}`), f.bytes);
    process.stdout.write(`wrote ${file}${edit.files?.length ? ` and ${edit.files.length} attachment(s)` : ''}\n`);
  }
} finally {
  await h.close();
}
