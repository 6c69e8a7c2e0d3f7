import { isoDay, MONTHS, type AmendmentChange, type Day } from '@partnership-tracker/domain';

/** A day as people read it: 31 March 2026. */
export function longDay(day: Day | null | undefined): string {
  if (!day) return 'none';
  const [y, m, d] = isoDay(day).split('-').map(Number);
  return `${d} ${MONTHS[m! - 1]} ${y}`;
}

interface Lookup {
  action(
    id: string,
  ): { ref: string; title: string; startDate: Date | null; dueDate: Date | null; weight: number } | undefined;
  milestone(id: string): { title: string; dueDate: Date; actionRef: string } | undefined;
}

/**
 * A change in words, with the values it replaces, written when the amendment is proposed so the
 * record says what was agreed even after the plan moves on. Also the refs it touches.
 */
export function summariseChange(change: AmendmentChange, plan: Lookup): { summary: string; refs: string[] } {
  const a = change.actionId ? plan.action(change.actionId) : undefined;
  const ref = a?.ref ?? '?';
  const newRefs = (change.newActions ?? []).map((n) => n.ref);
  const named = (refs: string[]) => refs.join(', ');
  switch (change.kind) {
    case 'MOVE_DATES': {
      const parts = [];
      if (change.dueDate) parts.push(`due date from ${longDay(a?.dueDate)} to ${longDay(change.dueDate)}`);
      if (change.startDate !== undefined)
        parts.push(`start date from ${longDay(a?.startDate)} to ${longDay(change.startDate)}`);
      return { summary: `Move action ${ref}'s ${parts.join(' and ')}`, refs: [ref] };
    }
    case 'MOVE_MILESTONE': {
      const m = change.milestoneId ? plan.milestone(change.milestoneId) : undefined;
      return {
        summary: `Move milestone "${m?.title ?? '?'}" of action ${m?.actionRef ?? '?'} from ${longDay(m?.dueDate)} to ${longDay(change.dueDate)}`,
        refs: m ? [m.actionRef] : [],
      };
    }
    case 'CHANGE_SCOPE': {
      const parts = [];
      if (change.title) parts.push(`title from "${a?.title ?? '?'}" to "${change.title}"`);
      if (change.description !== undefined) parts.push('description');
      return { summary: `Change action ${ref}'s ${parts.join(' and ')}`, refs: [ref] };
    }
    case 'CHANGE_WEIGHT':
      return {
        summary: `Change action ${ref}'s weight from ${a?.weight ?? '?'} to ${change.weight}`,
        refs: [ref],
      };
    case 'ADD_ACTION': {
      const n = change.newActions?.[0];
      const count = n?.milestones?.length ?? 0;
      const milestones = count === 0 ? '' : count === 1 ? ', with 1 milestone' : `, with ${count} milestones`;
      return {
        summary: `Add action ${n?.ref}: ${n?.title}, due ${longDay(n?.dueDate)}${milestones}`,
        refs: newRefs,
      };
    }
    case 'RETIRE_ACTION':
      return { summary: `Retire action ${ref}: ${a?.title ?? ''}`.trim(), refs: [ref] };
    case 'SPLIT_ACTION':
      return { summary: `Split action ${ref} into ${named(newRefs)}`, refs: [ref, ...newRefs] };
    case 'MERGE_ACTIONS': {
      const refs = (change.actionIds ?? []).map((id) => plan.action(id)?.ref ?? '?');
      return { summary: `Merge actions ${named(refs)} into ${named(newRefs)}`, refs: [...refs, ...newRefs] };
    }
  }
}
