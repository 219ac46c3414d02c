// Maps the table's force labels to forces: one the knowledge already defines (by id, name or alias), or
// a new force named from the reference list, with the table's region grouping as its region.
import { normalise } from '../../text/normalise.js';
import type { ExistingForce, ExistingKnowledge } from '../existing.js';
import { FORCE_NAMES, type ForceName } from './force-names.js';

export interface NewForce {
  id: string;
  name: string;
  aliases: string[];
  region?: string;
}

export interface ResolvedForce {
  id: string;
  /** Set when the knowledge does not define the force yet. */
  created?: NewForce;
  /** Set when the force is already defined. */
  existing?: ExistingForce;
}

/** Names compared the way the bot compares them, with "&" read as "and". */
const key = (name: string) => normalise(name.replace(/&/g, ' and '));
const slug = (name: string) => key(name).replace(/ /g, '-');

function referenceFor(label: string): ForceName | undefined {
  return FORCE_NAMES.find((f) => key(f.label) === key(label));
}

/** Resolves labels against the knowledge; the same label always gives the same force. */
export class ForceResolver {
  /** Normalised name → force id, for names that belong to exactly one existing force. */
  private readonly names = new Map<string, ExistingForce | null>();
  private readonly resolved = new Map<string, ResolvedForce>();
  /** Aliases left out of new forces because another force already answers to them. */
  readonly droppedAliases: { force: string; alias: string; owner: string }[] = [];

  constructor(existing: ExistingKnowledge) {
    for (const force of existing.forces) {
      for (const name of new Set([force.id.replace(/-/g, ' '), force.name, ...force.aliases].map(key))) {
        const owner = this.names.get(name);
        this.names.set(name, owner === undefined || owner?.id === force.id ? force : null);
      }
    }
  }

  resolve(label: string, region?: string): ResolvedForce {
    const known = this.resolved.get(key(label));
    if (known) return known;
    const reference = referenceFor(label);
    const candidates = [label, reference?.name, ...(reference?.aliases ?? [])].filter(
      (n): n is string => n !== undefined,
    );
    const existing = candidates.map((n) => this.names.get(key(n))).find((f): f is ExistingForce => !!f);
    let result: ResolvedForce;
    if (existing) result = { id: existing.id, existing };
    else {
      const created = this.create(label, reference, region);
      result = { id: created.id, created };
    }
    this.resolved.set(key(label), result);
    return result;
  }

  private create(label: string, reference: ForceName | undefined, region?: string): NewForce {
    const id = slug(label);
    const name = reference?.name ?? label;
    const aliases: string[] = [];
    const seen = new Set([key(name)]);
    const constabularyShortName = / constabulary$/i.test(name) ? [`${label} Police`] : [];
    for (const alias of [label, ...(reference?.aliases ?? []), ...constabularyShortName]) {
      if (seen.has(key(alias))) continue;
      seen.add(key(alias));
      const owner = this.names.get(key(alias));
      if (owner !== undefined) {
        this.droppedAliases.push({ force: id, alias, owner: owner?.id ?? 'several forces' });
        continue;
      }
      aliases.push(alias);
    }
    return { id, name, aliases, ...(region ? { region } : {}) };
  }
}
