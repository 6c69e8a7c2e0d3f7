import { gql } from './support/graphql.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { describeDateFree } from './support/date-free.js';

describeDateFree('errors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it.each([
    ['a syntax error', '{ plans { '],
    ['an unknown field', '{ plans { secretField } }'],
    ['a wrong argument type', '{ actions(page: { limit: "ten" }) { totalCount } }'],
    ['a missing record', '{ action(id: "00000000-0000-4000-8000-000000000000") { title } }'],
    ['an invalid id', '{ action(id: "not-a-uuid") { title } }'],
  ])('answers %s with a coded error and no stack trace', async (_name, query) => {
    const res = await gql(t.agent(), query);
    expect(res.errors?.length).toBeGreaterThan(0);
    for (const error of res.errors!) {
      expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(error.extensions?.code);
      expect(JSON.stringify(error)).not.toMatch(/stacktrace|at \w+ \(|\.ts:\d+/);
    }
  });
});
