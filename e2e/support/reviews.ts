// Shared helpers of the review journeys.
import type { Browser, Page } from './test.js';
import { api, signIn } from './journey.js';

export const SLUG = 'rural-crime-strategy-2024-2027';

export interface PlanActions {
  plan: {
    id: string;
    priorities: { actions: { id: string; ref: string; title: string; canEdit: boolean; status: string }[] }[];
    reviewCycles: { id: string; quarter: string; status: string }[];
  };
}

export const FIND = `{ plan(slug: "${SLUG}") {
  id
  priorities { actions { id ref title canEdit status } }
  reviewCycles { id quarter status }
} }`;

export async function findPlan(page: Page) {
  return (await api<PlanActions>(page, FIND)).plan;
}

/** A signed-in page of its own, as a second person at another computer. */
export async function personAt(browser: Browser, email: string) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}
