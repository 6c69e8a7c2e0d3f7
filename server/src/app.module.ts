import { isPublicViewer } from './common/auth/visibility.js';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { GraphQLSchema } from 'graphql';
import { jitGateway, OperationRuns } from './common/graphql/jit-executor.js';
import { TrustedDocuments, trustedDocumentsPlugin } from './common/graphql/trusted-documents.js';
import type { Request, Response } from 'express';
import { ActionsModule } from './actions/actions.module.js';
import { AlignmentModule } from './alignment/alignment.module.js';
import { AuditModule } from './audit/audit.module.js';
import { auditPlugin } from './audit/audit.plugin.js';
import { requestStatusPlugin } from './common/graphql/request-status.plugin.js';
import { AuditService } from './audit/audit.service.js';
import { AuthModule } from './auth/auth.module.js';
import { AuthService } from './auth/auth.service.js';
import { AccessGuard } from './common/auth/access.guard.js';
import { GqlAuthGuard } from './common/auth/gql-auth.guard.js';
import { ORPHANED_TYPES } from './common/graphql/error-extensions.model.js';
import type { AppConfig } from './common/config.js';
import { CoreModule } from './common/core.module.js';
import type { GqlContext } from './common/graphql/context.js';
import {
  graphqlWsOptions,
  isSocketContext,
  upgradeRequest,
  type SocketContext,
} from './common/live/graphql-ws.js';
import { GRAPHQL_PATH, WebSocketUpgradeGuard } from './common/live/websocket-upgrade.guard.js';
import { formatError } from './common/graphql/errors.js';
import { ExpectedErrorsFilter } from './common/graphql/expected-errors.filter.js';
import { createLoaders } from './common/graphql/loaders.js';
import { answerPrefetched, withPlainFields } from './common/graphql/prefetched.js';
import { PublicSiteModule } from './public-site/public-site.module.js';
import { HealthController } from './common/health/health.controller.js';
import { PrismaService } from './common/prisma/prisma.service.js';
import { replicaReadsAllowed, replicaRoutingPlugin } from './common/prisma/replica-routing.js';
import { RateLimitGuard } from './common/security/rate-limit.js';
import { MailModule } from './mail/mail.module.js';
import { MilestonesModule } from './milestones/milestones.module.js';
import { OrganisationModule } from './organisation/organisation.module.js';
import { PartnersModule } from './partners/partners.module.js';
import { PlansModule } from './plans/plans.module.js';
import { DashboardCache, dashboardCachePlugin, viewerReadBefore } from './plans/dashboard-cache.js';
import { PrioritiesModule } from './priorities/priorities.module.js';
import { UpdateLinksModule } from './update-links/update-links.module.js';
import { UpdatesModule } from './updates/updates.module.js';
import { LiveModule } from './live/live.module.js';
import { RemindersModule } from './reminders/reminders.module.js';
import { RetentionModule } from './retention/retention.module.js';
import { SetupModule } from './setup/setup.module.js';
import { ReviewsModule } from './reviews/reviews.module.js';
import { IndicatorsModule } from './indicators/indicators.module.js';
import { ImportsModule } from './imports/imports.module.js';
import { EvidenceModule } from './evidence/evidence.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { AmendmentsModule } from './amendments/amendments.module.js';
import { UsersModule } from './users/users.module.js';
import { SsoModule } from './sso/sso.module.js';

