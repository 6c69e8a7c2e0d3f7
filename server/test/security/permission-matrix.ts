// THE PERMISSION MATRIX: who may call each mutation, and who may see each piece of private data,
// on a record of their own organisation ("own") and on anyone else's ("other").
//   none: refused on both   own: allowed on their own organisation's only   all: allowed on both
// permission-matrix.e2e-spec.ts runs every cell against a real database, checks that every
// refusal changes nothing, and fails if a query or mutation in the schema is missing here.
import type { Partner } from '../../src/generated/prisma/client.js';
import type { TestApp } from '../support/test-app.js';
import { makeUser } from '../support/fixtures.js';
import {
  cycleRecords,
  indicatorRecords,
  indicatorState,
  makeRecords,
  mutation,
  records,
  reviewState,
  row,
  uid,
  type MatrixRole,
  type World,
} from './world.js';
import { testClock } from '../support/clock.js';
import { ALIGNMENT_ROWS } from './alignment-matrix.js';

export type Access = 'none' | 'own' | 'all';

export interface Row {
  /** Mutation.x, Query.x or Type.field */
  name: string;
  access: Record<MatrixRole, Access>;
  setup(t: TestApp, w: World, owner: Partner): Promise<Record<string, any>>;
  request(c: Record<string, any>): { query: string; variables?: Record<string, unknown> };
  /** Mutations: what must be unchanged after a refusal. */
  state?(t: TestApp, c: Record<string, any>): Promise<unknown>;
  /** Reads: whether the private data came back. */
  visible?(data: any): boolean;
}

//               anonymous link    panel   editor  lead    admin
const ADMIN = a('none', 'none', 'none', 'none', 'none', 'all');
const DELIVERY = a('none', 'own', 'none', 'own', 'own', 'all');
const LINK_MANAGERS = a('none', 'none', 'none', 'none', 'own', 'all');
const SIGNED_IN = a('none', 'none', 'all', 'all', 'all', 'all');
const NOT_PANEL = a('none', 'none', 'none', 'all', 'all', 'all');
const PARTNER_STAFF = a('none', 'none', 'none', 'own', 'own', 'all');

function a(...v: Access[]): Record<MatrixRole, Access> {
  return { anonymous: v[0], link: v[1], panel: v[2], editor: v[3], lead: v[4], admin: v[5] };
}

/** The configured provider of the matrix's app (OIDC_PROVIDERS). */
export const MATRIX_PROVIDER = {
  id: 'matrix',
  name: 'Matrix provider',
  issuer: 'http://127.0.0.1:9',
  clientId: 'matrix',
};

