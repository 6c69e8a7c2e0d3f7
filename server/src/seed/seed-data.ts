import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { PLAN_SLUG } from '@partnership-tracker/domain';
import { ActionStatus, Area, PartnerKind, PlanStatus, Rag, Role } from '../generated/prisma/enums.js';

// The seed is data, in prisma/seed/*.json, so another partnership can load its own plans
// by editing JSON. Every file is checked here before anything is written.
export const SEED_DIR = fileURLToPath(new URL('../../../prisma/seed', import.meta.url));

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2026-04-01');

const partner = z.object({
  name: z.string().min(2),
  kind: z.enum(PartnerKind),
  website: z.string().url().optional(),
  description: z.string().optional(),
  contactEmail: z.string().email().optional(),
  contactPhone: z.string().optional(),
});

const milestone = z.object({
  title: z.string().min(3),
  dueDate: isoDate,
  completedOn: isoDate.optional(),
  evidence: z.string().optional(),
});

const action = z.object({
  ref: z.string().regex(/^\d+(\.\d+)*$/),
  title: z.string().min(3),
  description: z.string().optional(),
  /** Plain language for the public progress page and open data; no personal details. */
  publicSummary: z.string().optional(),
  /** False keeps the action off the public page and open data. Defaults to true. */
  published: z.boolean().optional(),
  /** Partner names, exactly as in partners.json. */
  lead: z.string(),
  supporters: z.array(z.string()).optional(),
  startDate: isoDate.optional(),
  dueDate: isoDate.optional(),
  status: z.enum(ActionStatus),
  rag: z.enum(Rag),
  progress: z.number().int().min(0).max(100),
  weight: z.number().int().min(1).max(10).optional(),
  area: z.enum(Area),
  /** True where the action illustrates rather than quotes a published document. */
  example: z.boolean().optional(),
  milestones: z.array(milestone),
});

const plan = z.object({
  slug: z.string().regex(PLAN_SLUG.pattern),
  title: z.string().min(3),
  summary: z.string(),
  startDate: isoDate,
  endDate: isoDate,
  status: z.enum(PlanStatus),
  owner: z.string(),
  /** How residents contact the partnership: a team mailbox and a web page, shown publicly. */
  contactEmail: z.string().email().optional(),
  contactUrl: z.string().url().optional(),
  priorities: z.array(
    z.object({
      number: z.number().int().min(1),
      title: z.string().min(3),
      description: z.string().optional(),
      actions: z.array(action),
    }),
  ),
});

const user = z.object({
  email: z.string().email(),
  name: z.string(),
  role: z.enum(Role),
  partner: z.string(),
});

export type SeedPartner = z.infer<typeof partner>;
export type SeedPlan = z.infer<typeof plan>;
export type SeedUser = z.infer<typeof user>;

export interface SeedData {
  partners: SeedPartner[];
  plans: SeedPlan[];
  demoUsers: SeedUser[];
}

/** For the embedded demo only: it is published here, so never create demo users on real data. */
export const DEMO_PASSWORD = 'rural-crime-2024';

function readJson<T>(dir: string, file: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Seed file ${file} is not valid:\n${where}`);
  }
  return parsed.data;
}

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** The example organisation running the demo (its settings page's values), in organisation.json. */
const organisation = z.object({
  serviceName: z.string().nullable(),
  organisationName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  postalAddress: z.string().nullable(),
  dataControllerName: z.string().nullable(),
  dpoName: z.string().nullable(),
  dpoEmail: z.string().nullable(),
  accessibilityCompliance: z.enum(['FULLY', 'PARTIALLY', 'NOT']).nullable(),
  accessibilityNonAccessible: z.string().nullable(),
  accessibilityTesting: z.string().nullable(),
  accessibilityTestedOn: isoDay.nullable(),
  accessibilityPreparedOn: isoDay.nullable(),
  accessibilityReviewedOn: isoDay.nullable(),
  privacyPurposes: z.string().nullable(),
  privacyLawfulBasis: z.string().nullable(),
  privacyRecipients: z.string().nullable(),
});
export type SeedOrganisation = z.infer<typeof organisation>;

export function loadSeedOrganisation(dir = SEED_DIR): SeedOrganisation {
  return readJson(dir, 'organisation.json', organisation);
}

export function loadSeedData(dir = SEED_DIR): SeedData {
  const planFiles = readdirSync(dir)
    .filter((f) => /^plan-.*\.json$/.test(f))
    .sort();
  return {
    partners: readJson(dir, 'partners.json', z.array(partner)),
    plans: planFiles.map((f) => readJson(dir, f, plan)),
    demoUsers: readJson(dir, 'demo-users.json', z.array(user)),
  };
}
