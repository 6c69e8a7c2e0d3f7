// Comparison (c): PostGraphile 5 (amber preset) over the same database, on node:http.
//   DATABASE_URL=... PORT=... node --import ./scripts/bench/tools/with-resolvers.mjs scripts/bench/tools/postgraphile-server.mjs
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

const pgl = postgraphile({
  extends: [PostGraphileAmberPreset],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      schemas: ['public'],
      poolConfig: { max: 10 },
    }),
  ],
  grafserv: { graphqlPath: '/graphql', graphiql: false },
  grafast: { explain: false },
});
const serv = pgl.createServ(grafserv);
const server = createServer();
serv
  .addTo(server)
  .then(() => server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('postgraphile ready')));