export const MATRIX: Row[] = [
  {
    name: 'Mutation.createPlan',
    access: ADMIN,
    setup: async (_t, _w, owner) => ({ owner: owner.id, slug: `new-${uid()}` }),
    request: (c) => ({
      query: mutation('createPlan', 'CreatePlanInput'),
      variables: {
        input: {
          slug: c.slug,
          title: 'New plan',
          startDate: '2026-04-01',
          endDate: '2027-03-31',
          ownerPartnerId: c.owner,
        },
      },
    }),
    state: (t, c) => t.prisma.plan.count({ where: { slug: c.slug } }),
  },
  {
    name: 'Mutation.updatePlan',
    access: ADMIN,
    setup: records,
    request: (c) => ({
      query: mutation('updatePlan', 'UpdatePlanInput'),
      variables: { input: { id: c.plan.id, title: 'Renamed plan' } },
    }),
    state: (t, c) => row(t, 'plan', c.plan.id),
  },
  {
    name: 'Mutation.archivePlan',
    access: ADMIN,
    setup: records,
    request: (c) => ({
      query: mutation('archivePlan', 'ArchiveInput'),
      variables: { input: { id: c.plan.id } },
    }),
    state: (t, c) => row(t, 'plan', c.plan.id),
  },
  {
    name: 'Mutation.createPriority',
    access: ADMIN,
    setup: records,
    request: (c) => ({
      query: mutation('createPriority', 'CreatePriorityInput'),
      variables: { input: { planId: c.plan.id, number: 2, title: 'Second' } },
    }),
    state: (t, c) => t.prisma.priority.count({ where: { planId: c.plan.id } }),
  },
  {
    name: 'Mutation.updatePriority',
    access: ADMIN,
    setup: records,
    request: (c) => ({
      query: mutation('updatePriority', 'UpdatePriorityInput'),
      variables: { input: { id: c.priority.id, title: 'Renamed' } },
    }),
    state: (t, c) => row(t, 'priority', c.priority.id),
  },
  {
    name: 'Mutation.archivePriority',
    access: ADMIN,
    setup: records,
    request: (c) => ({
      query: mutation('archivePriority', 'ArchiveInput'),
      variables: { input: { id: c.priority.id } },
    }),
    state: (t, c) => row(t, 'priority', c.priority.id),
  },
  {
    name: 'Mutation.createAction',
    access: ADMIN,
    // A draft plan: an active plan's actions are added by amendment (Mutation.proposeAmendment).
    setup: async (t, _w, owner) => ({ ...(await makeRecords(t, owner.id, 'DRAFT')), lead: owner.id }),
    request: (c) => ({
      query: mutation('createAction', 'CreateActionInput'),
      variables: {
        input: { priorityId: c.priority.id, ref: '1.2', title: 'Another', leadPartnerId: c.lead },
      },
    }),
    state: (t, c) => t.prisma.action.count({ where: { priorityId: c.priority.id } }),
  },
  {
    name: 'Mutation.updateAction',
    access: DELIVERY,
    setup: records,
    request: (c) => ({
      query: mutation('updateAction', 'UpdateActionInput'),
      variables: { input: { id: c.action.id, version: c.action.version, progress: 60 } },
    }),
    state: (t, c) => row(t, 'action', c.action.id),
  },
  {
    name: 'Mutation.recordUpdate',
    access: DELIVERY,
    setup: records,
    request: (c) => ({
      query: mutation('recordUpdate', 'RecordUpdateInput'),
      variables: {
        input: {
          actionId: c.action.id,
          expectedVersion: c.action.version,
          status: 'IN_PROGRESS',
          rag: 'AMBER',
          ragReason: 'Matrix check',
          progress: 40,
          commentary: 'Matrix report',
        },
      },
    }),
    state: (t, c) => t.prisma.action.findUnique({ where: { id: c.action.id }, include: { updates: true } }),
  },
  {
    name: 'Mutation.bulkUpdateActions',
    access: a('none', 'none', 'none', 'none', 'own', 'all'),
    setup: records,
    request: (c) => ({
      query: 'mutation($input: BulkUpdateActionsInput!) { bulkUpdateActions(input: $input) { id } }',
      variables: { input: { actionIds: [c.action.id], status: 'DEFERRED' } },
    }),
    state: (t, c) => row(t, 'action', c.action.id),
  },
  {
    name: 'Mutation.archiveAction',
    access: ADMIN,
    setup: (t, _w, owner) => makeRecords(t, owner.id, 'DRAFT'),
    request: (c) => ({
      query: mutation('archiveAction', 'ArchiveInput'),
      variables: { input: { id: c.action.id } },
    }),
    state: (t, c) => row(t, 'action', c.action.id),
  },
  {
    name: 'Mutation.createMilestone',
    access: DELIVERY,
    setup: records,
    request: (c) => ({
      query: mutation('createMilestone', 'CreateMilestoneInput'),
      variables: { input: { actionId: c.action.id, title: 'Another step', dueDate: '2026-09-30' } },
    }),
    state: (t, c) => t.prisma.milestone.count({ where: { actionId: c.action.id } }),
  },
  {
    name: 'Mutation.updateMilestone',
    access: DELIVERY,
    setup: records,
    request: (c) => ({
      query: mutation('updateMilestone', 'UpdateMilestoneInput'),
      variables: { input: { id: c.milestone.id, evidence: 'Done' } },
    }),
    state: (t, c) => row(t, 'milestone', c.milestone.id),
  },
  {
    name: 'Mutation.archiveMilestone',
    access: ADMIN,
    setup: records,
    request: (c) => ({
      query: mutation('archiveMilestone', 'ArchiveInput'),
      variables: { input: { id: c.milestone.id } },
    }),
    state: (t, c) => row(t, 'milestone', c.milestone.id),
  },
  {
    name: 'Mutation.createPartner',
    access: ADMIN,
    setup: async () => ({ name: `New partner ${uid()}` }),
    request: (c) => ({
      query: mutation('createPartner', 'CreatePartnerInput'),
      variables: { input: { name: c.name, kind: 'CHARITY' } },
    }),
    state: (t, c) => t.prisma.partner.count({ where: { name: c.name } }),
  },
  {
    name: 'Mutation.updatePartner',
    access: ADMIN,
    setup: async (_t, _w, owner) => ({ partner: owner }),
    request: (c) => ({
      query: mutation('updatePartner', 'UpdatePartnerInput'),
      variables: { input: { id: c.partner.id, description: `Changed ${uid()}` } },
    }),
    state: (t, c) => row(t, 'partner', c.partner.id),
  },
  {
    name: 'Mutation.updateOrganisationSettings',
    access: ADMIN,
    setup: async (t) => ({
      version: (await t.prisma.organisationSettings.findUnique({ where: { id: 1 } }))?.version ?? 1,
    }),
    request: (c) => ({
      query: mutation('updateOrganisationSettings', 'UpdateOrganisationSettingsInput'),
      variables: {
        input: { expectedVersion: c.version, contactPhone: '01632 960999', dpoName: `DPO ${uid()}` },
      },
    }),
    state: (t) => t.prisma.organisationSettings.findUnique({ where: { id: 1 } }),
  },
  {
    name: 'Mutation.archivePartner',
    access: ADMIN,
    // A partner that leads nothing, so archiving it is possible at all.
    setup: async (t) => ({
      partner: await t.prisma.partner.create({ data: { name: `Spare ${uid()}`, kind: 'OTHER' } }),
    }),
    request: (c) => ({
      query: mutation('archivePartner', 'ArchiveInput'),
      variables: { input: { id: c.partner.id } },
    }),
    state: (t, c) => row(t, 'partner', c.partner.id),
  },
  {
    name: 'Mutation.issueUpdateLink',
    access: LINK_MANAGERS,
    setup: async (_t, _w, owner) => ({ partner: owner }),
    request: (c) => ({
      query: mutation('issueUpdateLink', 'IssueUpdateLinkInput'),
      variables: { input: { partnerId: c.partner.id, email: 'contact@example.org' } },
    }),
    state: (t, c) => t.prisma.updateLink.count({ where: { partnerId: c.partner.id } }),
  },
  {
    name: 'Mutation.revokeUpdateLink',
    access: LINK_MANAGERS,
    setup: async (t, w, owner) => ({
      link: await t.prisma.updateLink.create({
        data: {
          partnerId: owner.id,
          email: 'c@example.org',
          tokenHash: uid() + uid(),
          expiresAt: new Date(testClock.nowMs() + 9e7),
          createdById: w.adminId,
        },
      }),
    }),
    request: (c) => ({
      query: mutation('revokeUpdateLink', 'RevokeUpdateLinkInput'),
      variables: { input: { id: c.link.id } },
    }),
    state: (t, c) => t.prisma.updateLink.findUnique({ where: { id: c.link.id } }),
  },
  {
    name: 'Mutation.inviteUser',
    access: ADMIN,
    setup: async (_t, _w, owner) => ({ partner: owner, email: `invitee-${uid()}@example.org` }),
    request: (c) => ({
      query: mutation('inviteUser', 'InviteUserInput'),
      variables: {
        input: { email: c.email, name: 'New Person', role: 'PARTNER_EDITOR', partnerId: c.partner.id },
      },
    }),
    state: (t, c) => t.prisma.user.count({ where: { email: c.email } }),
  },
  {
    name: 'Mutation.resendInvite',
    access: ADMIN,
    setup: async (t, _w, owner) => ({
      user: await t.prisma.user.create({
        data: {
          email: `invited-${uid()}@example.org`,
          name: 'Invited',
          role: 'PARTNER_EDITOR',
          partnerId: owner.id,
          invitedAt: new Date('2026-01-01'),
        },
      }),
    }),
    request: (c) => ({
      query: mutation('resendInvite', 'UserIdInput'),
      variables: { input: { id: c.user.id } },
    }),
    state: (t, c) => t.prisma.user.findUnique({ where: { id: c.user.id } }),
  },
  {
    name: 'Mutation.deactivateUser',
    access: ADMIN,
    setup: async (t, _w, owner) => ({ user: await makeUser(t.prisma, 'PARTNER_EDITOR', owner.id) }),
    request: (c) => ({
      query: mutation('deactivateUser', 'UserIdInput'),
      variables: { input: { id: c.user.id } },
    }),
    state: (t, c) => t.prisma.user.findUnique({ where: { id: c.user.id } }),
  },
  {
    name: 'Mutation.reactivateUser',
    access: ADMIN,
    setup: async (t, _w, owner) => {
      const user = await makeUser(t.prisma, 'PARTNER_EDITOR', owner.id);
      return { user: await t.prisma.user.update({ where: { id: user.id }, data: { active: false } }) };
    },
    request: (c) => ({
      query: mutation('reactivateUser', 'UserIdInput'),
      variables: { input: { id: c.user.id } },
    }),
    state: (t, c) => t.prisma.user.findUnique({ where: { id: c.user.id } }),
  },
  {
    name: 'Mutation.changeUserRole',
    access: ADMIN,
    setup: async (t, _w, owner) => ({ user: await makeUser(t.prisma, 'PARTNER_EDITOR', owner.id) }),
    request: (c) => ({
      query: mutation('changeUserRole', 'ChangeUserRoleInput'),
      variables: { input: { id: c.user.id, role: 'ADMIN' } },
    }),
    state: (t, c) => t.prisma.user.findUnique({ where: { id: c.user.id } }),
  },

  {
    name: 'Mutation.setIdentityProviderEnabled',
    access: ADMIN,
    setup: async (t) => ({
      enabled:
        (await t.prisma.identityProviderState.findUnique({ where: { providerId: MATRIX_PROVIDER.id } }))
          ?.enabled ?? true,
    }),
    request: (c) => ({
      query: mutation('setIdentityProviderEnabled', 'SetIdentityProviderEnabledInput'),
      variables: { input: { id: MATRIX_PROVIDER.id, enabled: !c.enabled } },
    }),
    state: (t) => t.prisma.identityProviderState.findUnique({ where: { providerId: MATRIX_PROVIDER.id } }),
  },
  {
    name: 'Mutation.addPartnerDomain',
    access: ADMIN,
    setup: async (_t, _w, owner) => ({ partner: owner, domain: `d-${uid()}.gov.uk` }),
    request: (c) => ({
      query: mutation('addPartnerDomain', 'AddPartnerDomainInput'),
      variables: { input: { partnerId: c.partner.id, domain: c.domain } },
    }),
    state: (t, c) => t.prisma.partnerDomain.findUnique({ where: { domain: c.domain } }),
  },
  {
    name: 'Mutation.removePartnerDomain',
    access: ADMIN,
    setup: async (t, _w, owner) => ({
      domain: (
        await t.prisma.partnerDomain.create({
          data: { domain: `d-${uid()}.gov.uk`, partnerId: owner.id, verifiedByEmail: 'admin@example.org' },
        })
      ).domain,
    }),
    request: (c) => ({
      query: 'mutation($domain: ID!) { removePartnerDomain(domain: $domain) { domain } }',
      variables: { domain: c.domain },
    }),
    state: (t, c) => t.prisma.partnerDomain.findUnique({ where: { domain: c.domain } }),
  },
  {
    name: 'Query.identityProviders',
    access: ADMIN,
    setup: async () => ({}),
    request: () => ({ query: '{ identityProviders { id issuer redirectUri activeSessions } }' }),
    visible: (d) => Array.isArray(d?.identityProviders),
  },
  {
    name: 'Query.partnerDomains',
    access: ADMIN,
    setup: async (t, _w, owner) => {
      await t.prisma.partnerDomain.create({
        data: { domain: `d-${uid()}.gov.uk`, partnerId: owner.id, verifiedByEmail: 'admin@example.org' },
      });
      return { partner: owner };
    },
    request: (c) => ({
      query: 'query($p: ID) { partnerDomains(partnerId: $p) { domain verifiedByEmail } }',
      variables: { p: c.partner.id },
    }),
    visible: (d) => Array.isArray(d?.partnerDomains) && d.partnerDomains.length > 0,
  },
  {
    name: 'Query.organisationSettings',
    access: ADMIN,
    setup: async () => ({}),
    request: () => ({ query: '{ organisationSettings { version contactEmail dpoEmail } }' }),
    visible: (d) => typeof d?.organisationSettings?.version === 'number',
  },
  {
    name: 'Query.users',
    access: ADMIN,
    setup: async () => ({}),
    request: () => ({ query: '{ users { totalCount items { email } } }' }),
    visible: (d) => Array.isArray(d?.users?.items),
  },
  // Private data in reads. Drafts stand for unpublished plans.
  {
    name: 'Query.auditEvents',
    access: ADMIN,
    setup: async () => ({}),
    request: () => ({ query: '{ auditEvents { totalCount } }' }),
    visible: (d) => typeof d?.auditEvents?.totalCount === 'number',
  },
  {
    name: 'Query.updateLinks',
    access: LINK_MANAGERS,
    setup: async (_t, _w, owner) => ({ partner: owner }),
    request: (c) => ({ query: `{ updateLinks(partnerId: "${c.partner.id}") { email } }` }),
    visible: (d) => Array.isArray(d?.updateLinks),
  },
  {
    name: 'Query.plan',
    access: SIGNED_IN,
    setup: (t, _w, owner) => makeRecords(t, owner.id, 'DRAFT'),
    request: (c) => ({ query: `{ plan(slug: "${c.plan.slug}") { id } }` }),
    visible: (d) => !!d?.plan?.id,
  },
  {
    name: 'Query.action',
    access: SIGNED_IN,
    setup: (t, _w, owner) => makeRecords(t, owner.id, 'DRAFT'),
    request: (c) => ({ query: `{ action(id: "${c.action.id}") { id } }` }),
    visible: (d) => !!d?.action?.id,
  },
  // Evidence files (server/src/evidence): read by the Panel and the action's own partners, never
  // by another organisation's staff; published by admins, archived by admins or the adding one.
  {
    name: 'Action.evidenceFiles',
    access: a('none', 'own', 'all', 'own', 'own', 'all'),
    setup: evidenceRecords,
    request: (c) => ({ query: `{ action(id: "${c.action.id}") { evidenceFiles { id } } }` }),
    visible: (d) => (d?.action?.evidenceFiles?.length ?? 0) > 0,
  },
  {
    name: 'Mutation.publishEvidenceFile',
    access: ADMIN,
    setup: evidenceRecords,
    request: (c) => ({
      query: mutation('publishEvidenceFile', 'PublishEvidenceFileInput'),
      variables: { input: { id: c.file.id, published: true } },
    }),
    state: (t, c) => t.prisma.evidenceFile.findUnique({ where: { id: c.file.id } }),
  },
  {
    name: 'Mutation.archiveEvidenceFile',
    access: PARTNER_STAFF,
    setup: evidenceRecords,
    request: (c) => ({
      query: mutation('archiveEvidenceFile', 'ArchiveEvidenceFileInput'),
      variables: { input: { id: c.file.id, reason: 'Uploaded by mistake' } },
    }),
    state: (t, c) => t.prisma.evidenceFile.findUnique({ where: { id: c.file.id } }),
  },
  {
    name: 'Query.actions',
    access: SIGNED_IN,
    setup: (t, _w, owner) => makeRecords(t, owner.id, 'DRAFT'),
    request: (c) => ({ query: `{ actions(filter: { planId: "${c.plan.id}" }) { totalCount } }` }),
    visible: (d) => d?.actions?.totalCount === 1,
  },
  {
    name: 'Partner.contactEmail',
    access: SIGNED_IN,
    setup: async (_t, _w, owner) => ({ partner: owner }),
    request: (c) => ({ query: `{ partner(id: "${c.partner.id}") { contactEmail contactPhone } }` }),
    visible: (d) => !!d?.partner?.contactEmail && !!d?.partner?.contactPhone,
  },
  {
    name: 'Action.history',
    access: SIGNED_IN,
    setup: records,
    request: (c) => ({ query: `{ action(id: "${c.action.id}") { history { id } } }` }),
    visible: (d) => Array.isArray(d?.action?.history),
  },
  {
    name: 'Plan.internalNotes',
    access: NOT_PANEL,
    setup: (t, _w, owner) => makeRecords(t, owner.id, 'DRAFT'),
    request: (c) => ({ query: `{ plan(slug: "${c.plan.slug}") { internalNotes } }` }),
    visible: (d) => d?.plan?.internalNotes === 'Working notes',
  },
  // Quarterly reviews: the Commissioner's team runs them; partners answer and do follow-ups.
  {
    name: 'Mutation.createReviewCycle',
    access: ADMIN,
    setup: records,
    request: (c) => ({
      query: mutation('createReviewCycle', 'CreateReviewCycleInput'),
      variables: { input: { planId: c.plan.id, quarter: '2025/26 Q2' } },
    }),
    state: (t, c) => t.prisma.reviewCycle.count({ where: { planId: c.plan.id } }),
  },
  {
    name: 'Mutation.updateReviewCycle',
    access: ADMIN,
    setup: cycleRecords,
    request: (c) => ({
      query: mutation('updateReviewCycle', 'UpdateReviewCycleInput'),
      variables: { input: { id: c.cycle.id, expectedVersion: 1, meetingOn: '2025-07-15' } },
    }),
    state: (t, c) => reviewState(t, c.cycle.id),
  },
  {
    name: 'Mutation.moveReviewCycle',
    access: ADMIN,
    setup: cycleRecords,
    request: (c) => ({
      query: mutation('moveReviewCycle', 'MoveReviewCycleInput'),
      variables: { input: { id: c.cycle.id, expectedVersion: 1, to: 'IN_REVIEW' } },
    }),
    state: (t, c) => reviewState(t, c.cycle.id),
  },
  {
    name: 'Mutation.reorderAgenda',
    access: ADMIN,
    setup: cycleRecords,
    request: (c) => ({
      query: mutation('reorderAgenda', 'ReorderAgendaInput'),
      variables: { input: { cycleId: c.cycle.id, actionIds: [c.action.id] } },
    }),
    state: (t, c) => reviewState(t, c.cycle.id),
  },
  {
    name: 'Mutation.recordReviewDecision',
    access: ADMIN,
    setup: cycleRecords,
    request: (c) => ({
      query: mutation('recordReviewDecision', 'RecordReviewDecisionInput'),
      variables: { input: { cycleId: c.cycle.id, actionId: c.action.id, decision: 'NOTED', note: 'Noted.' } },
    }),
    state: (t, c) => reviewState(t, c.cycle.id),
  },
  {
    name: 'Mutation.respondToReview',
    access: PARTNER_STAFF,
    setup: cycleRecords,
    request: (c) => ({
      query: mutation('respondToReview', 'RespondToReviewInput'),
      variables: {
        input: { cycleId: c.cycle.id, actionId: c.action.id, response: 'Because of the weather.' },
      },
    }),
    state: (t, c) => reviewState(t, c.cycle.id),
  },
  {
    name: 'Mutation.addFollowUp',
    access: ADMIN,
    setup: cycleRecords,
    request: (c) => ({
      query: mutation('addFollowUp', 'AddFollowUpInput'),
      variables: {
        input: {
          cycleId: c.cycle.id,
          actionId: c.action.id,
          description: 'Report back',
          ownerPartnerId: c.action.leadPartnerId,
          dueOn: '2025-08-31',
        },
      },
    }),
    state: (t, c) => reviewState(t, c.cycle.id),
  },
  {
    name: 'Mutation.updateFollowUp',
    access: PARTNER_STAFF,
    setup: cycleRecords,
    request: (c) => ({
      query: mutation('updateFollowUp', 'UpdateFollowUpInput'),
      variables: { input: { id: c.followUp.id, expectedVersion: 1, status: 'DONE' } },
    }),
    state: (t, c) => reviewState(t, c.cycle.id),
  },
  {
    name: 'Mutation.createPublicQuestion',
    access: ADMIN,
    setup: cycleRecords,
    request: (c) => ({
      query: mutation('createPublicQuestion', 'CreatePublicQuestionInput'),
      variables: { input: { cycleId: c.cycle.id, question: 'Why?', receivedOn: '2025-06-12' } },
    }),
    state: (t, c) => reviewState(t, c.cycle.id),
  },
  {
    name: 'Mutation.updatePublicQuestion',
    access: ADMIN,
    setup: cycleRecords,
    request: (c) => ({
      query: mutation('updatePublicQuestion', 'UpdatePublicQuestionInput'),
      variables: { input: { id: c.question.id, expectedVersion: 1, answer: 'Soon.', published: true } },
    }),
    state: (t, c) => reviewState(t, c.cycle.id),
  },
  {
    name: 'Query.reviewCycle',
    access: SIGNED_IN,
    setup: cycleRecords,
    request: (c) => ({ query: `{ reviewCycle(id: "${c.cycle.id}") { id threads { entries { body } } } }` }),
    visible: (d) => !!d?.reviewCycle?.id,
  },
  {
    name: 'Query.myReviewTasks',
    access: SIGNED_IN,
    setup: cycleRecords,
    request: () => ({ query: '{ myReviewTasks { followUps { id } challenges { actionId } } }' }),
    visible: (d) => Array.isArray(d?.myReviewTasks?.followUps),
  },
  {
    name: 'Plan.reviewCycles',
    access: SIGNED_IN,
    setup: cycleRecords,
    request: (c) => ({ query: `{ plan(slug: "${c.plan.slug}") { reviewCycles { id } } }` }),
    visible: (d) => d?.plan?.reviewCycles?.length === 1,
  },
  // Indicators: the Commissioner's team keeps them; unpublished ones are for signed-in users.
  {
    name: 'Mutation.createIndicator',
    access: ADMIN,
    setup: records,
    request: (c) => ({
      query: mutation('createIndicator', 'CreateIndicatorInput'),
      variables: {
        input: {
          name: `New indicator ${c.plan.slug}`,
          definition: 'Counted',
          dataSource: 'Data',
          unit: 'COUNT',
          direction: 'LOWER_IS_BETTER',
          baselineLabel: '2019/20',
          baselineValue: 10,
          frequency: 'QUARTER',
          priorityIds: [c.priority.id],
        },
      },
    }),
    state: (t, c) => t.prisma.indicator.count({ where: { name: `New indicator ${c.plan.slug}` } }),
  },
  {
    name: 'Mutation.updateIndicator',
    access: ADMIN,
    setup: indicatorRecords,
    request: (c) => ({
      query: mutation('updateIndicator', 'UpdateIndicatorInput'),
      variables: { input: { id: c.indicator.id, expectedVersion: 1, definition: 'Counted differently' } },
    }),
    state: (t, c) => indicatorState(t, c.indicator.id),
  },
  {
    name: 'Mutation.archiveIndicator',
    access: ADMIN,
    setup: indicatorRecords,
    request: (c) => ({
      query: mutation('archiveIndicator', 'ArchiveInput'),
      variables: { input: { id: c.indicator.id } },
    }),
    state: (t, c) => indicatorState(t, c.indicator.id),
  },
  {
    name: 'Mutation.recordMeasurement',
    access: ADMIN,
    setup: indicatorRecords,
    request: (c) => ({
      query: mutation('recordMeasurement', 'RecordMeasurementInput'),
      variables: {
        input: { indicatorId: c.indicator.id, periodStart: '2025-04-01', value: 70, expectedVersion: 1 },
      },
    }),
    state: (t, c) => indicatorState(t, c.indicator.id),
  },
  {
    name: 'Mutation.importMeasurements',
    access: ADMIN,
    setup: indicatorRecords,
    request: (c) => ({
      query: mutation('importMeasurements', 'ImportMeasurementsInput'),
      variables: { input: { indicatorId: c.indicator.id, csv: 'period,value\n2025-07-01,60\n' } },
    }),
    state: (t, c) => indicatorState(t, c.indicator.id),
  },
  {
    name: 'Query.indicator',
    access: SIGNED_IN,
    setup: indicatorRecords,
    request: (c) => ({ query: `{ indicator(id: "${c.indicator.id}") { id measurements { value } } }` }),
    visible: (d) => !!d?.indicator?.id,
  },
  // Panel reports: admins make them; staff, and the Panel once a plan is not a draft, read them.
  {
    name: 'Mutation.generateReport',
    access: ADMIN,
    setup: records,
    request: (c) => ({
      query: mutation('generateReport', 'GenerateReportInput'),
      variables: { input: { planId: c.plan.id, formats: ['CSV'] } },
    }),
    state: (t, c) => t.prisma.reportRun.count({ where: { planId: c.plan.id } }),
  },
  {
    // The Panel may ask for the report of a closed quarter (made once); not for a draft.
    name: 'closed quarter: Mutation.generateReport',
    access: a('none', 'none', 'all', 'none', 'none', 'all'),
    setup: closedQuarterRecords,
    request: (c) => ({
      query: mutation('generateReport', 'GenerateReportInput'),
      variables: { input: { planId: c.plan.id, cycleId: c.cycle.id, formats: ['CSV'] } },
    }),
    state: (t, c) => t.prisma.reportRun.count({ where: { planId: c.plan.id } }),
  },
  {
    name: 'Query.reportRuns',
    access: SIGNED_IN,
    setup: reportRecords,
    request: (c) => ({ query: `{ reportRuns(planId: "${c.plan.id}") { id files { downloadUrl } } }` }),
    visible: (d) => d?.reportRuns?.length === 1,
  },
  {
    name: 'Query.reportRun',
    access: SIGNED_IN,
    setup: reportRecords,
    request: (c) => ({ query: `{ reportRun(id: "${c.run.id}") { id title } }` }),
    visible: (d) => !!d?.reportRun?.id,
  },
  {
    name: 'Mutation.applyPlanImport',
    access: ADMIN,
    setup: importRecords,
    request: (c) => ({
      query: mutation('applyPlanImport', 'ApplyPlanImportInput'),
      variables: { input: { importRunId: c.run.id } },
    }),
    state: async (t, c) => (await t.prisma.importRun.findUniqueOrThrow({ where: { id: c.run.id } })).status,
  },
  {
    name: 'Query.importRun',
    access: ADMIN,
    setup: importRecords,
    request: (c) => ({ query: `{ importRun(id: "${c.run.id}") { id fileName } }` }),
    visible: (d) => !!d?.importRun?.id,
  },
  {
    name: 'Query.planImports',
    access: ADMIN,
    setup: importRecords,
    request: (c) => ({ query: `{ planImports(planId: "${c.plan.id}") { id } }` }),
    visible: (d) => Array.isArray(d?.planImports),
  },
  ...ALIGNMENT_ROWS,
  // Amendments to an active plan: the Commissioner's team proposes and decides them.
  {
    name: 'Mutation.proposeAmendment',
    access: ADMIN,
    setup: records,
    request: (c) => ({
      query: mutation('proposeAmendment', 'ProposeAmendmentInput'),
      variables: {
        input: {
          planId: c.plan.id,
          title: 'Matrix amendment',
          reason: 'To check who may propose one.',
          changes: [{ kind: 'MOVE_DATES', actionId: c.action.id, dueDate: '2027-01-31' }],
        },
      },
    }),
    state: (t, c) => t.prisma.amendment.count({ where: { planId: c.plan.id } }),
  },
  ...(
    [
      ['approveAmendment', 'PROPOSED', 'DecideAmendmentInput'],
      ['applyAmendment', 'APPROVED', 'DecideAmendmentInput'],
      ['rejectAmendment', 'PROPOSED', 'CloseAmendmentInput'],
      ['withdrawAmendment', 'APPROVED', 'CloseAmendmentInput'],
    ] as const
  ).map(([name, status, input]): Row => ({
    name: `Mutation.${name}`,
    access: ADMIN,
    setup: async (t, w, owner) => {
      const r = await records(t, w, owner);
      const amendment = await t.prisma.amendment.create({
        data: {
          planId: r.plan.id,
          number: 1,
          title: 'Matrix amendment',
          reason: 'To check who may decide one.',
          status,
          proposedByEmail: 'matrix@example.org',
          changes: [
            {
              kind: 'MOVE_DATES',
              actionId: r.action.id,
              dueDate: '2027-01-31',
              summary: 'Move action 1.1',
              refs: ['1.1'],
            },
          ],
        },
      });
      return { ...r, amendment };
    },
    request: (c) => ({
      query: mutation(name, input),
      variables: {
        input: {
          id: c.amendment.id,
          expectedVersion: 1,
          ...(input === 'CloseAmendmentInput' ? { reason: 'Not needed now' } : {}),
        },
      },
    }),
    state: (t, c) =>
      Promise.all([
        t.prisma.amendment.findUnique({ where: { id: c.amendment.id } }),
        row(t, 'action', c.action.id),
      ]),
  })),
];

