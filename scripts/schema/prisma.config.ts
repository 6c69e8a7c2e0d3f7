// Prisma 6.19 config for `migrate diff` on an offline machine: the schema engine runs as WASM
// ("engine: js") against throwaway in-memory PGlite databases instead of a server.
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { defineConfig } from 'prisma/config';

type Adapter = Awaited<ReturnType<PrismaPGlite['connect']>>;

// The schema engine applies each migration file with executeRaw and no parameters, which
// PGlite runs as one prepared statement and so refuses a file of several statements. Send
// parameterless SQL through exec(), which takes many. (pglite-prisma-adapter 0.6's own
// executeScript also forgets to await exec(), losing errors.)
function awaitingScripts(adapter: Adapter, db: PGlite): Adapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    if (query.args.length > 0) return executeRaw(query);
    const results = await db.exec(query.sql);
    return results.at(-1)?.affectedRows ?? 0;
  };
  adapter.executeScript = async (script: string) => {
    await db.exec(script);
  };
  return adapter;
}

class PGliteFactory extends PrismaPGlite {
  constructor(private readonly db: PGlite) {
    super(db);
  }
  override async connect() {
    return awaitingScripts(await super.connect(), this.db);
  }
  override async connectToShadowDb() {
    const shadow = new PGlite();
    return awaitingScripts(await new PrismaPGlite(shadow).connect(), shadow);
  }
}

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: process.env.SCHEMA_FILE ?? 'schema.prisma',
  adapter: async () => new PGliteFactory(new PGlite()),
});
