// The Teams app package an admin uploads (Teams admin center → Manage apps → Upload, or
// Teams → Apps → Manage your apps → Upload an app): manifest.json with the bot's app id filled
// in, and the two icons, zipped at the root as Teams requires.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';

export const MANIFEST_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'manifest');
const APP_ID_PLACEHOLDER = '{{TEAMS_APP_ID}}';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Thrown when the package cannot be built; the message says what to fix. */
export class AppPackageError extends Error {
  constructor(message: string) {
    super(`Teams app package: ${message}`);
    this.name = 'AppPackageError';
  }
}

/** The zip's bytes for the bot with Microsoft App ID `appId`. */
export function buildAppPackage(appId: string, dir: string = MANIFEST_DIR): Uint8Array {
  if (!GUID.test(appId)) {
    throw new AppPackageError(
      `TEAMS_APP_ID must be the Microsoft App ID (a GUID) of the Azure Bot resource (got "${appId}")`,
    );
  }
  const template = readFileSync(path.join(dir, 'manifest.json'), 'utf8');
  const manifest = template.replaceAll(APP_ID_PLACEHOLDER, appId.toLowerCase());
  // Parsing proves the template is still valid JSON after an admin's edits.
  const parsed = JSON.parse(manifest) as { icons: { color: string; outline: string } };
  return zipSync({
    'manifest.json': strToU8(manifest),
    [parsed.icons.color]: readFileSync(path.join(dir, parsed.icons.color)),
    [parsed.icons.outline]: readFileSync(path.join(dir, parsed.icons.outline)),
  });
}
