// Counts the SQL statements a server sends, for every implementation alike: a TCP proxy in
// front of PostgreSQL that reads the frontend protocol and counts each simple Query ('Q') and each
// extended-protocol Execute ('E'). pg_stat_statements is not loaded on the shared server, and this
// needs no change to any of the servers measured. BEGIN/COMMIT count as statements.
import net from 'node:net';

export async function startSqlCounter(target) {
  const url = new URL(target);
  const counter = { statements: 0 };
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(url.port || 5432), url.hostname);
    let started = false;
    let buf = Buffer.alloc(0);
    client.on('data', (chunk) => {
      upstream.write(chunk);
      buf = Buffer.concat([buf, chunk]);
      for (;;) {
        if (!started) {
          if (buf.length < 8) break;
          const len = buf.readInt32BE(0);
          if (buf.length < len) break;
          const code = buf.readInt32BE(4);
          // SSLRequest and GSSENCRequest come before the real startup message.
          if (code !== 80877103 && code !== 80877104) started = true;
          buf = buf.subarray(len);
          continue;
        }
        if (buf.length < 5) break;
        const len = buf.readInt32BE(1);
        if (buf.length < 1 + len) break;
        const type = String.fromCharCode(buf[0]);
        if (type === 'Q' || type === 'E') counter.statements += 1;
        buf = buf.subarray(1 + len);
      }
    });
    upstream.on('data', (chunk) => client.write(chunk));
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const proxied = new URL(target);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(server.address().port);
  return { url: proxied.toString(), counter, close: () => new Promise((r) => server.close(r)) };
}
