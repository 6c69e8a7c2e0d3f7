import { requireAdmin } from '../common/auth/access.js';
import { randomUUID } from 'node:crypto';
import { addContributions, loadContributionTargets } from './plan-contributions-db.js';
import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type { ImportRun, Prisma } from '../generated/prisma/client.js';
import type { ImportRunStatus } from '../generated/prisma/enums.js';
import type { Viewer } from '../common/auth/viewer.js';
import { AppError, badInput, notFound } from '../common/graphql/errors.js';
import { failure, ImportReason } from '../common/graphql/error-reasons.js';
import { LiveEventsService } from '../common/live/live-events.service.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { AuditService, type AuditedChange, type Tx } from '../audit/audit.service.js';
import { PlanEventKind, actorNameOf, publishPlanEvent } from '../live/plan-events.js';
import { bulkInsert, day, type BulkColumn } from '../common/prisma/bulk-insert.js';
import { ActionWrites, type ActionChange, type NewAction } from '../actions/action-writes.js';
import { ImportProgress } from './import-progress.js';
import {
  checkRows,
  decideImport,
  normaliseName,
  personalDataInRows,
  type ImportChanges,
  type ImportDecision,
  type ImportProblem,
  type NewPartner,
  type PlanContext,
  type RowAction,
  type RowReferences,
  type UnknownPartner,
} from './plan-rows.js';
import { fileKind, PLAN_COLUMNS, readSheet, UnreadableFileError, type ImportFileKind } from './plan-sheet.js';
import { Clock } from '../common/clock.js';
import { isBaselined } from '@partnership-tracker/domain';
import { AmendmentsService } from '../amendments/amendments.service.js';
import { ImportAmendment } from '../amendments/import-amendment.js';
import { freezeBaseline } from '../amendments/plan-version.js';
import {
  confirmedForAudit,
  requireConfirmation,
  type ConfirmedFinding,
} from '../common/privacy/guardrail.js';

/** The largest file accepted, in bytes. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** How long a check may stay unfinished before it counts as abandoned (by a stopped server). */
const ABANDONED_CHECK_MS = 30 * 60_000;

export interface UploadedFile {
  originalname: string;
  buffer: Buffer;
  size: number;
}

/** An ImportRun as the API shows it: the saved row, with this instance's live progress if any. */
export interface ImportRunView {
  id: string;
  planId: string;
  fileName: string;
  status: ImportRunStatus;
  progress: number;
  stage: string | null;
  rowCount: number;
  problems: ImportProblem[];
  changes: ImportChanges | null;
  unknownPartners: UnknownPartner[];
  error: string | null;
  requestedByEmail: string;
  createdAt: Date;
  finishedAt: Date | null;
}

const COLUMN_ORDER = new Map(PLAN_COLUMNS.map((c, i) => [c.header, i]));

/** Problems in the order people read the file: by row, then by column. */
export function sortProblems(problems: ImportProblem[]): ImportProblem[] {
  return [...problems].sort(
    (a, b) =>
      (a.row ?? 0) - (b.row ?? 0) ||
      (a.column ? (COLUMN_ORDER.get(a.column) ?? -1) : -1) -
        (b.column ? (COLUMN_ORDER.get(b.column) ?? -1) : -1),
  );
}

/** The file's problems as a BAD_USER_INPUT error: one field per problem ("row 5: Due date"). */
export function problemsError(problems: ImportProblem[], message: string): AppError {
  return failure(ImportReason.FILE_HAS_PROBLEMS, message, {
    fields: problems.map((p) => ({
      field: p.row === null ? 'file' : `row ${p.row}: ${p.column ?? 'row'}`,
      message: p.message,
    })),
    problems,
  });
}

/** The plan's priorities, partners, and actions with their supporters and milestones. */
async function loadPlan(db: Tx | PrismaService, planId: string): Promise<PlanContext> {
  const [priorities, partners, actions, contributionTargets] = await Promise.all([
    db.priority.findMany({
      where: { planId },
      select: { id: true, number: true, title: true, archivedAt: true },
    }),
    db.partner.findMany({ select: { id: true, name: true, archivedAt: true } }),
    db.action.findMany({
      where: { priority: { planId } },
      include: {
        supporters: { select: { partnerId: true } },
        milestones: { where: { archivedAt: null }, select: { id: true, title: true, dueDate: true } },
        contributesTo: { where: { archivedAt: null }, select: { priorityId: true, status: true } },
      },
    }),
    loadContributionTargets(db),
  ]);
  return {
    priorities,
    partners,
    actions: actions.map((a) => ({
      ...a,
      supporterIds: a.supporters.map((s) => s.partnerId),
      contributions: a.contributesTo,
    })),
    planId,
    contributionTargets,
  };
}

