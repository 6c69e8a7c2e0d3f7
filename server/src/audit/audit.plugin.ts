import type { ApolloServerPlugin, GraphQLRequestContextDidEncounterErrors } from '@apollo/server';
import { isUUID } from 'class-validator';
import { getOperationAST, Kind, type FieldNode, type GraphQLError } from 'graphql';
import { getArgumentValues } from 'graphql/execution/values.js';
import type { GqlContext } from '../common/graphql/context.js';
import type { PrismaService } from '../common/prisma/prisma.service.js';
import type { AuditService } from './audit.service.js';
import { AUDIT_EXTENSION, idsAt, type AuditDeclaration } from './audited.decorator.js';

const DENIED = new Set(['FORBIDDEN', 'UNAUTHENTICATED']);

// One event per record at most this many: a list argument is bounded by its input's own limit.
const MAX_EVENTS = 200;

/** A mutation's declaration (see audited.decorator.ts), or null for one that has none. */
export function auditDeclarationOf(field: { extensions?: Record<string, unknown> } | undefined) {
  return (field?.extensions?.[AUDIT_EXTENSION] as AuditDeclaration | undefined) ?? null;
}

/**
 * Records every mutation that failed or was refused, wherever it stopped: in the guard, in
 * validation, in a service, or in GraphQL's own checks of the request. Successful changes are
 * recorded by the services inside their own transactions.
 */
export function auditPlugin(audit: AuditService, prisma: PrismaService): ApolloServerPlugin<GqlContext> {
  /** The actions whose history shows an attempt on this record. */
  async function actionsFor(d: AuditDeclaration, args: unknown, recordId: string | null): Promise<string[]> {
    const ids = (d.actions ?? []).flatMap((path) => idsAt(args, path));
    if (d.record === 'Action' && recordId) ids.push(recordId);
    for (const milestoneId of idsAt(args, d.milestone).filter((id) => isUUID(id))) {
      const m = await prisma.milestone.findUnique({ where: { id: milestoneId }, select: { actionId: true } });
      if (m) ids.push(m.actionId);
    }
    return [...new Set(ids.filter((id) => isUUID(id)))];
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
      const def = mutationType?.getFields()[name];
      let args: Record<string, unknown> = {};
      try {
        if (def) args = getArgumentValues(def, field, rc.request.variables ?? {});
      } catch {
        // The arguments themselves were invalid: record the attempt without them.
      }
      const declared = auditDeclarationOf(def);
      const code = String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
      const attempt = {
        operation: name,
        outcome: DENIED.has(code) ? ('DENIED' as const) : ('FAILED' as const),
        errorCode: code,
        message: error.message,
        claimedEmail: declared?.claimedEmail ? (idsAt(args, declared.claimedEmail)[0] ?? null) : null,
      };
      if (!declared) {
        // Only a mutation added without its declaration gets here; the schema test forbids it.
        await audit.recordAttempt(rc.contextValue.viewer, attempt);
        continue;
      }
      const recordIds = idsAt(args, declared.id);
      // One event per record, each in the history of its actions (a refused change to three
      // actions shows in all three); a create, with no record yet, in its actions' histories.
      for (const recordId of (recordIds.length ? recordIds : [null]).slice(0, MAX_EVENTS)) {
        const actions = await actionsFor(declared, args, recordId);
        for (const actionId of (actions.length ? actions : [null]).slice(0, MAX_EVENTS)) {
          await audit.recordAttempt(rc.contextValue.viewer, {
            ...attempt,
            recordType: declared.record,
            recordId,
            actionId,
          });
        }
      }
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
