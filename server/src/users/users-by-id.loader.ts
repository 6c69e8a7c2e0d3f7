import DataLoader from 'dataloader';
import type { User } from '../generated/prisma/client.js';
import type { Loaders } from '../common/graphql/loaders.js';
import type { PrismaService } from '../common/prisma/prisma.service.js';

// One loader per request, kept beside that request's other loaders (the Loaders object is made
// afresh for every request, so the WeakMap entry goes with it).
const perRequest = new WeakMap<Loaders, DataLoader<string, User | null>>();

/** Users by id, batched per request like the loaders in common/graphql/loaders.ts. */
export function usersById(loaders: Loaders, prisma: PrismaService): DataLoader<string, User | null> {
  let loader = perRequest.get(loaders);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const rows = await prisma.user.findMany({ where: { id: { in: [...ids] } } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    perRequest.set(loaders, loader);
  }
  return loader;
}