const json = (value: unknown) => value as Prisma.InputJsonValue;

// Columns of the milestones an import inserts in bulk (see bulk-insert.ts); the rest take their defaults.
const MILESTONE_COLUMNS: BulkColumn[] = [
  { name: 'id', type: 'uuid' },
  { name: 'actionId', type: 'uuid' },
  { name: 'title', type: 'text' },
  { name: 'dueDate', type: 'date' },
  { name: 'createdAt', type: 'timestamptz' },
  { name: 'updatedAt', type: 'timestamptz' },
  { name: 'publicChangedAt', type: 'timestamptz' },
];
@Injectable()
export class ImportsService implements OnModuleDestroy {
  private readonly logger = new Logger('Imports');
  private readonly jobs = new Set<Promise<void>>();

  constructor(
    private readonly prisma: PrismaService,
    private readonly progress: ImportProgress,
    private readonly live: LiveEventsService,
    private readonly audit: AuditService,
    private readonly actions: ActionWrites,
    private readonly clock: Clock,
    private readonly amendments: AmendmentsService,
  ) {}

  /** Shutting down waits for imports in progress, so none is cut off half-way. */
  async onModuleDestroy() {
    await Promise.allSettled([...this.jobs]);
  }

  /** Work that goes on after the request has its answer. */
  private background(work: () => Promise<void>) {
    const job = work().catch((error: unknown) => this.logger.error((error as Error).stack ?? String(error)));
    this.jobs.add(job);
    void job.finally(() => this.jobs.delete(job));
  }

  /** Resolves once every import this instance is working on has finished (tests, the benchmark). */
  async idle(): Promise<void> {
    while (this.jobs.size) await Promise.allSettled([...this.jobs]);
  }

  private assertAdmin(viewer: Viewer) {
    requireAdmin(viewer, 'applyPlanImport');
  }

  private async livePlan(planId: string) {
    const plan = await this.prisma.plan.findUnique({ where: { id: planId } });
    if (!plan || plan.archivedAt) throw notFound('The plan');
    return plan;
  }

  /**
   * Pass `live` as read before the row: the check saves its result and only then drops its live
   * figure, so a row read after the live figure is never older than it. (Read the other way
   * round, a poll could see the saved row still checking and no live figure: 0%.)
   */
  view(run: ImportRun, live = this.progress.get(run.id), now = this.clock.nowMs()): ImportRunView {
    // This instance's live figure wins while the saved row still shows the work in progress.
    const working = live && (run.status === 'VALIDATING' || run.status === 'IMPORTING');
    // A check takes seconds. One still unfinished long after is one a stopped server left behind:
    // say so, so the page stops waiting for it.
    // An import runs in one transaction, so one a stopped server left behind changed nothing.
    const abandoned =
      !live &&
      (run.status === 'VALIDATING' || run.status === 'IMPORTING') &&
      now - run.createdAt.getTime() > ABANDONED_CHECK_MS;
    return {
      id: run.id,
      planId: run.planId,
      fileName: run.fileName,
      status: working ? live.status : abandoned ? 'FAILED' : run.status,
      progress: working ? live.progress : run.progress,
      stage: working ? live.stage : abandoned ? null : run.stage,
      rowCount: run.rowCount,
      problems: (run.errors as ImportProblem[] | null) ?? [],
      changes: changesOf(run.changes as ImportChanges | null),
      unknownPartners: (run.unknownPartners as UnknownPartner[] | null) ?? [],
      error: !abandoned
        ? run.error
        : run.status === 'IMPORTING'
          ? 'The import stopped before it finished, so nothing was changed. Upload the file again.'
          : 'The check of this file stopped before it finished. Upload the file again.',
      requestedByEmail: run.requestedByEmail,
      createdAt: run.createdAt,
      finishedAt: run.finishedAt,
    };
  }

  async get(viewer: Viewer, id: string): Promise<ImportRunView> {
    this.assertAdmin(viewer);
    const live = this.progress.get(id);
    const run = await this.prisma.importRun.findUnique({ where: { id } });
    if (!run) throw notFound('The import');
    return this.view(run, live);
  }

