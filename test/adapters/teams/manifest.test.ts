// The Teams app package an admin uploads: the manifest names this bot, offers it in personal
// chats, teams and group chats, and carries the two icons at the sizes Teams requires.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AppPackageError, MANIFEST_DIR, buildAppPackage } from '../../../src/adapters/teams/app-package.js';

const APP_ID = '11111111-2222-3333-4444-555555555555';

/** Width, height and colour type (6 = RGBA) from a PNG's IHDR. */
function pngInfo(bytes: Uint8Array): { width: number; height: number; colourType: number } {
  const b = Buffer.from(bytes);
  expect(b.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  expect(b.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20), colourType: b[25]! };
}

describe('buildAppPackage', () => {
  const files = unzipSync(buildAppPackage(APP_ID));

  it('THEN the zip holds manifest.json and both icons at its root', () => {
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
  });

  it('THEN the manifest names the bot by its app id in every scope it answers in, with its reload command', () => {
    const manifest = JSON.parse(strFromU8(files['manifest.json']!));
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots).toEqual([
      {
        botId: APP_ID,
        scopes: ['personal', 'team', 'groupChat'],
        supportsFiles: false,
        isNotificationOnly: false,
        commandLists: [
          {
            scopes: ['personal', 'team', 'groupChat'],
            commands: [{ title: 'reload', description: 'Admins: reload the knowledge now and see what changed' }],
          },
        ],
      },
    ]);
    expect(manifest.icons).toEqual({ color: 'color.png', outline: 'outline.png' });
    expect(manifest.name.short.length).toBeLessThanOrEqual(30);
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(JSON.stringify(manifest)).not.toContain('{{');
  });

  it('THEN the colour icon is 192×192 and the outline icon 32×32, both with transparency support (RGBA)', () => {
    expect(pngInfo(files['color.png']!)).toEqual({ width: 192, height: 192, colourType: 6 });
    expect(pngInfo(files['outline.png']!)).toEqual({ width: 32, height: 32, colourType: 6 });
  });

  it('GIVEN no app id or a malformed one THEN it says what TEAMS_APP_ID must be', () => {
    expect(() => buildAppPackage('')).toThrow(AppPackageError);
    expect(() => buildAppPackage('my-bot')).toThrow(/TEAMS_APP_ID must be the Microsoft App ID \(a GUID\)/);
  });

  it('THEN the committed template still has the placeholder, so no real app id is checked in', () => {
    expect(readFileSync(path.join(MANIFEST_DIR, 'manifest.json'), 'utf8')).toContain('"id": "{{TEAMS_APP_ID}}"');
  });
});
