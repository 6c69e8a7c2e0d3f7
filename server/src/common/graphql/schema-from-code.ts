import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import type { GraphQLSchema } from 'graphql';
import { ORPHANED_TYPES } from './error-extensions.model.js';
import { ActionsResolver } from '../../actions/actions.resolver.js';
import { ActionHistoryResolver, AuditResolver } from '../../audit/audit.resolver.js';
import { AuthResolver } from '../../auth/auth.resolver.js';
import { LiveResolver } from '../../live/live.resolver.js';
import { MilestonesResolver } from '../../milestones/milestones.resolver.js';
import { PartnersResolver } from '../../partners/partners.resolver.js';
import { PlansResolver } from '../../plans/plans.resolver.js';
import { PrioritiesResolver } from '../../priorities/priorities.resolver.js';
import { OpenedUpdateLinkResolver, UpdateLinksResolver } from '../../update-links/update-links.resolver.js';
import { ActionProgressResolver, UpdatesResolver } from '../../updates/updates.resolver.js';
import { UsersResolver } from '../../users/users.resolver.js';
import {
  IndicatorsResolver,
  MeasurementsResolver,
  PlanIndicatorsResolver,
  PriorityIndicatorsResolver,
} from '../../indicators/indicators.resolver.js';
import { ImportsResolver } from '../../imports/imports.resolver.js';
import { PlanReviewsResolver } from '../../reviews/plan-reviews.resolver.js';
import { QuestionsResolver } from '../../reviews/questions.resolver.js';
import { ReviewCyclesResolver } from '../../reviews/review-cycles.resolver.js';
import { FollowUpsResolver, ReviewThreadsResolver } from '../../reviews/review-threads.resolver.js';
import { ReportsResolver } from '../../reports/reports.resolver.js';
import { OrganisationResolver } from '../../organisation/organisation.resolver.js';
import { SetupResolver } from '../../setup/setup.resolver.js';
import { SsoResolver, UserSignInMethodsResolver } from '../../sso/sso.resolver.js';
import { ALIGNMENT_RESOLVERS } from '../../alignment/alignment.resolver.js';
import {
  ActionEvidenceResolver,
  EvidenceResolver,
  MilestoneEvidenceResolver,
  UpdateEvidenceResolver,
} from '../../evidence/evidence.resolver.js';
import {
  AmendmentsResolver,
  NewActionSpecResolver,
  PlanAmendmentsResolver,
} from '../../amendments/amendments.resolver.js';
import { AuditAmendmentResolver } from '../../amendments/audit-amendment.resolver.js';

export const RESOLVERS = [
  AuditResolver,
  OrganisationResolver,
  SetupResolver,
  ActionHistoryResolver,
  AuthResolver,
  PlansResolver,
  PrioritiesResolver,
  ActionsResolver,
  MilestonesResolver,
  PartnersResolver,
  UpdateLinksResolver,
  OpenedUpdateLinkResolver,
  UpdatesResolver,
  ActionProgressResolver,
  UsersResolver,
  LiveResolver,
  ReviewCyclesResolver,
  ReviewThreadsResolver,
  FollowUpsResolver,
  PlanReviewsResolver,
  QuestionsResolver,
  IndicatorsResolver,
  MeasurementsResolver,
  PlanIndicatorsResolver,
  PriorityIndicatorsResolver,
  ReportsResolver,
  ImportsResolver,
  SsoResolver,
  UserSignInMethodsResolver,
  ...ALIGNMENT_RESOLVERS,
  EvidenceResolver,
  ActionEvidenceResolver,
  MilestoneEvidenceResolver,
  UpdateEvidenceResolver,
  AmendmentsResolver,
  NewActionSpecResolver,
  PlanAmendmentsResolver,
  AuditAmendmentResolver,
];

/**
 * The GraphQL schema as the code declares it, with each field's extensions (audit
 * declarations), without starting the app: for `npm run schema` and the tests that walk it.
 */
export async function schemaFromCode(): Promise<GraphQLSchema> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  try {
    return await app.get(GraphQLSchemaFactory).create(RESOLVERS, { orphanedTypes: ORPHANED_TYPES });
  } finally {
    await app.close();
  }
}
