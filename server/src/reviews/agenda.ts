import type { Picture, PictureAction } from './picture.js';

/** Why an action is on the meeting's agenda, most serious first. */
export enum ExceptionReason {
  RED = 'RED',
  AMBER_WORSENING = 'AMBER_WORSENING',
  OVERDUE_MILESTONE = 'OVERDUE_MILESTONE',
  NO_UPDATE = 'NO_UPDATE',
  OPEN_CHALLENGE = 'OPEN_CHALLENGE',
}

export interface AgendaItem {
  position: number;
  action: PictureAction;
  reasons: ExceptionReason[];
}

const FINISHED = new Set(['COMPLETED', 'CANCELLED']);

/** The reasons an action needs the meeting's attention; empty when it does not. */
export function exceptionsOf(
  action: PictureAction,
  previous: PictureAction | undefined,
  judgedOn: string,
): ExceptionReason[] {
  const reasons: ExceptionReason[] = [];
  const open = !FINISHED.has(action.status);
  if (open && action.rag === 'RED') reasons.push(ExceptionReason.RED);
  // Amber is an exception when it got worse: it was green in the last closed quarter.
  if (open && action.rag === 'AMBER' && previous?.rag === 'GREEN')
    reasons.push(ExceptionReason.AMBER_WORSENING);
  if (action.milestones.some((m) => m.completedOn === null && m.dueDate < judgedOn)) {
    reasons.push(ExceptionReason.OVERDUE_MILESTONE);
  }
  if (open && !action.updatedThisQuarter) reasons.push(ExceptionReason.NO_UPDATE);
  if (action.openChallenge) reasons.push(ExceptionReason.OPEN_CHALLENGE);
  return reasons;
}

const SEVERITY: Record<ExceptionReason, number> = {
  RED: 0,
  AMBER_WORSENING: 1,
  OPEN_CHALLENGE: 2,
  OVERDUE_MILESTONE: 3,
  NO_UPDATE: 4,
};

/**
 * The exceptions list of a cycle, as the meeting's agenda. Actions the reviewer has placed come
 * first, in their order; the rest follow, most serious first and then by reference.
 * `previous` is the last closed quarter's picture, for the amber trend.
 */
export function buildAgenda(
  picture: Picture,
  previous: Picture | null,
  order: readonly string[],
): AgendaItem[] {
  const before = new Map(previous?.actions.map((a) => [a.id, a]) ?? []);
  const items = picture.actions
    .map((action) => ({ action, reasons: exceptionsOf(action, before.get(action.id), picture.judgedOn) }))
    .filter((i) => i.reasons.length > 0);
  const placed = new Map(order.map((id, i) => [id, i]));
  const rank = (i: (typeof items)[number]) => placed.get(i.action.id) ?? Number.POSITIVE_INFINITY;
  const severity = (i: (typeof items)[number]) => Math.min(...i.reasons.map((r) => SEVERITY[r]));
  return items
    .map((item, index) => ({ item, index }))
    .sort((x, y) => {
      const [rx, ry] = [rank(x.item), rank(y.item)];
      if (rx !== ry) return rx < ry ? -1 : 1;
      // Both unplaced: most serious first, then plan order (the picture's order).
      return severity(x.item) - severity(y.item) || x.index - y.index;
    })
    .map(({ item }, i) => ({ position: i + 1, ...item }));
}
