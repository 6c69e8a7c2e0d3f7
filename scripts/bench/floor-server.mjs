// The floor (b): a minimal node:http handler that answers the dashboard with one SQL statement
// (dashboard-sql.mjs) and sends PostgreSQL's JSON as it is.
//   DATABASE_URL=... PORT=... node scripts/bench/floor-server.mjs
import { createServer } from 'node:http';
import pg from 'pg';
import { DASHBOARD_SQL } from './dashboard-sql.mjs';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
// The JSON as text, so Node passes it on without parsing it.
const TEXT_SQL = `SELECT plan::text AS plan FROM (${DASHBOARD_SQL}) q`;
const ukToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());

createServer(async (req, res) => {
  const slug = new URL(req.url, 'http://x').searchParams.get('slug');
  try {
    const { rows } = await pool.query({ name: 'dashboard', text: TEXT_SQL, values: [slug, ukToday()] });
    if (!rows.length) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(`{"data":{"plan":${rows[0].plan}}}`);
  } catch (error) {
    res.writeHead(500).end(String(error));
  }
}).listen(Number(process.env.PORT), '127.0.0.1', () => console.log('floor ready'));
