// Runs `prisma generate` on install. Prisma insists that its schema-engine binary exists,
// but generation never runs it, and this machine cannot download it: point it at a stub.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = { ...process.env, CHECKPOINT_DISABLE: '1' };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY || !existsSync(env.PRISMA_SCHEMA_ENGINE_BINARY)) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = `${root}prisma/schema-engine-stub.sh`;
}
execFileSync(process.execPath, [`${root}node_modules/prisma/build/index.js`, 'generate'], {
  cwd: root,
  env,
  stdio: 'inherit',
});
