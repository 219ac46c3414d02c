// `tsx test/screens/terminal-png.ts CAPTURE.ansi OUT.png`: a tmux capture (capture-pane -e) drawn
// as a PNG, with the colours the chat printed, in DejaVu Sans Mono through resvg-wasm. Screens only.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

const require = createRequire(import.meta.url);
const CELL = { width: 8.43, height: 18 };
const PADDING = 16;
const COLOURS: Record<number, string> = {
  30: '#3b4252',
  31: '#e06c75',
  32: '#98c379',
  33: '#d19a66',
  34: '#61afef',
  35: '#c678dd',
  36: '#56b6c2',
  37: '#dcdfe4',
};
const FOREGROUND = '#dcdfe4';
const BACKGROUND = '#1e2127';

interface Style {
  bold: boolean;
  dim: boolean;
  colour?: string;
}

/** One run of text in one style. */
interface Run extends Style {
  text: string;
}

/** Lines of styled runs from text with SGR escape codes (the only codes tmux's capture writes). */
function parse(ansi: string): Run[][] {
  return ansi.split('\n').map((line) => {
    const runs: Run[] = [];
    let style: Style = { bold: false, dim: false };
    // eslint-disable-next-line no-control-regex
    for (const part of line.split(/(\x1b\[[0-9;]*m)/)) {
      // eslint-disable-next-line no-control-regex
      const sgr = /^\x1b\[([0-9;]*)m$/.exec(part);
      if (!sgr) {
        if (part) runs.push({ ...style, text: part });
        continue;
      }
      for (const code of (sgr[1] || '0').split(';').map(Number)) {
        if (code === 0) style = { bold: false, dim: false };
        else if (code === 1) style = { ...style, bold: true };
        else if (code === 2) style = { ...style, dim: true };
        else if (code === 22) style = { ...style, bold: false, dim: false };
        else if (code === 39) style = { bold: style.bold, dim: style.dim };
        else if (COLOURS[code]) style = { ...style, colour: COLOURS[code] };
      }
    }
    return runs;
  });
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function svgOf(lines: Run[][]): string {
  while (lines.length > 0 && lines.at(-1)!.every((r) => !r.text.trim())) lines.pop();
  const columns = Math.max(...lines.map((runs) => runs.reduce((n, r) => n + [...r.text].length, 0)));
  const width = Math.ceil(columns * CELL.width + 2 * PADDING);
  const height = Math.ceil(lines.length * CELL.height + 2 * PADDING);
  const rows = lines.map((runs, i) => {
    const spans = runs
      .map((r) => {
        const fill = r.colour ?? FOREGROUND;
        const attrs = `fill="${fill}"${r.bold ? ' font-weight="bold"' : ''}${r.dim ? ' fill-opacity="0.6"' : ''}`;
        return `<tspan ${attrs}>${escapeXml(r.text)}</tspan>`;
      })
      .join('');
    const y = PADDING + (i + 1) * CELL.height - 5;
    return `<text x="${PADDING}" y="${y}" xml:space="preserve">${spans}</text>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="DejaVu Sans Mono" font-size="14">`,
    `<rect width="100%" height="100%" rx="8" fill="${BACKGROUND}"/>`,
    ...rows,
    '</svg>',
  ].join('\n');
}

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  process.stderr.write('Usage: tsx test/screens/terminal-png.ts CAPTURE.ansi OUT.png\n');
  process.exit(2);
}
await initWasm(await readFile(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
const fonts = await Promise.all(
  ['DejaVuSansMono.ttf', 'DejaVuSansMono-Bold.ttf'].map(
    async (f) => new Uint8Array(await readFile(require.resolve(`dejavu-fonts-ttf/ttf/${f}`))),
  ),
);
const svg = svgOf(parse(await readFile(input, 'utf8')));
const png = new Resvg(svg, {
  fitTo: { mode: 'zoom', value: 1.5 },
  font: { fontBuffers: fonts, defaultFontFamily: 'DejaVu Sans Mono', monospaceFamily: 'DejaVu Sans Mono' },
}).render();
await writeFile(output, png.asPng());
