// The contract driver for the terminal chat: the real runChat over in-memory streams, asked by
// writing lines as a person types them. The terminal has no buttons: click specs skip it.
import { PassThrough } from 'node:stream';
import { runChat } from '../../../src/adapters/cli/chat.js';
import { MemoryUsageLog } from '../../../src/core/usage/usage-log.js';
import { makeAssistant } from '../../helpers/assistant.js';
import { CONTROL_OR_BIDI, type Driver, type DriverOptions, type Reply } from './driver.js';
import { LIVE_MARKER } from './hostile.js';

const PROMPT = 'taser> ';

function read(printed: string): Reply {
  const lines = printed.split('\n');
  const citations = lines.filter((l) => /^\s+\[\d+\] /.test(l)).map((l) => l.trim());
  // Suggestions are the bulleted lines (under "Related", or under a refusal's own words).
  const suggestions = lines.flatMap((l) => (l.startsWith('  • ') ? [l.slice(4)] : []));
  return { text: printed.trim(), citations, suggestions, public: false, raw: printed };
}

export async function cliDriver(options: DriverOptions): Promise<Driver> {
  const usage = new MemoryUsageLog();
  const assistant = await makeAssistant(options.pack, { usageLog: usage });
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  let waiter: (() => void) | undefined;
  output.on('data', (d: Buffer) => {
    printed += d.toString();
    if (printed.endsWith(PROMPT)) waiter?.();
  });
  const done = runChat(assistant, { input, output, colour: false, audience: options.audience });
  const replies: Reply[] = [];
  await new Promise<void>((resolve) => (printed.endsWith(PROMPT) ? resolve() : (waiter = resolve)));
  const unsupported = (what: string) => () => Promise.reject(new Error(`the terminal has no ${what}`));
  return {
    name: 'terminal',
    can: { click: false, share: false, figures: false, autocomplete: false, people: false, understood: false },
    usage,
    async ask(question) {
      const from = printed.length;
      const answered = new Promise<void>((resolve) => (waiter = resolve));
      input.write(`${question.replace(/\n/g, ' ')}\n`);
      await answered;
      const reply = read(printed.slice(from, printed.length - PROMPT.length));
      replies.push(reply);
      return reply;
    },
    click: unsupported('buttons'),
    figures: unsupported('figures command'),
    autocomplete: unsupported('autocomplete'),
    lastReply: () => replies.at(-1)!,
    replyCount: () => replies.length,
    live(raw) {
      const text = String(raw);
      const found: string[] = [];
      if (LIVE_MARKER.test(text)) found.push('a link to the marker domain');
      if (CONTROL_OR_BIDI.test(text)) found.push('a control or bidi character');
      return found;
    },
    async close() {
      input.end('quit\n');
      await done;
    },
  };
}
