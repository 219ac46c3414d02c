// Maps a path inside a parsed YAML document (["notes", 2, "title"]) to a line and column,
// so every problem can point at the node an admin has to fix.
import { isMap, isPair, isScalar, isSeq, LineCounter, type Document, type Node } from 'yaml';

export type Path = readonly (string | number)[];

export interface Position {
  line: number;
  col: number;
}

/** Locates nodes of one parsed file. */
export class Locator {
  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  /** Position of the deepest node that exists along `path` (the parent, for a missing field). */
  at(path: Path): Position {
    return this.position(this.deepest(path));
  }

  /** Position of a mapping key, for unknown or duplicate fields. */
  key(path: Path, key: string): Position {
    const parent = this.deepest(path);
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
      if (pair && isScalar(pair.key)) return this.position(pair.key);
    }
    return this.position(parent);
  }

  /** True when the whole path exists in the document. */
  has(path: Path): boolean {
    return this.walk(path).found;
  }

  private deepest(path: Path): Node | undefined {
    return this.walk(path).node;
  }

  private walk(path: Path): { node: Node | undefined; found: boolean } {
    let node = this.doc.contents;
    for (const step of path) {
      const next = child(node, step);
      if (next === undefined) return { node: node ?? undefined, found: false };
      node = next;
    }
    return { node: node ?? undefined, found: true };
  }

  private position(node: Node | undefined): Position {
    const offset = node?.range?.[0] ?? 0;
    return this.lines.linePos(offset);
  }
}

function child(node: Node | null, step: string | number): Node | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step));
    return (pair?.value as Node | null | undefined) ?? (pair && isScalar(pair.key) ? pair.key : undefined);
  }
  if (isSeq(node) && typeof step === 'number') return (node.items[step] as Node | undefined) ?? undefined;
  return undefined;
}