  /** The plan's latest imports, newest first. */
  async list(viewer: Viewer, planId: string): Promise<ImportRunView[]> {
    this.assertAdmin(viewer);
    await this.livePlan(planId);
    const live = this.progress.snapshot();
    const runs = await this.prisma.importRun.findMany({
      where: { planId },
      orderBy: { createdAt: 'desc' },
      take: 20,
    });
    return runs.map((r) => this.view(r, live.get(r.id)));
  }

  /** Keeps the file and starts checking it. Answers at once; the check reports its progress. */
  async upload(viewer: Viewer, planId: string, file: UploadedFile | undefined): Promise<ImportRunView> {
    this.assertAdmin(viewer);
    await this.livePlan(planId);
    if (!file || file.size === 0) {
      throw badInput(
        [{ field: 'file', message: 'Choose an XLSX or CSV file' }],
        'Choose an XLSX or CSV file',
      );
    }
    const kind = fileKind(file.originalname, file.buffer);
    if (!kind) {
      const message = 'The file must be an XLSX spreadsheet or a CSV file';
      throw badInput([{ field: 'file', message }], message);
    }
    const run = await this.prisma.importRun.create({
      data: {
        planId,
        createdAt: this.clock.now(),
        fileName: file.originalname.slice(0, 255),
        contentType: kind === 'XLSX' ? XLSX_TYPE : 'text/csv',
        content: new Uint8Array(file.buffer),
        status: 'VALIDATING',
        stage: 'Waiting to check the file',
        requestedById: viewer.user!.id,
        requestedByEmail: viewer.user!.email,
      },
    });
    this.progress.set(run.id, { status: 'VALIDATING', progress: 0, stage: 'Waiting to check the file' });
    this.background(() => this.check(run.id, planId, kind, Buffer.from(run.content)));
    return this.view(run);
  }

  /** Reads and checks the file's rows, reporting progress (0 to 85%) to `report`. */
  private async readRows(
    kind: ImportFileKind,
    content: Buffer,
    report: (progress: number, stage: string) => void = () => undefined,
  ): Promise<{
    problems: ImportProblem[];
    rows: RowAction[];
    incomplete: RowReferences[];
    examples: number[];
    rowCount: number;
  }> {
    report(2, 'Reading the file');
    let sheet;
    try {
      sheet = await readSheet(kind, content);
    } catch (error) {
      if (error instanceof UnreadableFileError) {
        return {
          problems: [{ row: null, column: null, message: error.message }],
          rows: [],
          incomplete: [],
          examples: [],
          rowCount: 0,
        };
      }
      throw error;
    }
    const checked = await checkRows(sheet, (done, total) =>
      report(
        5 + Math.round((done / total) * 80),
        `Checking row ${done.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')}`,
      ),
    );
    return { ...checked, rowCount: sheet.rows.length };
  }

  private async check(id: string, planId: string, kind: ImportFileKind, content: Buffer) {
    try {
      const { problems, rows, incomplete, examples, rowCount } = await this.readRows(
        kind,
        content,
        (progress, stage) => this.progress.set(id, { status: 'VALIDATING', progress, stage }),
      );
      this.progress.set(id, {
        status: 'VALIDATING',
        progress: 90,
        stage: 'Comparing the file with the plan',
      });
      const plan = await loadPlan(this.prisma, planId);
      // Rows with problems of their own are checked against the plan too: every problem, one pass.
      const decision = decideImport(rows, plan, { incomplete });
      const all = sortProblems([...problems, ...decision.problems]);
      const personalData = personalDataInRows(rows, plan);
      await this.prisma.importRun.update({
        where: { id },
        data: {
          status: all.length ? 'INVALID' : 'READY',
          progress: 100,
          stage: null,
          rowCount,
          errors: json(all),
          changes: all.length ? undefined : json({ ...decision.changes, personalData, examples }),
          unknownPartners: json(decision.unknownPartners),
          finishedAt: all.length ? this.clock.now() : null,
        },
      });
    } catch (error) {
      this.logger.error((error as Error).stack ?? String(error));
      await this.prisma.importRun.update({
        where: { id },
        data: {
          status: 'FAILED',
          stage: null,
          error: 'The file could not be checked. Try again, and tell us if it keeps happening.',
          finishedAt: this.clock.now(),
        },
      });
    } finally {
      this.progress.done(id);
    }
  }

