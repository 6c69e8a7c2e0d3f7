import type { Partner } from '../../src/generated/prisma/client.js';
import { randomBytes } from 'node:crypto';
import type { Role } from '../../src/generated/prisma/enums.js';
import argon2 from 'argon2';
import type { PrismaService } from '../../src/common/prisma/prisma.service.js';
import type { TestApp } from './test-app.js';
import { daysFromToday } from './clock.js';
import { gql } from './graphql.js';

const unique = () => randomBytes(4).toString('hex');

export const PASSWORD = 'correct horse battery staple';
/**
 * The test users' password hash: argon2id at its lowest cost. A hash carries its own parameters
 * and sign-in verifies with them, so each test sign-in takes 3 ms where the app's own cost (64 MiB,
 * 3 passes) takes 250 ms on CI's two cores, and the suite signs in over a thousand times.
 * Passwords the app sets (invitations, resets, the seed) keep the app's cost.
 */
let passwordHash: Promise<string> | undefined;
const cheapHash = (password: string) =>
  argon2.hash(password, { type: argon2.argon2id, memoryCost: 1024, timeCost: 1, parallelism: 1 });

export async function makePartner(prisma: PrismaService, name = `Partner ${unique()}`) {
  return prisma.partner.create({
    data: {
      name,
      kind: 'CHARITY',
      contactEmail: `contact-${unique()}@example.org`,
      contactPhone: '01234 000000',
    },
  });
}

export async function makeUser(prisma: PrismaService, role: Role, partnerId: string) {
  passwordHash ??= cheapHash(PASSWORD);
  return prisma.user.create({
    data: {
      email: `${role.toLowerCase()}-${unique()}@example.org`,
      name: `Test ${role}`,
      role,
      partnerId,
      passwordHash: await passwordHash,
    },
  });
}

/** A client signed in as a new user with this role in this partner organisation. */
export async function signedIn(t: TestApp, role: Role, partnerId: string) {
  const user = await makeUser(t.prisma, role, partnerId);
  const agent = t.agent();
  const res = await gql(agent, 'mutation($input: SignInInput!) { signIn(input: $input) { id } }', {
    input: { email: user.email, password: PASSWORD },
  });
  if (res.errors) throw new Error(`sign-in failed: ${JSON.stringify(res.errors)}`);
  return { agent, user };
}

/**
 * A plan with `priorities` priorities of `actionsPer` actions each. Action i is led by
 * partners[i % n], with the next partner supporting, and has two milestones (one overdue).
 */
export async function makePlan(
  prisma: PrismaService,
  options: {
    status?: 'DRAFT' | 'ACTIVE' | 'CLOSED';
    priorities?: number;
    actionsPer?: number;
    partners?: Partner[];
  } = {},
) {
  const { status = 'ACTIVE', priorities = 2, actionsPer = 3 } = options;
  const partners = options.partners ?? [await makePartner(prisma), await makePartner(prisma)];
  const owner = partners[0];
  const plan = await prisma.plan.create({
    data: {
      slug: `plan-${unique()}`,
      title: `Test plan ${unique()}`,
      startDate: daysFromToday(-730),
      endDate: daysFromToday(400),
      status,
      ownerPartnerId: owner.id,
    },
  });
  const rags = ['GREEN', 'AMBER', 'RED'] as const;
  let i = 0;
  for (let p = 1; p <= priorities; p++) {
    const priority = await prisma.priority.create({
      data: { planId: plan.id, number: p, title: `Priority ${p}` },
    });
    for (let a = 1; a <= actionsPer; a++, i++) {
      const lead = partners[i % partners.length];
      const supporter = partners[(i + 1) % partners.length];
      await prisma.action.create({
        data: {
          priorityId: priority.id,
          ref: `${p}.${a}`,
          title: `Action ${p}.${a}`,
          leadPartnerId: lead.id,
          rag: rags[i % 3],
          status: 'IN_PROGRESS',
          progress: 50,
          dueDate: daysFromToday(60),
          supporters: supporter.id !== lead.id ? { create: [{ partnerId: supporter.id }] } : undefined,
          milestones: {
            create: [
              { title: 'Overdue step', dueDate: daysFromToday(-900) },
              { title: 'Future step', dueDate: daysFromToday(60) },
            ],
          },
        },
      });
    }
  }
  return { plan, partners };
}
