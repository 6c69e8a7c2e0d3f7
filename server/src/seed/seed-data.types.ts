// Shapes of the seed data. Every fact comes from shared domain notes or the OPCC's published
// documents; anything invented is marked `example: true` and listed in docs/seed-data.md.
import type { ActionStatus, Area, PartnerKind, PlanStatus, Rag, Role } from '../generated/prisma/enums.js';

export interface SeedPartner {
  name: string;
  kind: PartnerKind;
  website?: string;
  description?: string;
  contactEmail?: string;
  contactPhone?: string;
}

export interface SeedMilestone {
  title: string;
  /** ISO date, e.g. '2024-09-30' */
  dueDate: string;
  completedOn?: string;
  evidence?: string;
}

export interface SeedAction {
  /** Reference within the plan, e.g. '1.3' (priority number, then action number). */
  ref: string;
  title: string;
  description?: string;
  /** Partner name, exactly as in the partner directory. */
  lead: string;
  supporters?: string[];
  startDate?: string;
  dueDate?: string;
  status: ActionStatus;
  rag: Rag;
  progress: number;
  weight?: number;
  area: Area;
  /** True where the action is illustrative rather than taken from a published document. */
  example?: boolean;
  milestones: SeedMilestone[];
}

export interface SeedPriority {
  number: number;
  title: string;
  description?: string;
  actions: SeedAction[];
}

export interface SeedPlan {
  slug: string;
  title: string;
  summary: string;
  startDate: string;
  endDate: string;
  status: PlanStatus;
  /** Partner name of the owning organisation. */
  owner: string;
  priorities: SeedPriority[];
}

export interface SeedUser {
  email: string;
  name: string;
  role: Role;
  /** Partner name. */
  partner: string;
}