/** Fresh records and a checked plan file (status READY) that adds one action to the plan. */
async function importRecords(t: TestApp, _w: World, owner: Partner) {
  const records = await makeRecords(t, owner.id);
  const content = Buffer.from(
    `Priority,Reference,Action,Lead partner\r\n1,1.2,Imported action,${owner.name}\r\n`,
  );
  const run = await t.prisma.importRun.create({
    data: {
      planId: records.plan.id,
      fileName: 'plan.csv',
      contentType: 'text/csv',
      content: new Uint8Array(content),
      status: 'READY',
      rowCount: 1,
      requestedByEmail: 'admin@example.org',
    },
  });
  return { ...records, run };
}

/** Queries and mutations with nothing private in them, open to all on purpose. */
/** Fresh records with a finished report of the plan. */
/** Fresh records with a CLOSED review cycle and no report of it yet. */
async function closedQuarterRecords(t: TestApp, _w: World, owner: { id: string }) {
  const r = await makeRecords(t, owner.id);
  const cycle = await t.prisma.reviewCycle.create({
    data: {
      planId: r.plan.id,
      financialYear: 2024,
      quarter: 4,
      status: 'CLOSED',
      opensOn: new Date('2025-03-01'),
      deadline: new Date('2025-03-31'),
      closedAt: new Date('2025-04-20T16:00:00Z'),
      closedByEmail: 'admin@example.org',
    },
  });
  return { ...r, cycle };
}

