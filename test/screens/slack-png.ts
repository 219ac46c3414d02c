// `tsx test/screens/slack-png.ts POSTED.json OUT.png`: posted blocks drawn roughly as Slack's light theme shows
// them (mrkdwn simplified, no emoji), with any uploaded chart: a picture of what was sent, not a screenshot.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

const require = createRequire(import.meta.url);
const WIDTH = 640;
const LEFT = 64;
const ROOM = WIDTH - LEFT - 20;
const TEXT = { size: 14, line: 21, charWidth: 7.7 };
const THEME = { text: '#1d1c1d', muted: '#616061', link: '#1264a3', border: '#dddddd', primary: '#007a5a' };

interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}
interface Text {
  text: string;
}
interface Element {
  type: string;
  text?: Text | string;
  style?: string | { bold?: boolean; italic?: boolean };
  elements?: Element[];
  positive_button?: { text: Text };
  negative_button?: { text: Text };
  url?: string;
}
interface Block extends Element {
  fields?: Text[];
}
interface Posted {
  question?: string;
  blocks?: Block[];
  files?: { title?: string }[];
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Emoji have no glyph in DejaVu: drop them rather than draw boxes. */
const noEmoji = (s: string) => s.replace(/[\u{1F000}-\u{1FAFF}\u{2600}-\u{27BF}]|\u{FE0F}/gu, '').trim();

/** One line of mrkdwn as styled runs: *bold*, _italic_, <url|text> links and &amp; escapes simplified. */
function mrkdwn(line: string): Run[] {
  const shown = line
    .replace(/<[^|>]*\|([^>]*)>/g, '$1')
    .replace(/<([^>]*)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return shown.split(/(\*[^*\n]+\*|\b_[^_\n]+_\b)/).map((part) => {
    if (/^\*.+\*$/.test(part)) return { text: part.slice(1, -1), bold: true };
    if (/^_.+_$/.test(part)) return { text: part.slice(1, -1), italic: true };
    return { text: part };
  });
}

/** Rich-text elements as lines of runs (a newline inside a text element starts a new line). */
function richLines(elements: Element[]): Run[][] {
  const lines: Run[][] = [[]];
  for (const e of elements) {
    const style = typeof e.style === 'object' ? e.style : {};
    const text = typeof e.text === 'string' ? e.text : (e.url ?? '');
    text.split('\n').forEach((piece, i) => {
      if (i > 0) lines.push([]);
      lines.at(-1)!.push({ text: piece, bold: style.bold, italic: style.italic });
    });
  }
  return lines;
}

/** Styled runs wrapped to `width` px, word by word. */
function wrap(runs: Run[], width: number): Run[][] {
  const max = Math.floor(width / TEXT.charWidth);
  const lines: Run[][] = [[]];
  let used = 0;
  for (const run of runs) {
    for (const [i, word] of run.text.split(' ').entries()) {
      const piece = i === 0 ? word : ` ${word}`;
      if (used > 0 && used + piece.length > max) {
        lines.push([]);
        used = 0;
      }
      const text = used === 0 ? piece.trimStart() : piece;
      lines.at(-1)!.push({ ...run, text });
      used += text.length;
    }
  }
  return lines;
}

function draw(posted: Posted, chart: { data: string; width: number; height: number } | undefined): string {
  const parts: string[] = [];
  let y = 24;
  const line = (x: number, runs: Run[], attrs = `fill="${THEME.text}"`) => {
    const spans = runs.map((r) => {
      const style = `${r.bold ? ' font-weight="bold"' : ''}${r.italic ? ' font-style="italic"' : ''}`;
      return `<tspan${style}>${xml(r.text)}</tspan>`;
    });
    parts.push(`<text x="${x}" y="${y}" xml:space="preserve" ${attrs}>${spans.join('')}</text>`);
    y += TEXT.line;
  };
  const paragraph = (x: number, lines: Run[][], width: number, attrs?: string, quote = false) => {
    for (const runs of lines) {
      for (const wrapped of wrap(runs, width - (quote ? 14 : 0))) {
        if (quote)
          parts.push(`<rect x="${x}" y="${y - 15}" width="4" height="${TEXT.line}" rx="2" fill="${THEME.border}"/>`);
        line(quote ? x + 14 : x, wrapped, attrs);
      }
    }
  };
  const buttons = (labels: { label: string; primary?: boolean }[], height = 30) => {
    let x = LEFT;
    y -= 6;
    for (const { label, primary } of labels) {
      const width = Math.min(Math.ceil(label.length * 8.4) + 26, ROOM);
      if (x > LEFT && x + width > LEFT + ROOM) {
        x = LEFT;
        y += height + 8;
      }
      const fill = primary ? `fill="${THEME.primary}"` : `fill="#fff" stroke="#bbbbbb"`;
      parts.push(`<rect x="${x}" y="${y}" width="${width}" height="${height}" rx="4" ${fill}/>`);
      const colour = primary ? '#fff' : THEME.text;
      parts.push(
        `<text x="${x + 13}" y="${y + height / 2 + 5}" fill="${colour}" font-weight="bold">${xml(label)}</text>`,
      );
      x += width + 8;
    }
    y += height + 12 + TEXT.line - 16;
  };
  // The message header: the app's avatar, name and APP badge.
  parts.push(`<rect x="16" y="${y - 16}" width="36" height="36" rx="6" fill="#4a154b"/>`);
  parts.push(`<text x="34" y="${y + 7}" fill="#fff" font-weight="bold" text-anchor="middle">T</text>`);
  line(LEFT, [{ text: 'Taser bot', bold: true }]);
  parts.push(`<rect x="${LEFT + 80}" y="${y - 36}" width="34" height="18" rx="3" fill="#e8e8e8"/>`);
  parts.push(`<text x="${LEFT + 86}" y="${y - 23}" fill="${THEME.muted}" font-size="10" font-weight="bold">APP</text>`);
  for (const block of posted.blocks ?? []) {
    const text = typeof block.text === 'object' ? block.text.text : undefined;
    if (block.type === 'section' && text !== undefined) {
      for (const l of text.split('\n')) {
        const quote = l.startsWith('> ') || l.startsWith('&gt; ');
        paragraph(LEFT, [mrkdwn(quote ? l.replace(/^(>|&gt;) /, '') : l)], ROOM, undefined, quote);
      }
      y += 6;
    }
    if (block.type === 'section' && block.fields) {
      const top = y;
      let bottom = y;
      block.fields.forEach((f, i) => {
        if (i % 2 === 0 && i > 0) y = bottom + 6;
        const rowTop = y;
        paragraph(LEFT + (i % 2) * (ROOM / 2), f.text.split('\n').map(mrkdwn), ROOM / 2 - 10);
        bottom = Math.max(bottom, y);
        if (i % 2 === 0) y = rowTop;
      });
      y = Math.max(bottom, top) + 6;
    }
    if (block.type === 'context') {
      const runs = (block.elements ?? []).flatMap((e) =>
        mrkdwn(typeof e.text === 'string' ? e.text : (e.text?.text ?? '')),
      );
      paragraph(LEFT, [runs], ROOM, `fill="${THEME.muted}" font-size="12"`);
      y += 4;
    }
    if (block.type === 'rich_text') {
      for (const part of block.elements ?? []) {
        paragraph(LEFT, richLines(part.elements ?? []), ROOM, undefined, part.type === 'rich_text_quote');
      }
      y += 6;
    }
    if (block.type === 'actions') {
      const labels = (block.elements ?? []).map((e) => ({
        label: noEmoji(typeof e.text === 'object' ? e.text.text : ''),
        primary: e.style === 'primary',
      }));
      buttons(labels);
    }
    if (block.type === 'context_actions') {
      const feedback = (block.elements ?? []).flatMap((e) => [e.positive_button, e.negative_button]);
      buttons(
        feedback.map((b) => ({ label: noEmoji(b?.text.text ?? '') })),
        26,
      );
    }
  }
  for (const file of posted.files ?? []) {
    // files.uploadV2 posts the chart as a second message in the same thread.
    y += 8;
    line(LEFT, [{ text: file.title ?? 'chart.png', bold: true }], `fill="${THEME.muted}" font-size="12"`);
    if (chart) {
      const height = Math.round((chart.height * ROOM) / chart.width);
      parts.push(
        `<rect x="${LEFT - 1}" y="${y - 13}" width="${ROOM + 2}" height="${height + 2}" rx="6" fill="${THEME.border}"/>`,
      );
      parts.push(`<image x="${LEFT}" y="${y - 12}" width="${ROOM}" height="${height}" href="${chart.data}"/>`);
      y += height;
    }
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${y}" font-family="DejaVu Sans" font-size="${TEXT.size}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
}

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  process.stderr.write('Usage: tsx test/screens/slack-png.ts POSTED.json OUT.png\n');
  process.exit(2);
}
const posted = JSON.parse(await readFile(input, 'utf8')) as Posted;
let chart: { data: string; width: number; height: number } | undefined;
if (posted.files?.length) {
  const bytes = await readFile(input.replace(/\.json$/, '-chart.png'));
  chart = {
    data: `data:image/png;base64,${bytes.toString('base64')}`,
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
  };
}
await initWasm(await readFile(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
const fonts = await Promise.all(
  ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf'].map(
    async (f) => new Uint8Array(await readFile(require.resolve(`dejavu-fonts-ttf/ttf/${f}`))),
  ),
);
const png = new Resvg(draw(posted, chart), {
  fitTo: { mode: 'zoom', value: 1.5 },
  font: { fontBuffers: fonts, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
}).render();
await writeFile(output, png.asPng());
process.stdout.write(`wrote ${path.relative(process.cwd(), output)}\n`);
