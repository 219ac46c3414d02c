// `npm run teams:package [-- out.zip]`: writes the Teams app package (default teams-app.zip)
// for TEAMS_APP_ID, read from the environment or ./.env, for an admin to upload.
import { existsSync, writeFileSync } from 'node:fs';
import { AppPackageError, MANIFEST_DIR, buildAppPackage } from './app-package.js';

if (existsSync('.env')) process.loadEnvFile('.env');
const out = process.argv[2] ?? 'teams-app.zip';
try {
  writeFileSync(out, buildAppPackage((process.env.TEAMS_APP_ID ?? '').trim()));
  process.stdout.write(
    `Wrote ${out} from ${MANIFEST_DIR}. Upload it in the Teams admin center (Teams apps → Manage apps → Upload new app).\n`,
  );
} catch (e) {
  if (!(e instanceof AppPackageError)) throw e;
  process.stderr.write(`${e.message}\n`);
  process.exitCode = 1;
}
