// What can be checked of the deployment files without Docker or systemd: the compose file parses
// with Redis and two bot instances sharing it, and the Dockerfile builds and starts what `npm run
// build` produces, as a non-root user with production dependencies and a health check.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/run-cli.js';

describe('deployment files', () => {
  it('compose.yaml: Redis and two bot instances, each with its own id, sharing Redis', async () => {
    const compose = parse(await readFile(path.join(repoRoot, 'compose.yaml'), 'utf8')) as {
      services: Record<string, { image?: string; environment?: Record<string, string>; depends_on?: object }>;
    };
    expect(Object.keys(compose.services).sort()).toEqual(['bot-1', 'bot-2', 'redis']);
    expect(compose.services.redis!.image).toMatch(/^redis:/);
    const bots = [compose.services['bot-1']!, compose.services['bot-2']!];
    for (const bot of bots) {
      expect(bot.environment!.REDIS_URL).toBe('redis://redis:6379');
      expect(bot.depends_on).toHaveProperty('redis');
    }
    expect(new Set(bots.map((b) => b.environment!.INSTANCE_ID)).size).toBe(2);
  });

  it('Dockerfile: multi-stage, npm ci --omit=dev, non-root, health check on /healthz, node dist/main.js', async () => {
    const docker = await readFile(path.join(repoRoot, 'Dockerfile'), 'utf8');
    expect(docker.match(/^FROM /gm)).toHaveLength(2);
    expect(docker).toMatch(/^RUN npm run build$/m);
    expect(docker).toMatch(/^RUN npm ci --omit=dev/m);
    expect(docker).toMatch(/^USER node$/m);
    expect(docker).toMatch(/^HEALTHCHECK [\s\S]*\/healthz/m);
    expect(docker).toMatch(/^CMD \["node", "dist\/main\.js"\]$/m);
    const pkg = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.build).toContain('tsconfig.build.json');
  });
});
