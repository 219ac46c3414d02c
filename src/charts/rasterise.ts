// SVG to PNG with resvg compiled to WebAssembly: the .wasm file ships inside @resvg/resvg-wasm,
// so there is no native build and no download; the module is compiled once per process.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { ChartError } from './errors.js';
import { chartFonts } from './font.js';
import { CHART_FONT } from './spec.js';

const require = createRequire(import.meta.url);
let ready: Promise<void> | undefined;

function wasmReady(): Promise<void> {
  ready ??= readFile(require.resolve('@resvg/resvg-wasm/index_bg.wasm'))
    .then((bytes) => initWasm(bytes))
    .catch((e: unknown) => {
      ready = undefined;
      throw new ChartError('cannot load resvg.wasm from @resvg/resvg-wasm; run npm ci', { cause: e });
    });
  return ready;
}

export interface Png {
  bytes: Uint8Array;
  width: number;
  height: number;
}

/**
 * Rasterise `svg` at `scale` times its size, with the embedded font only (no system fonts), on
 * white, cropped to what is drawn plus `margin` SVG pixels: Vega only estimates text widths
 * without a browser, so its own layout leaves uneven space around long labels.
 */
export async function svgToPng(svg: string, scale: number, margin: number): Promise<Png> {
  await wasmReady();
  const fontBuffers = await chartFonts();
  let resvg: InstanceType<typeof Resvg> | undefined;
  try {
    resvg = new Resvg(svg, {
      fitTo: { mode: 'zoom', value: scale },
      font: { fontBuffers, defaultFontFamily: CHART_FONT, sansSerifFamily: CHART_FONT },
      background: 'white',
    });
    // getBBox counts text too (innerBBox does not), so long labels are never cut off.
    const drawn = resvg.getBBox();
    if (drawn) {
      drawn.x -= margin;
      drawn.y -= margin;
      drawn.width += 2 * margin;
      drawn.height += 2 * margin;
      resvg.cropByBBox(drawn);
    }
    const image = resvg.render();
    const png = { bytes: image.asPng(), width: image.width, height: image.height };
    image.free();
    return png;
  } catch (e) {
    throw new ChartError(`resvg could not rasterise the chart's SVG: ${(e as Error).message}`, { cause: e });
  } finally {
    resvg?.free();
  }
}