export const DOMAIN_MODULES = [
  AuditModule,
  AuthModule,
  // Before PublicSiteModule, whose catch-all would otherwise answer /public/logo.
  OrganisationModule,
  PlansModule,
  PrioritiesModule,
  ActionsModule,
  MilestonesModule,
  AlignmentModule,
  PartnersModule,
  UpdateLinksModule,
  UpdatesModule,
  RemindersModule,
  RetentionModule,
  SetupModule,
  ReviewsModule,
  AmendmentsModule,
  IndicatorsModule,
  ImportsModule,
  EvidenceModule,
  ReportsModule,
  UsersModule,
  SsoModule,
  MailModule,
  LiveModule,
  PublicSiteModule,
];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AuthModule, AuditModule, PlansModule],
          inject: [AuthService, PrismaService, AuditService, DashboardCache, TrustedDocuments, OperationRuns],
          useFactory: (
            auth: AuthService,
            prisma: PrismaService,
            audit: AuditService,
            cache: DashboardCache,
            trusted: TrustedDocuments,
            runs: OperationRuns,
          ) => {
            const production = config.NODE_ENV === 'production';
            const maxTokens = 3000;
            // Refuse abusive documents before they run: deep nesting, alias floods, huge queries.
            const armor = new ApolloArmor({
              maxDepth: { n: 10 },
              maxAliases: { n: 15 },
              maxDirectives: { n: 20 },
              // The parser counts tokens itself (parseOptions below): armor's plugin parsed the
              // document a second time and threw from its hook, which Apollo answered with a 500.
              maxTokens: { enabled: false },
              costLimit: { maxCost: 20_000 },
              blockFieldSuggestion: { enabled: production },
            }).protect();
            // Each request, and each subscription on a websocket, gets its viewer and new loaders.
            const context = async (
              arg: { req: Request; res: Response } | SocketContext,
            ): Promise<GqlContext> => {
              const req = isSocketContext(arg) ? upgradeRequest(arg) : arg.req;
              // The dashboard cache's fast path may have read the session already.
              const viewer = viewerReadBefore(req) ?? (await auth.viewerFromRequest(req));
              return {
                req,
                res: isSocketContext(arg) ? undefined : arg.res,
                viewer,
                loaders: createLoaders(prisma, {
                  publishedOnly: isPublicViewer(viewer),
                  fromReplica: () => replicaReadsAllowed(req),
                }),
              };
            };
            // Nest builds the schema from the code and hands it over here; the executor runs on it.
            let built: GraphQLSchema | undefined;
            return {
              // The schema is built in memory; `npm run schema` writes server/schema.gql for review.
              autoSchemaFile: true,
              // Plain fields read their property inline, and fields a look-ahead read worked out
              // are answered from the record (prefetched.ts).
              transformSchema: (schema: GraphQLSchema) => (built = answerPrefetched(withPlainFields(schema))),
              // Operations run compiled (graphql-jit): see common/graphql/jit-executor.ts.
              gateway: jitGateway(
                () => {
                  if (!built) throw new Error('The GraphQL schema is not built yet');
                  return built;
                },
                config.GRAPHQL_COMPILE_AT_RUN,
                runs,
              ),
              sortSchema: true,
              // Error payloads: typed in the schema, returned in extensions (error-extensions.model.ts).
              buildSchemaOptions: { orphanedTypes: ORPHANED_TYPES },
              path: GRAPHQL_PATH,
              playground: false,
              graphiql: false,
              introspection: !production,
              csrfPrevention: true,
              allowBatchedHttpRequests: false,
              validationRules: armor.validationRules,
              parseOptions: { maxTokens },
              includeStacktraceInErrorResponses: false,
              formatError,
              // Armor's plugins are typed for a bare context; they read none of ours.
              // Cache control's hooks run on every field and we send no cache hints: off.
              // Plan dashboards are answered from a cache while their data is unchanged.
              plugins: [
                ...armor.plugins,
                requestStatusPlugin(),
                auditPlugin(audit, prisma),
                ApolloServerPluginCacheControlDisabled(),
                replicaRoutingPlugin(prisma),
                trustedDocumentsPlugin(trusted, config.browserDocumentsTrusted),
                dashboardCachePlugin(cache),
              ] as ApolloDriverConfig['plugins'],
              context,
              // Subscriptions over graphql-ws on the same path and HTTP server; WebSocketUpgradeGuard
              // checks each upgrade's Origin first. Apollo's plugins (audit) do not run for them.
              subscriptions: {
                'graphql-ws': graphqlWsOptions({
                  validationRules: armor.validationRules,
                  maxTokens,
                  trusted: { documents: trusted, forBrowsers: config.browserDocumentsTrusted },
                }),
              },
            };
          },
        }),
        ...DOMAIN_MODULES,
      ],
      controllers: [HealthController],
      providers: [
        WebSocketUpgradeGuard,
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_GUARD, useClass: GqlAuthGuard },
        // After sign-in is known, before any value is validated: see common/auth/access.ts.
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: ExpectedErrorsFilter },
      ],
    };
  }
}
