import { auditServer } from 'graphql-http';
import { startTestApp, type TestApp } from './support/test-app.js';
import { describeDateFree } from './support/date-free.js';

// The GraphQL over HTTP audit suite (graphql-http, by the spec's authors) against the app, as a
// tool we did not write: 0 errors, and no warnings about status codes (a client fault answered
// with 500 was one, four times).
describeDateFree('GraphQL over HTTP conformance', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({}, { listen: true });
  });
  afterAll(() => t.close());

  it('passes the graphql-http audit: no errors, no status-code warnings', async () => {
    const results = await auditServer({
      url: `${t.url!}/graphql`,
      // The header the app's own pages send with every request (Apollo's CSRF prevention).
      fetchFn: (input: string | URL, init: RequestInit = {}) =>
        fetch(input, {
          ...init,
          headers: {
            ...Object.fromEntries(new Headers(init.headers).entries()),
            'apollo-require-preflight': 'true',
          },
        }),
    });
    const report = results.map((r) => `${r.status} ${r.id} ${r.name}${'reason' in r ? `: ${r.reason}` : ''}`);
    const errors = results.filter((r) => r.status === 'error');
    const statusWarnings = results.filter((r) => r.status === 'warn' && /status/i.test(r.name));
    // Printed so CI's log shows what the audit found, warnings included.
    console.log(`graphql-http audit: ${results.length} checks\n${report.join('\n')}`);
    expect(errors.map((r) => `${r.id} ${r.name}`)).toEqual([]);
    expect(statusWarnings.map((r) => `${r.id} ${r.name}`)).toEqual([]);
  });
});
