import type { ApolloServerPlugin } from '@apollo/server';
import type { GqlContext } from '../graphql/context.js';
import type { PrismaService } from './prisma.service.js';

/**
 * Which requests may read from a replica. The rule: a GraphQL query (never a mutation, whose
 * reads must see its own writes, nor a subscription) reads through its loaders from a replica.
 * Everything else reads the primary: transactions, services' own reads, sessions, and the
 * dashboard cache's fingerprint. The dashboard cache also sends a plan query to the primary when
 * a replica is behind it (see plans/dashboard-cache.ts), so a refetch after a save sees the save.
 */
const replicaReads = new WeakMap<object, boolean>();

export function replicaReadsAllowed(req: object): boolean {
  return replicaReads.get(req) ?? false;
}

export function setReplicaReads(req: object, allowed: boolean): void {
  replicaReads.set(req, allowed);
}

/** Marks plain queries as replica-readable, once Apollo knows the operation's type. */
export function replicaRoutingPlugin(prisma: PrismaService): ApolloServerPlugin<GqlContext> {
  return {
    async requestDidStart() {
      if (!prisma.replicas.length) return;
      return {
        async didResolveOperation(rc) {
          setReplicaReads(rc.contextValue.req, rc.operation?.operation === 'query');
        },
      };
    },
  };
}
