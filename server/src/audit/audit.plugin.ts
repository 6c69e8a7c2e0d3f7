import type { ApolloServerPlugin, GraphQLRequestContextDidEncounterErrors } from '@apollo/server';
import { isUUID } from 'class-validator';
import { getOperationAST, Kind, type FieldNode, type GraphQLError } from 'graphql';
import { getArgumentValues } from 'graphql/execution/values.js';
import type { GqlContext } from '../common/graphql/context.js';
import type { PrismaService } from '../common/prisma/prisma.service.js';
import type { AuditService } from './audit.service.js';

const RECORD_TYPES = new Set(['Plan', 'Priority', 'Action', 'Milestone', 'Partner', 'UpdateLink', 'User']);
const ACCOUNT_OPERATIONS = new Set([
  'acceptInvite',
  'requestPasswordReset',
  'resetPassword',
  'changeUserRole',
]);

/** The kind of record a mutation changes, read from its name: updateAction -> Action. */
export function recordTypeOf(operation: string): string | null {
  if (operation === 'signIn' || operation === 'signOut') return 'Session';
  if (ACCOUNT_OPERATIONS.has(operation)) return 'User';
  const m = /^(?:create|update|archive|issue|revoke|open|invite|deactivate|reactivate)([A-Z]\w*)$/.exec(
    operation,
  );
  return m && RECORD_TYPES.has(m[1]) ? m[1] : null;
}

const DENIED = new Set(['FORBIDDEN', 'UNAUTHENTICATED']);

type Args = { input?: Record<string, unknown> };

/**
 * Records every mutation that failed or was refused, wherever it stopped: in the guard, in
 * validation, in a service, or in GraphQL's own checks of the request. Successful changes are
 * recorded by the services inside their own transactions.
 */
export function auditPlugin(audit: AuditService, prisma: PrismaService): ApolloServerPlugin<GqlContext> {
  async function actionIdFor(recordType: string | null, input: Record<string, unknown>) {
    const id = typeof input.id === 'string' && isUUID(input.id) ? input.id : null;
    if (recordType === 'Action') return id;
    if (recordType === 'Milestone') {
      if (typeof input.actionId === 'string' && isUUID(input.actionId)) return input.actionId;
      if (id)
        return (
          (await prisma.milestone.findUnique({ where: { id }, select: { actionId: true } }))?.actionId ?? null
        );
    }
    return null;
  }

  async function record(rc: GraphQLRequestContextDidEncounterErrors<GqlContext>) {
    // A request that failed validation has a document but no resolved operation.
    const operation = rc.operation ?? (rc.document && getOperationAST(rc.document, rc.request.operationName));
    if (!operation || operation.operation !== 'mutation') return;
    const mutationType = rc.schema.getMutationType();
    const fields = operation.selectionSet.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD);
    // Errors at a root field belong to that mutation; errors with no path (bad variables) to all.
    const errorOf = (name: string): GraphQLError | undefined =>
      rc.errors.find((e) => e.path?.length === 1 && e.path[0] === name) ??
      rc.errors.find((e) => !e.path || e.path.length === 0);
    for (const field of fields) {
      const error = errorOf(field.alias?.value ?? field.name.value);
      if (!error) continue;
      const name = field.name.value;
      let args: Args = {};
      try {
        const def = mutationType?.getFields()[name];
        if (def) args = getArgumentValues(def, field, rc.request.variables ?? {}) as Args;
      } catch {
        // The arguments themselves were invalid: record the attempt without them.
      }
      const input = args.input ?? {};
      const recordType = recordTypeOf(name);
      const code = String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
      await audit.recordAttempt(rc.contextValue.viewer, {
        operation: name,
        recordType,
        recordId: typeof input.id === 'string' ? input.id : null,
        actionId: await actionIdFor(recordType, input),
        outcome: DENIED.has(code) ? 'DENIED' : 'FAILED',
        errorCode: code,
        message: error.message,
        claimedEmail: name === 'signIn' && typeof input.email === 'string' ? input.email : null,
      });
    }
  }

  return {
    async requestDidStart() {
      return {
        async didEncounterErrors(rc) {
          // Auditing must never turn a clear answer into a server error.
          await record(rc).catch((error: unknown) =>
            console.error('audit: could not record a failed mutation', error),
          );
        },
      };
    },
  };
}
