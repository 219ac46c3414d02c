// `tsx test/screens/discord-png.ts BODY.json OUT.png`: a message body the bot sent to the fake
// Discord, drawn roughly as Discord's dark theme shows an embed (markdown simplified, no emoji
// glyphs), with its attached chart. A picture of the JSON for the README, not a client screenshot.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

const require = createRequire(import.meta.url);
const WIDTH = 640;
const EMBED = { x: 16, width: 560, padding: 14 };
const TEXT = { size: 14, line: 20, charWidth: 7.6 };
const IMAGE_WIDTH = EMBED.width - 2 * EMBED.padding;
const THEME = { background: '#313338', embed: '#2b2d31', text: '#dbdee1', muted: '#949ba4', link: '#00a8fc' };

interface Embed {
  color?: number;
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  image?: { url: string };
  footer?: { text: string };
}
interface Body {
  question?: string;
  embeds?: Embed[];
  components?: { components: { label?: string; style?: number }[] }[];
}

/** Discord markdown, simplified: escapes dropped, masked links as their text, quotes marked. */
function plain(text: string): { text: string; quote: boolean }[] {
  return text.split('\n').map((line) => {
    const quote = line.startsWith('> ');
    const shown = (quote ? line.slice(2) : line)
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\*\*(.*?)\*\*/g, '$1')
      .replace(/\\(.)/g, '$1');
    return { text: shown, quote };
  });
}

function wrap(text: string, width: number): string[] {
  const max = Math.floor(width / TEXT.charWidth);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines;
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function draw(body: Body, image: { data: string; width: number; height: number } | undefined): string {
  const parts: string[] = [];
  let y = 20;
  const text = (x: number, s: string, attrs = '') => {
    parts.push(`<text x="${x}" y="${y}" ${attrs}>${xml(s)}</text>`);
  };
  text(EMBED.x, 'Taser bot', `fill="#fff" font-weight="bold"`);
  text(EMBED.x + 80, 'APP · only you can see this', `fill="${THEME.muted}" font-size="12"`);
  y += 12;
  const embed = body.embeds?.[0] ?? {};
  const top = y;
  const inner = EMBED.x + EMBED.padding + 4;
  const room = EMBED.width - 2 * EMBED.padding - 4;
  y += EMBED.padding + 8;
  const block = (value: string, attrs: string) => {
    for (const { text: line, quote } of plain(value)) {
      for (const piece of wrap(line, room - (quote ? 14 : 0))) {
        if (quote) parts.push(`<rect x="${inner}" y="${y - 14}" width="3" height="${TEXT.line}" fill="#4e5058"/>`);
        text(quote ? inner + 12 : inner, piece, attrs);
        y += TEXT.line;
      }
    }
  };
  if (embed.title) block(embed.title, `fill="#fff" font-weight="bold" font-size="15"`);
  if (embed.description) block(embed.description, `fill="${THEME.text}"`);
  for (const f of embed.fields ?? []) {
    y += 6;
    block(f.name, `fill="#fff" font-weight="bold"`);
    block(f.value, `fill="${THEME.text}"`);
  }
  if (embed.image && image) {
    y += 4;
    const height = Math.round((image.height * IMAGE_WIDTH) / image.width);
    parts.push(`<image x="${inner}" y="${y}" width="${IMAGE_WIDTH}" height="${height}" href="${image.data}"/>`);
    y += height + TEXT.line;
  }
  if (embed.footer) block(embed.footer.text, `fill="${THEME.muted}" font-size="12"`);
  y += EMBED.padding - 10;
  const colour = `#${(embed.color ?? 0x1e1f22).toString(16).padStart(6, '0')}`;
  parts.unshift(
    `<rect x="${EMBED.x}" y="${top}" width="${EMBED.width}" height="${y - top}" rx="4" fill="${THEME.embed}"/>`,
    `<rect x="${EMBED.x}" y="${top}" width="4" height="${y - top}" rx="2" fill="${colour}"/>`,
  );
  y += 8;
  for (const row of body.components ?? []) {
    let x = EMBED.x;
    for (const b of row.components) {
      const label = b.label ?? '';
      const width = Math.min(Math.ceil(label.length * TEXT.charWidth) + 24, WIDTH - 2 * EMBED.x);
      // Buttons that do not fit wrap onto the next line, as Discord does on a narrow window.
      if (x > EMBED.x && x + width > WIDTH - EMBED.x) {
        x = EMBED.x;
        y += 40;
      }
      const fill = b.style === 1 ? '#5865f2' : '#4e5058';
      parts.push(`<rect x="${x}" y="${y}" width="${width}" height="32" rx="4" fill="${fill}"/>`);
      parts.push(`<text x="${x + 12}" y="${y + 21}" fill="#fff">${xml(label)}</text>`);
      x += width + 8;
    }
    y += 40;
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${y + 8}" font-family="DejaVu Sans" font-size="${TEXT.size}">`,
    `<rect width="100%" height="100%" fill="${THEME.background}"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
}

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  process.stderr.write('Usage: tsx test/screens/discord-png.ts BODY.json OUT.png\n');
  process.exit(2);
}
const body = JSON.parse(await readFile(input, 'utf8')) as Body;
const attached = body.embeds?.[0]?.image?.url.replace(/^attachment:\/\//, '');
const imageFile = attached && input.replace(/\.json$/, `-${attached}`);
let image: { data: string; width: number; height: number } | undefined;
if (imageFile) {
  const bytes = await readFile(imageFile);
  image = {
    data: `data:image/png;base64,${bytes.toString('base64')}`,
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
  };
}
await initWasm(await readFile(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
const fonts = await Promise.all(
  ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map(
    async (f) => new Uint8Array(await readFile(require.resolve(`dejavu-fonts-ttf/ttf/${f}`))),
  ),
);
const png = new Resvg(draw(body, image), {
  fitTo: { mode: 'zoom', value: 1.5 },
  font: { fontBuffers: fonts, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
}).render();
await writeFile(output, png.asPng());
process.stdout.write(`wrote ${path.relative(process.cwd(), output)}\n`);