async function reportRecords(t: TestApp, _w: World, owner: { id: string }) {
  const r = await makeRecords(t, owner.id);
  const run = await t.prisma.reportRun.create({
    data: {
      planId: r.plan.id,
      draft: true,
      title: 'Matrix report',
      status: 'DONE',
      progress: 100,
      requestedByName: 'Admin',
      requestedByEmail: 'admin@example.org',
    },
  });
  return { ...r, run };
}

export const PUBLIC_ON_PURPOSE: Record<string, string> = {
  'Mutation.signIn': 'anyone may try to sign in (rate limited; see auth and security tests)',
  'Mutation.signOut': 'ends only the caller’s own session',
  'Mutation.endSession':
    'ends only the caller’s own session, as signOut, with the provider’s sign-out address',
  'Query.signInOptions':
    'what the sign-in page offers: provider names and whether passwords work; nothing about accounts',
  'Mutation.openUpdateLink': 'the link itself is the permission (see update-links tests)',
  'Mutation.acceptInvite': 'the emailed token is the permission (see users and mail tests)',
  'Mutation.resetPassword': 'the emailed token is the permission (see users and mail tests)',
  'Mutation.requestPasswordReset': 'always answers true and reveals nothing (rate limited)',
  'Query.plans': 'active plans for the public; drafts only when signed in (covered by Query.plan)',
  'Query.partners': 'the partner directory; contact details are covered by Partner.contactEmail',
  'Query.partner': 'one partner; contact details are covered by Partner.contactEmail',
  'Query.me': 'the viewer themself, or null',
  'Query.site': 'who runs the service: the name and logo every page’s header shows',
  'Mutation.completeSetup': 'the first-run link from the server’s log is the permission (see setup tests)',
  'Query.setupStatus': 'whether a first-run link can be used; says nothing else (see setup tests)',
  'Query.myUpdateLink': 'the link this browser holds, or null',
  'Query.myActions': "the viewer's own organisation's actions in active plans; null for the public",
  'Query.indicators': 'published indicators for the public; unpublished ones are covered by Query.indicator',
  'Query.evidenceUploadLimit': 'the largest evidence file the server takes: a setting, not data',
  'Query.publishedQuestions':
    'published questions and answers, for the public page; who asked is never shown',
};

/** Fresh records with an evidence file on the milestone, added by the owner's organisation. */
async function evidenceRecords(t: TestApp, _w: World, owner: Partner) {
  const r = await makeRecords(t, owner.id);
  const file = await t.prisma.evidenceFile.create({
    data: {
      actionId: r.action.id,
      milestoneId: r.milestone.id,
      fileName: 'sign.png',
      contentType: 'image/png',
      kind: 'PNG',
      sizeBytes: 4,
      sha256: 'a'.repeat(64),
      addedByEmail: 'someone@example.org',
      addedByPartnerId: owner.id,
      attachedAt: testClock.now(),
    },
  });
  return { ...r, file };
}
