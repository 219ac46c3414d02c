// The font every chart is drawn in: DejaVu Sans (open licence), read from the dejavu-fonts-ttf
// package, so text renders the same on every machine and nothing is fetched or looked up.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { ChartError } from './errors.js';

const require = createRequire(import.meta.url);
/** Regular for labels, bold for the title (Vega writes the title in bold). */
const FILES = [
  { name: 'DejaVuSans.ttf', path: () => require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf') },
  { name: 'DejaVuSans-Bold.ttf', path: () => require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf') },
];

let loading: Promise<Uint8Array[]> | undefined;

/** The font files as bytes, read once per process. */
export function chartFonts(): Promise<Uint8Array[]> {
  loading ??= Promise.all(FILES.map(readPackageFile));
  return loading;
}

async function readPackageFile(file: (typeof FILES)[number]): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file.path()));
  } catch (e) {
    loading = undefined;
    throw new ChartError(`cannot read the font ${file.name}; run npm ci to install dejavu-fonts-ttf`, { cause: e });
  }
}
