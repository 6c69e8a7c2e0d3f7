import type { PictureAction } from './picture.js';

/** An open, green, up-to-date action of a picture, for tests: override what matters. */
export function pictureAction(id: string, over: Partial<PictureAction> = {}): PictureAction {
  return {
    id,
    ref: id,
    title: `Action ${id}`,
    priorityId: 'p1',
    priorityNumber: 1,
    leadPartnerId: 'lead',
    leadPartnerName: 'Lead',
    status: 'IN_PROGRESS',
    rag: 'GREEN',
    ragReason: null,
    progress: 50,
    weight: 1,
    startDate: null,
    dueDate: null,
    latestCommentary: null,
    latestUpdateAt: null,
    updatedThisQuarter: true,
    milestones: [],
    decision: null,
    escalatedTo: null,
    openChallenge: false,
    entries: [],
    followUps: [],
    ...over,
  };
}
