// Before the journeys. They exercise the DPARC plan while it runs. Run at a date after the plan's
// end (the calendar check in scripts/test-calendar.sh), the seed marks the plan as ended, as a
// real partnership's would be; the journeys then start by doing what the Commissioner's team does
// to keep working with a plan past its end: extend it by two years and set it active again.
import { request, type FullConfig } from '@playwright/test';
import { DEMO_PASSWORD } from './journey.js';

const SLUG = 'rural-crime-strategy-2024-2027';

export default async function globalSetup(config: FullConfig): Promise<void> {
  const api = await request.newContext({ baseURL: config.projects[0]!.use.baseURL });
  const gql = async (query: string, variables: Record<string, unknown> = {}) => {
    const body = await (await api.post('/graphql', { data: { query, variables } })).json();
    if (body.errors) throw new Error(`global set-up: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  try {
    await gql('mutation($input: SignInInput!) { signIn(input: $input) { id } }', {
      input: { email: 'admin@example.org', password: DEMO_PASSWORD },
    });
    const { plan } = await gql(`{ plan(slug: "${SLUG}") { id status endDate } }`);
    if (plan.status !== 'CLOSED') return;
    const end = new Date(`${plan.endDate}T00:00:00Z`);
    end.setUTCFullYear(end.getUTCFullYear() + 2);
    await gql('mutation($input: UpdatePlanInput!) { updatePlan(input: $input) { id } }', {
      input: { id: plan.id, status: 'ACTIVE', endDate: end.toISOString().slice(0, 10) },
    });
    console.log(
      `The DPARC plan had ended at the server's date: extended to ${end.toISOString().slice(0, 10)}`,
    );
  } finally {
    await api.dispose();
  }
}
