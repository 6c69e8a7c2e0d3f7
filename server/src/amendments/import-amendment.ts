import {
  baselinedFieldsChanged,
  checkAmendment,
  isoDay,
  type AmendmentChange,
} from '@partnership-tracker/domain';
import type { Action, Amendment, Plan } from '../generated/prisma/client.js';
import type { Viewer } from '../common/auth/viewer.js';
import { AppError, ErrorCode } from '../common/graphql/errors.js';
import type { Tx } from '../audit/audit.service.js';
import type { AmendmentsService } from './amendments.service.js';

const day = (d: Date | null | undefined) => (d ? isoDay(d) : null);

interface ImportedValues {
  priorityId: string;
  ref: string;
  title: string;
  description?: string | null;
  leadPartnerId: string;
  startDate?: Date | null;
  dueDate?: Date | null;
}

interface ImportedMilestone {
  title: string;
  dueDate: Date;
}

/**
 * A plan import into an active plan: its changes to the agreed baseline (new actions, titles,
 * descriptions, start and due dates, milestone due dates) are not written but gathered into one
 * PROPOSED amendment, judged by the same rules as one made in the form. Everything else in the
 * file (status, progress, partners, public summaries, new milestones) is imported as usual.
 */
export class ImportAmendment {
  private readonly changes: AmendmentChange[] = [];

  constructor(private readonly plan: Plan) {}

  /**
   * New actions: each proposed as an ADD_ACTION with its due date as the agreed one, and with
   * the milestones its row gives, made with it when the amendment is applied.
   */
  addActions(values: (ImportedValues & { milestones: ImportedMilestone[] })[]): void {
    for (const v of values) {
      this.changes.push({
        kind: 'ADD_ACTION',
        newActions: [
          {
            priorityId: v.priorityId,
            ref: v.ref,
            title: v.title,
            description: v.description ?? null,
            leadPartnerId: v.leadPartnerId,
            startDate: day(v.startDate),
            dueDate: day(v.dueDate) as string,
            ...(v.milestones.length
              ? { milestones: v.milestones.map((m) => ({ title: m.title, dueDate: isoDay(m.dueDate) })) }
              : {}),
          },
        ],
      });
    }
  }

  /** An update of an existing action: the baselined fields go to the amendment, the rest is returned. */
  holdBack<T extends Partial<ImportedValues>>(before: Action, values: T): T {
    const fields = baselinedFieldsChanged('action', before, values);
    if (fields.length === 0) return values;
    const rest: Record<string, unknown> = { ...values };
    for (const f of fields) delete rest[f];
    if (fields.includes('title') || fields.includes('description')) {
      this.changes.push({
        kind: 'CHANGE_SCOPE',
        actionId: before.id,
        ...(fields.includes('title') ? { title: values.title } : {}),
        ...(fields.includes('description') ? { description: values.description ?? null } : {}),
      });
    }
    if (fields.includes('startDate') || fields.includes('dueDate')) {
      this.changes.push({
        kind: 'MOVE_DATES',
        actionId: before.id,
        ...(fields.includes('startDate') ? { startDate: day(values.startDate) } : {}),
        ...(fields.includes('dueDate') ? { dueDate: day(values.dueDate) } : {}),
      });
    }
    return rest as T;
  }

  moveMilestone(id: string, dueDate: Date): void {
    this.changes.push({ kind: 'MOVE_MILESTONE', milestoneId: id, dueDate: isoDay(dueDate) });
  }

  /** Proposes the gathered changes as one amendment, in the import's transaction; null if none. */
  async propose(
    tx: Tx,
    amendments: AmendmentsService,
    viewer: Viewer,
    fileName: string,
  ): Promise<Amendment | null> {
    if (this.changes.length === 0) return null;
    const state = await amendments.amendable(tx, this.plan);
    const problems = checkAmendment(state, this.changes);
    if (problems.length) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        `The plan is active, so the file's changes to its agreed baseline become an amendment, and this one cannot be made: ${[
          ...new Set(problems.map((p) => p.message)),
        ].join('; ')}`,
      );
    }
    const name = fileName.length > 120 ? `${fileName.slice(0, 117)}...` : fileName;
    return amendments.proposeChecked(
      viewer,
      this.plan,
      state,
      {
        title: `Changes from the import of ${name}`,
        reason: `Proposed by the plan import of ${name}. The plan is active, so the file's changes to its agreed baseline (new actions, scope, dates) wait for approval as this amendment; the rest of the file was imported.`,
        cycleId: null,
        changes: this.changes,
      },
      tx,
    );
  }
}
