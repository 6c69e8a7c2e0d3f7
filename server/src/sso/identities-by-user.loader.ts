import DataLoader from 'dataloader';
import type { UserIdentity } from '../generated/prisma/client.js';
import type { Loaders } from '../common/graphql/loaders.js';
import type { PrismaService } from '../common/prisma/prisma.service.js';

// Kept beside the request's other loaders, as users-by-id.loader.ts does.
const perRequest = new WeakMap<Loaders, DataLoader<string, UserIdentity[]>>();

/** Each user's single sign-on identities, batched per request, oldest first. */
export function identitiesByUser(
  loaders: Loaders,
  prisma: PrismaService,
): DataLoader<string, UserIdentity[]> {
  let loader = perRequest.get(loaders);
  if (!loader) {
    loader = new DataLoader(async (userIds) => {
      const rows = await prisma.userIdentity.findMany({
        where: { userId: { in: [...userIds] } },
        orderBy: { createdAt: 'asc' },
      });
      return userIds.map((id) => rows.filter((r) => r.userId === id));
    });
    perRequest.set(loaders, loader);
  }
  return loader;
}
