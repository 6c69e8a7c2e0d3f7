// Rows of the permission matrix for alignment between plans (permission-matrix.ts explains them).
import type { TestApp } from '../support/test-app.js';
import { makeRecords, mutation, type MatrixRole } from './world.js';
import type { Access, Row } from './permission-matrix.js';

function a(...v: Access[]): Record<MatrixRole, Access> {
  return { anonymous: v[0], link: v[1], panel: v[2], editor: v[3], lead: v[4], admin: v[5] };
}
//                       anonymous link    panel   editor  lead    admin
const ADMIN = a('none', 'none', 'none', 'none', 'none', 'all');
const PARTNER_STAFF = a('none', 'none', 'none', 'own', 'own', 'all');
const SIGNED_IN = a('none', 'none', 'all', 'all', 'all', 'all');

/** An action of the owner's plan and a priority of another plan it may contribute to. */
async function twoPlans(t: TestApp, owner: { id: string }) {
  const strategy = await makeRecords(t, owner.id);
  const other = await makeRecords(t, owner.id);
  return { ...strategy, target: other.priority };
}

/** The same, with a proposal from the action to the other plan's priority. */
async function proposal(t: TestApp, owner: { id: string }) {
  const r = await twoPlans(t, owner);
  const contribution = await t.prisma.actionContribution.create({
    data: {
      actionId: r.action.id,
      priorityId: r.target.id,
      status: 'PROPOSED',
      proposedByEmail: 'someone@example.org',
    },
  });
  return { ...r, contribution };
}

const links = (t: TestApp, c: Record<string, any>) =>
  t.prisma.actionContribution.findMany({ where: { actionId: c.action.id } });

export const ALIGNMENT_ROWS: Row[] = [
  {
    name: 'Mutation.addContribution',
    access: PARTNER_STAFF,
    setup: (t, _w, owner) => twoPlans(t, owner),
    request: (c) => ({
      query: mutation('addContribution', 'AddContributionInput'),
      variables: { input: { actionId: c.action.id, priorityId: c.target.id } },
    }),
    state: links,
  },
  {
    name: 'Mutation.updateContribution',
    access: ADMIN,
    setup: (t, _w, owner) => proposal(t, owner),
    request: (c) => ({
      query: mutation('updateContribution', 'UpdateContributionInput'),
      variables: { input: { id: c.contribution.id, how: 'Changed' } },
    }),
    state: links,
  },
  {
    name: 'Mutation.decideContribution',
    access: ADMIN,
    setup: (t, _w, owner) => proposal(t, owner),
    request: (c) => ({
      query: mutation('decideContribution', 'DecideContributionInput'),
      variables: { input: { id: c.contribution.id, agree: true } },
    }),
    state: links,
  },
  {
    name: 'Mutation.archiveContribution',
    access: ADMIN,
    setup: (t, _w, owner) => proposal(t, owner),
    request: (c) => ({
      query: mutation('archiveContribution', 'ArchiveInput'),
      variables: { input: { id: c.contribution.id } },
    }),
    state: links,
  },
  {
    name: 'Query.priority',
    access: SIGNED_IN,
    setup: (t, _w, owner) => makeRecords(t, owner.id, 'DRAFT'),
    request: (c) => ({ query: `{ priority(id: "${c.priority.id}") { id } }` }),
    visible: (d) => !!d?.priority?.id,
  },
];
