import { request as httpRequest } from 'node:http';
import { Shutdown } from '../src/common/shutdown.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { describeDateFree } from './support/date-free.js';

describeDateFree('graceful shutdown', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({}, { listen: true });
  });
  afterAll(() => t.close());

  it('turns new requests away with 503 and Retry-After, and lets the ones in flight finish first', async () => {
    const url = new URL('/graphql', t.url!);
    const body = JSON.stringify({ query: '{ __typename }' });
    // A request in flight: its body arrives in two parts, the second after the drain has begun.
    const inFlight = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = httpRequest(
        url,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode!, text }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 10));
      setTimeout(() => req.end(body.slice(10)), 400);
    });
    await new Promise((r) => setTimeout(r, 100));

    const shutdown = t.app.get(Shutdown);
    const drained = shutdown.drain(5_000);
    const turnedAway = await t.agent().post('/graphql').send({ query: '{ __typename }' });
    expect(turnedAway.status).toBe(503);
    expect(turnedAway.headers['retry-after']).toBe('5');
    expect(turnedAway.body.message).toContain('Try again in a few seconds');
    expect((await t.agent().get('/health/ready')).status).toBe(503);
    expect((await t.agent().get('/health/live')).status).toBe(200);

    // The request in flight gets its answer, and only then is the drain done.
    const answered = await inFlight;
    expect(answered.status).toBe(200);
    expect(JSON.parse(answered.text)).toEqual({ data: { __typename: 'Query' } });
    expect(await drained).toEqual({ unfinished: 0 });
  });
});