  /**
   * Imports a checked file: every row in one transaction, or nothing. Checks the file again
   * against the plan as it is now, with the partners the user chose to create, first; any
   * problem is BAD_USER_INPUT and nothing is written. Answers once the import has started.
   */
  async apply(
    viewer: Viewer,
    input: { importRunId: string; createPartners?: NewPartner[]; confirmPersonalData?: boolean },
  ): Promise<ImportRunView> {
    this.assertAdmin(viewer);
    const run = await this.prisma.importRun.findUnique({ where: { id: input.importRunId } });
    if (!run) throw notFound('The import');
    await this.livePlan(run.planId);
    this.assertReady(run.status);
    const kind = fileKind(run.fileName, Buffer.from(run.content))!;
    // Checked again without reporting progress: the run is READY until it is claimed below.
    const { problems, rows } = await this.readRows(kind, Buffer.from(run.content));
    const createPartners = dedupePartners(input.createPartners ?? []);
    const plan = await loadPlan(this.prisma, run.planId);
    const decision = decideImport(rows, plan, { createPartners, partnersDecided: true });
    const all = sortProblems([...problems, ...decision.problems]);
    if (all.length) throw problemsError(all, 'The file has problems: nothing was imported');
    // The same stop as the forms': published text that looks like personal data needs confirming.
    const confirmed = requireConfirmation(
      personalDataInRows(rows, plan).map((f) => ({
        field: `row ${f.row}: ${f.column}`,
        kind: f.kind,
        text: f.text,
      })),
      input.confirmPersonalData,
    );

    // Claiming the run is one statement, so of two requests (on any instances) one wins.
    const { count } = await this.prisma.importRun.updateMany({
      where: { id: run.id, status: 'READY' },
      data: { status: 'IMPORTING', progress: 0, stage: 'Importing' },
    });
    if (count === 0) throw failure(ImportReason.ALREADY_APPLIED, 'This import has already been applied');
    this.progress.set(run.id, { status: 'IMPORTING', progress: 0, stage: 'Waiting to import' });
    this.background(() => this.runImport(viewer, run, rows, createPartners, confirmed));
    return this.view({ ...run, status: 'IMPORTING', progress: 0, stage: 'Importing' });
  }

  private assertReady(status: ImportRunStatus) {
    switch (status) {
      case 'READY':
        return;
      case 'DONE':
        throw failure(ImportReason.ALREADY_APPLIED, 'This import has already been applied');
      case 'IMPORTING':
        throw failure(ImportReason.BEING_APPLIED, 'This import is already being applied');
      case 'VALIDATING':
        throw failure(
          ImportReason.STILL_CHECKING,
          'The file is still being checked. Wait for the check to finish',
        );
      case 'INVALID':
        throw failure(
          ImportReason.CHECK_FOUND_PROBLEMS,
          'The file has problems. Correct them and upload it again',
        );
      case 'FAILED':
        throw failure(ImportReason.FAILED, 'This import failed. Upload the file again');
    }
  }

  private async runImport(
    viewer: Viewer,
    run: ImportRun,
    rows: RowAction[],
    createPartners: NewPartner[],
    confirmed: ConfirmedFinding[],
  ) {
    const step = (progress: number, stage: string) =>
      this.progress.set(run.id, { status: 'IMPORTING', progress, stage });
    try {
      const changes = await this.prisma.$transaction(
        async (tx) => {
          step(1, 'Reading the plan');
          // Decided again inside the transaction, on the plan as it is now.
          const decision = decideImport(rows, await loadPlan(tx, run.planId), {
            createPartners,
            partnersDecided: true,
          });
          if (decision.problems.length) {
            throw new PlanChangedError(
              'The plan changed while the file was being imported. Upload the file again',
            );
          }
          const result = await this.write(tx, viewer, run, decision, step, confirmed);
          step(99, 'Saving the result');
          await tx.importRun.update({
            where: { id: run.id },
            data: {
              status: 'DONE',
              progress: 100,
              stage: null,
              changes: json(result),
              errors: json([]),
              finishedAt: this.clock.now(),
            },
          });
          return result;
        },
        // A large plan takes a while on embedded PGlite; nothing else waits on these rows.
        { timeout: 10 * 60_000, maxWait: 60_000 },
      );
      this.progress.done(run.id);
      if (changes.created.length || changes.updated.length) {
        await publishPlanEvent(this.live, {
          kind: PlanEventKind.ACTION_UPDATED,
          planId: run.planId,
          actorName: actorNameOf(viewer),
        });
      }
    } catch (error) {
      if (!(error instanceof PlanChangedError)) this.logger.error((error as Error).stack ?? String(error));
      this.progress.done(run.id);
      await this.prisma.importRun.update({
        where: { id: run.id },
        data: {
          status: 'FAILED',
          stage: null,
          error:
            error instanceof PlanChangedError || error instanceof AppError
              ? error.message
              : 'The import failed, so nothing was changed. Try again, and tell us if it keeps happening.',
          finishedAt: this.clock.now(),
        },
      });
    }
  }

