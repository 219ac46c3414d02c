// The one error chart rendering throws, naming the step that failed and what to do about it.

/** A chart could not be drawn: a missing package file, or Vega or resvg refusing the input. */
export class ChartError extends Error {
  override readonly name = 'ChartError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(`Chart: ${message}`, options);
  }
}
