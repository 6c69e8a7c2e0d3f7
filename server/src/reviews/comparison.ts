import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { parseISO } from 'date-fns/parseISO';
import type { Rag } from '../generated/prisma/enums.js';
import type { Picture, PictureAction } from './picture.js';

export interface ActionRef {
  id: string;
  ref: string;
  title: string;
}

export interface RagMovement {
  from: Rag;
  to: Rag;
  count: number;
  actions: ActionRef[];
}

export interface ProgressChange {
  from: number;
  to: number;
  change: number;
}

export interface SlippedMilestone {
  action: ActionRef;
  milestoneId: string;
  title: string;
  fromDue: string;
  toDue: string;
  days: number;
}

export interface Comparison {
  from: string;
  to: string;
  ragMovements: RagMovement[];
  plan: ProgressChange;
  priorities: (ProgressChange & { number: number; title: string })[];
  actions: (ProgressChange & ActionRef)[];
  completed: ActionRef[];
  added: ActionRef[];
  removed: ActionRef[];
  deferred: ActionRef[];
  slippedMilestones: SlippedMilestone[];
}

const RAG_ORDER: Record<Rag, number> = { GREEN: 0, AMBER: 1, RED: 2 };
const refOf = (a: PictureAction): ActionRef => ({ id: a.id, ref: a.ref, title: a.title });
const change = (from: number, to: number): ProgressChange => ({ from, to, change: to - from });

/**
 * What moved between two pictures of a plan: RAG movements, progress per action and priority,
 * actions completed, added, removed and deferred, and milestones whose due date moved later.
 * Pure, so the same comparison comes out of two snapshots or a snapshot and the live data.
 */
export function comparePictures(from: Picture, to: Picture, toLabel = to.quarter): Comparison {
  const before = new Map(from.actions.map((a) => [a.id, a]));
  const after = new Map(to.actions.map((a) => [a.id, a]));
  const both = to.actions.filter((a) => before.has(a.id));

  const movements = new Map<string, RagMovement>();
  for (const a of both) {
    const was = before.get(a.id)!;
    if (was.rag === a.rag) continue;
    const key = `${was.rag}>${a.rag}`;
    const m = movements.get(key) ?? { from: was.rag, to: a.rag, count: 0, actions: [] };
    m.count += 1;
    m.actions.push(refOf(a));
    movements.set(key, m);
  }

  const prioritiesBefore = new Map(from.priorities.map((p) => [p.id, p]));
  const slipped: SlippedMilestone[] = [];
  for (const a of both) {
    const was = new Map(before.get(a.id)!.milestones.map((m) => [m.id, m]));
    for (const m of a.milestones) {
      const old = was.get(m.id);
      if (!old || m.dueDate <= old.dueDate) continue;
      slipped.push({
        action: refOf(a),
        milestoneId: m.id,
        title: m.title,
        fromDue: old.dueDate,
        toDue: m.dueDate,
        days: differenceInCalendarDays(parseISO(m.dueDate), parseISO(old.dueDate)),
      });
    }
  }

  return {
    from: from.quarter,
    to: toLabel,
    // Worsening first, then by how many actions moved.
    ragMovements: [...movements.values()].sort(
      (x, y) =>
        RAG_ORDER[y.to] - RAG_ORDER[y.from] - (RAG_ORDER[x.to] - RAG_ORDER[x.from]) || y.count - x.count,
    ),
    plan: change(from.plan.progress, to.plan.progress),
    priorities: to.priorities.map((p) => ({
      number: p.number,
      title: p.title,
      ...change(prioritiesBefore.get(p.id)?.progress ?? 0, p.progress),
    })),
    actions: both.map((a) => ({ ...refOf(a), ...change(before.get(a.id)!.progress, a.progress) })),
    completed: to.actions
      .filter((a) => a.status === 'COMPLETED' && before.get(a.id)?.status !== 'COMPLETED')
      .map(refOf),
    added: to.actions.filter((a) => !before.has(a.id)).map(refOf),
    removed: from.actions.filter((a) => !after.has(a.id)).map(refOf),
    deferred: to.actions
      .filter((a) => a.status === 'DEFERRED' && before.get(a.id)?.status !== 'DEFERRED')
      .map(refOf),
    slippedMilestones: slipped.sort((x, y) => y.days - x.days),
  };
}