  /**
   * Writes the decided changes in the caller's transaction. Actions go through ActionWrites, the
   * path the API's forms use: the same version check and bump, and the same audit events.
   */
  private async write(
    tx: Tx,
    viewer: Viewer,
    run: ImportRun,
    decision: ImportDecision,
    step: (progress: number, stage: string) => void,
    confirmed: ConfirmedFinding[],
  ): Promise<ImportChanges> {
    const operation = 'applyPlanImport';
    const audit: AuditedChange[] = [];
    const event = (
      recordType: string,
      recordId: string,
      actionId: string | null,
      before: object | null,
      after: object | null,
    ) => audit.push({ operation, recordType, recordId, actionId, before, after });

    const plan = await tx.plan.findUniqueOrThrow({ where: { id: run.planId } });
    const amend = isBaselined(plan.status) ? new ImportAmendment(plan) : null;
    // The baseline is what the plan said before the file: frozen first, if it never was.
    if (amend) await freezeBaseline(tx, plan, { email: viewer.user!.email, at: this.clock.now() });

    step(3, 'Adding partners and priorities');
    const partners = new Map<string, string>();
    for (const p of await tx.partner.findMany({ select: { id: true, name: true } })) {
      partners.set(normaliseName(p.name), p.id);
    }
    if (decision.partnersToCreate.length) {
      const created = await tx.partner.createManyAndReturn({ data: decision.partnersToCreate });
      for (const p of created) {
        partners.set(normaliseName(p.name), p.id);
        event('Partner', p.id, null, null, p);
      }
    }
    const priorities = new Map<number, string>();
    for (const p of await tx.priority.findMany({ where: { planId: run.planId } }))
      priorities.set(p.number, p.id);
    if (decision.prioritiesToCreate.length) {
      const created = await tx.priority.createManyAndReturn({
        data: decision.prioritiesToCreate.map((p) => ({ ...p, planId: run.planId })),
      });
      for (const p of created) {
        priorities.set(p.number, p.id);
        event('Priority', p.id, null, null, p);
      }
    }
    const partnerId = (name: string) => partners.get(normaliseName(name))!;
    const valuesOf = (w: ImportDecision['writes'][number]) => ({
      priorityId: priorities.get(w.values.priorityNumber)!,
      ref: w.values.ref,
      title: w.values.title,
      description: w.values.description,
      leadPartnerId: partnerId(w.values.lead),
      startDate: w.values.startDate,
      dueDate: w.values.dueDate,
      status: w.values.status,
      progress: w.values.progress,
      publicSummary: w.values.publicSummary,
    });
    const milestones: { id: string; actionId: string; title: string; dueDate: Date }[] = [];
    const addMilestones = (actionId: string, added: { title: string; dueDate: Date }[]) => {
      for (const m of added)
        milestones.push({ id: randomUUID(), actionId, title: m.title, dueDate: m.dueDate });
    };

    // New actions: a few statements whatever their number.
    const newOnes = decision.writes.filter((w) => !w.existing);
    // In an active plan, new actions and changes to the baseline are proposed as an amendment.
    if (amend) amend.addActions(newOnes.map((w) => ({ ...valuesOf(w), milestones: w.milestonesToAdd })));
    const creates = amend ? [] : newOnes;
    step(5, `Adding ${creates.length} actions`);
    const actionIdByRef = new Map<string, string>();
    const created = await this.actions.create(
      tx,
      viewer,
      operation,
      creates.map((w): NewAction => ({
        values: valuesOf(w),
        supporterIds: w.values.supporters.map(partnerId),
      })),
    );
    for (const [i, a] of created.entries()) {
      actionIdByRef.set(a.ref, a.id);
      addMilestones(a.id, creates[i]!.milestonesToAdd);
    }

    // Changed actions: each checks its version, as a change on its page does. One whose only
    // change is a milestone still has its version bumped, as the milestones are part of it.
    step(30, `Updating ${decision.writes.length - creates.length} actions`);
    const updates = decision.writes.filter((w) => w.existing && w.changed);
    const rows = await tx.action.findMany({ where: { id: { in: updates.map((w) => w.existing!.id) } } });
    const rowById = new Map(rows.map((r) => [r.id, r]));
    const changes: ActionChange[] = [];
    for (const w of updates) {
      const before = rowById.get(w.existing!.id)!;
      actionIdByRef.set(before.ref, before.id);
      changes.push({
        // The version the plan was decided on, in this transaction.
        before: { ...before, version: w.existing!.version },
        changes: amend ? amend.holdBack(before, valuesOf(w)) : valuesOf(w),
        supportersBefore: w.existing!.supporterIds,
        supporterIds: w.supportersChanged ? w.values.supporters.map(partnerId) : undefined,
      });
      addMilestones(before.id, w.milestonesToAdd);
      for (const m of w.milestonesToMove) {
        if (amend) {
          amend.moveMilestone(m.id, m.dueDate);
          continue;
        }
        await tx.milestone.update({ where: { id: m.id }, data: { dueDate: m.dueDate } });
        event('Milestone', m.id, before.id, { dueDate: m.before }, { dueDate: m.dueDate });
      }
    }
    await this.actions.update(
      tx,
      viewer,
      operation,
      changes,
      (before) =>
        new PlanChangedError(
          `Someone changed action ${before.ref} while the file was being imported. Upload the file again`,
        ),
    );

    step(86, 'Linking actions to other plans');
    for (const w of decision.writes) {
      const actionId = actionIdByRef.get(w.values.ref) ?? w.existing?.id;
      if (actionId && w.contributionsToAdd.length) {
        const links = await addContributions(tx, viewer, actionId, w.contributionsToAdd, this.clock.now());
        for (const l of links) event('ActionContribution', l.after.id, actionId, l.before, l.after);
      }
    }

    step(88, 'Adding milestones');
    const now = this.clock.now();
    await bulkInsert(
      tx,
      'Milestone',
      MILESTONE_COLUMNS,
      milestones.map((m) => ({
        ...m,
        dueDate: day(m.dueDate),
        createdAt: now,
        updatedAt: now,
        publicChangedAt: now,
      })),
    );
    for (const m of milestones) event('Milestone', m.id, m.actionId, null, m);

    const result: ImportChanges = {
      ...decision.changes,
      created: decision.changes.created.map((a) => ({ ...a, actionId: actionIdByRef.get(a.ref) ?? null })),
    };
    const proposed = amend && (await amend.propose(tx, this.amendments, viewer, run.fileName));
    step(95, 'Recording the audit trail');
    event('ImportRun', run.id, null, null, {
      fileName: run.fileName,
      rows: run.rowCount,
      created: result.created.length,
      updated: result.updated.length,
      unchanged: result.unchanged.length,
      notInFile: result.notInFile.length,
      prioritiesCreated: result.prioritiesCreated.length,
      partnersCreated: result.partnersCreated.map((p) => p.name),
      ...(proposed ? { proposedAmendment: proposed.number } : {}),
      ...confirmedForAudit(confirmed),
    });
    await this.audit.recordChanges(tx, viewer, audit);
    return result;
  }
}

class PlanChangedError extends Error {}

/** A run's stored changes; runs made before the preview showed publishing count as published. */
function changesOf(changes: ImportChanges | null): ImportChanges | null {
  if (!changes) return null;
  const published = (actions: ImportChanges['created']) =>
    actions.map((a) => ({ ...a, published: a.published ?? true }));
  return {
    ...changes,
    created: published(changes.created),
    updated: published(changes.updated),
    unchanged: published(changes.unchanged),
    notInFile: published(changes.notInFile),
    personalData: changes.personalData ?? [],
    examples: changes.examples ?? [],
  };
}

function dedupePartners(partners: NewPartner[]): NewPartner[] {
  return [...new Map(partners.map((p) => [normaliseName(p.name), { ...p, name: p.name.trim() }])).values()];
}
