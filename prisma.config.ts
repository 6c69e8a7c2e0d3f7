import { defineConfig } from 'prisma/config';

// The datasource URL is only used by Prisma's own CLI (migrate deploy on a machine with the
// real schema engine). The app builds its own adapter in server/src/common/prisma.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost/partnership' },
});
