// Writes a synthetic pack as knowledge YAML files (block style, as admins write them) under a
// directory, split by kind and topic into files of at most a thousand items.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Pack } from './pack.js';

const ITEMS_PER_FILE = 1000;

/** Write `pack` into `dir` (created if needed, must be empty); returns the files written, relative to `dir`. */
export async function writePack(pack: Pack, dir: string): Promise<string[]> {
  // Files left from another pack would be loaded with this one.
  const existing = await readdir(dir).catch(() => []);
  if (existing.length > 0) throw new Error(`bench: ${dir} is not empty; write a pack into a new folder`);
  const files = new Map<string, [string, unknown[]]>([
    ['sources.yaml', ['sources', pack.sources]],
    ['forces.yaml', ['forces', pack.forces]],
    ['metrics.yaml', ['metrics', pack.metrics]],
    ['synonyms.yaml', ['synonyms', pack.synonyms]],
  ]);
  for (const year of pack.years)
    files.set(`statistics/${year}.yaml`, [
      'statistics',
      pack.statistics.filter((s) => s.period.from.startsWith(`${year}-`)),
    ]);
  const byTopic = new Map<string, Pack['notes']>();
  for (const note of pack.notes) {
    const list = byTopic.get(note.topic) ?? [];
    list.push(note);
    byTopic.set(note.topic, list);
  }
  for (const [topic, notes] of byTopic) {
    for (let i = 0; i < notes.length; i += ITEMS_PER_FILE) {
      files.set(`notes/${topic}-${String(i / ITEMS_PER_FILE + 1).padStart(3, '0')}.yaml`, [
        'notes',
        notes.slice(i, i + ITEMS_PER_FILE),
      ]);
    }
  }
  await mkdir(path.join(dir, 'statistics'), { recursive: true });
  await mkdir(path.join(dir, 'notes'), { recursive: true });
  for (const [file, [section, items]] of files) {
    const header = `# Synthetic benchmark knowledge (seed ${pack.spec.seed}, ${pack.spec.passages} passages), made by npm run bench.\n`;
    await writeFile(path.join(dir, file), header + toYaml(section, items));
  }
  return [...files.keys()];
}

/** One section as block YAML; scalars are JSON-quoted (valid YAML), short lists and maps in flow style. */
export function toYaml(section: string, items: unknown[]): string {
  const lines = [`${section}:`];
  for (const item of items) {
    if (Array.isArray(item) || typeof item !== 'object' || item === null) {
      lines.push(`  - ${flow(item)}`);
      continue;
    }
    Object.entries(item)
      .filter(([, value]) => value !== undefined)
      .forEach(([key, value], i) => lines.push(`${i === 0 ? '  - ' : '    '}${key}: ${flow(value)}`));
  }
  return `${lines.join('\n')}\n`;
}

function flow(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flow).join(', ')}]`;
  if (value !== null && typeof value === 'object')
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${flow(v)}`)
      .join(', ')} }`;
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
