import { planVisibility } from '../common/auth/visibility.js';
import { reportRefusal } from '../common/auth/access.js';
import { createHash } from 'node:crypto';
import {
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { Plan, Prisma, ReportRun, ReviewCycle } from '../generated/prisma/client.js';
import type { ReportFormat, ReportRunStatus } from '../generated/prisma/enums.js';
import { AuditService } from '../audit/audit.service.js';
import { canReadInternalNotes, isAdmin } from '../common/auth/permissions.js';
import type { Viewer } from '../common/auth/viewer.js';
import { badInput, forbidden, notFound, unauthenticated } from '../common/graphql/errors.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { quarterAt } from '@partnership-tracker/domain';
import type { Picture } from '../reviews/picture.js';
import { PicturesService } from '../reviews/pictures.service.js';
import { orderOf, quarterOfCycle } from '../reviews/review-cycles.service.js';
import { FORMAT_FILES, REPORT_FORMATS, renderAll, stopRenderWorker, type Rendered } from './render.js';
import { buildReportModel, hashModel, reportBaseName, type ReportModel } from './report-model.js';
import { reportAlignment } from '../alignment/report-alignment.js';
import { evidenceForReport } from './evidence-appendix.js';
import { reportBaseline } from './baseline-section.js';
import type { GenerateReportInput } from './reports.inputs.js';
import { Clock } from '../common/clock.js';
import { OrganisationService } from '../organisation/organisation.service.js';

const FILE_FIELDS = {
  id: true,
  format: true,
  fileName: true,
  sizeBytes: true,
  sha256: true,
  renderMs: true,
} as const;

/** A report run with its files' details (never their bytes), as the API shows it. */
export type RunWithFiles = ReportRun & {
  files: {
    id: string;
    format: ReportFormat;
    fileName: string;
    sizeBytes: number;
    sha256: string;
    renderMs: number;
  }[];
};

/**
 * A report left unfinished longer than this belongs to an instance that died: making one takes
 * seconds. Another live instance (PostgreSQL) may be making one right now, so younger ones are left.
 */
const ABANDONED_AFTER_MS = 10 * 60_000;

/**
 * Panel report packs: checks and queues a request, then builds the report model once and renders
 * each format in the background (a worker thread in the built server), keeping every run.
 */
@Injectable()
export class ReportsService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = new Logger('Reports');
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly pictures: PicturesService,
    private readonly clock: Clock,
    private readonly organisation: OrganisationService,
  ) {}

  /** Marks runs that a stopped instance left unfinished as failed, so nobody waits on them. */
  async onApplicationBootstrap() {
    // Embedded PGlite belongs to this one process: anything unfinished was left by its last life.
    const cutoff =
      this.prisma.kind === 'pglite' ? this.clock.now() : new Date(this.clock.nowMs() - ABANDONED_AFTER_MS);
    const { count } = await this.prisma.reportRun.updateMany({
      where: { status: { in: ['QUEUED', 'RUNNING'] }, createdAt: { lt: cutoff } },
      data: {
        status: 'FAILED',
        stage: 'Stopped',
        error: 'The server stopped while the report was being made. Make it again.',
        finishedAt: this.clock.now(),
      },
    });
    if (count) this.log.warn(`Marked ${count} abandoned report run(s) as failed`);
  }

  /** Lets reports being made finish before the database closes (up to a few seconds). */
  async beforeApplicationShutdown() {
    await Promise.race([
      Promise.allSettled([...this.running]),
      new Promise((resolve) => setTimeout(resolve, 4_000).unref()),
    ]);
    await stopRenderWorker();
  }

  /** Signed-in staff of a plan they can read; the Panel once the plan is no longer a draft. */
  canRead(viewer: Viewer, plan: Plan): boolean {
    return !!viewer.user && planVisibility.canSee(viewer, plan) && canReadInternalNotes(viewer, plan);
  }

  private async readablePlan(viewer: Viewer, planId: string): Promise<Plan> {
    if (!viewer.user) throw unauthenticated('Sign in to see Panel reports');
    const plan = await this.prisma.plan.findUnique({ where: { id: planId } });
    if (!plan || !planVisibility.canSee(viewer, plan)) throw notFound('The plan');
    if (!this.canRead(viewer, plan)) throw forbidden('Panel reports of a draft plan are for its team');
    return plan;
  }

  /**
   * Asks for a report pack. A request that finds the same report already queued or being made
   * (a double click, two people at once) gets that run. The Panel gets the report of a closed
   * quarter: the one already made if there is one, otherwise a new one, made once.
   */
  async generate(viewer: Viewer, input: GenerateReportInput): Promise<RunWithFiles> {
    const refusal = reportRefusal(viewer, { closedQuarter: !!input.cycleId });
    if (refusal) throw refusal;
    const plan = await this.readablePlan(viewer, input.planId);
    const formats = REPORT_FORMATS.filter((f) => (input.formats ?? REPORT_FORMATS).includes(f));
    let cycle: ReviewCycle | null = null;
    if (input.cycleId) {
      cycle = await this.prisma.reviewCycle.findUnique({ where: { id: input.cycleId } });
      if (!cycle || cycle.planId !== plan.id || cycle.status !== 'CLOSED') {
        throw badInput([
          { field: 'cycleId', message: 'Choose a closed review of this plan, or live data for a draft' },
        ]);
      }
    }
    // A draft reports on the quarter under review, or the current one when none is.
    const open = cycle ? null : await this.openCycle(plan);
    const reported = cycle ?? open;
    const quarter = (reported ? quarterOfCycle(reported) : quarterAt(this.clock.now())).label;
    const user = viewer.user!;
    // Someone who cannot choose to remake a report gets the one made already, while it still has
    // its files: the retention job deletes report files after their period, and then it is made again.
    const making: ReportRunStatus[] = ['QUEUED', 'RUNNING'];
    const reuse: Prisma.ReportRunWhereInput[] = isAdmin(viewer)
      ? [{ status: { in: making } }]
      : [{ status: { in: making } }, { status: 'DONE', files: { some: {} } }];
    const { run, made } = await this.prisma.$transaction(async (tx) => {
      // One request for a plan's report at a time, across instances: the second finds the first.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`report:${plan.id}:${cycle?.id ?? 'draft'}`}))`;
      const existing = await tx.reportRun.findFirst({
        where: { planId: plan.id, cycleId: cycle?.id ?? null, draft: !cycle, OR: reuse },
        include: { files: { select: FILE_FIELDS, orderBy: { createdAt: 'asc' } } },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      });
      if (existing) return { run: existing, made: false };
      const created = await tx.reportRun.create({
        data: {
          planId: plan.id,
          createdAt: this.clock.now(),
          cycleId: cycle?.id ?? null,
          draft: !cycle,
          title: `${plan.title}: Panel report, ${quarter}${cycle ? '' : ' (draft)'}`,
          stage: 'Waiting to start',
          requestedById: user.id,
          requestedByName: user.name,
          requestedByEmail: user.email,
        },
      });
      await this.audit.recordChange(tx, viewer, {
        operation: 'generateReport',
        recordType: 'ReportRun',
        recordId: created.id,
        actionId: null,
        before: null,
        after: created,
      });
      return { run: { ...created, files: [] }, made: true };
    });
    if (!made) return run;
    // The request returns now; the report is made in the background and polled with reportRun.
    const job = this.make(run.id, plan, cycle, open, formats).finally(() => this.running.delete(job));
    this.running.add(job);
    return run;
  }

  /** The plan's latest cycle not yet closed: a draft reports on its quarter and its review so far. */
  private openCycle(plan: Plan) {
    return this.prisma.reviewCycle.findFirst({
      where: { planId: plan.id, status: { not: 'CLOSED' } },
      orderBy: [{ financialYear: 'desc' }, { quarter: 'desc' }],
    });
  }

  /** The report's sections on alignment between plans, for a plan that has links (else none). */
  private async withAlignment(model: ReportModel, picture: Picture): Promise<ReportModel> {
    const alignment = await reportAlignment(this.prisma, picture);
    return alignment.contributesTo.length || alignment.deliveredBy.length ? { ...model, alignment } : model;
  }

  private async model(plan: Plan, cycle: ReviewCycle | null, open: ReviewCycle | null): Promise<ReportModel> {
    if (cycle) {
      const snapshot = await this.prisma.quarterSnapshot.findUnique({ where: { cycleId: cycle.id } });
      if (!snapshot) throw new Error(`The closed cycle ${cycle.id} has no snapshot`);
      const quarter = quarterOfCycle(cycle);
      const picture = snapshot.data as unknown as Picture;
      const previous = await this.pictures.previousFrozen(plan.id, quarter);
      const model = buildReportModel({
        picture,
        previous,
        agendaOrder: orderOf(cycle),
        draft: false,
        frozenAt: snapshot.takenAt,
        owner: await this.ownerName(plan),
        baseline: await this.baseline(plan, picture, previous),
      });
      return this.withAlignment(model, picture);
    }
    const picture = await this.pictures.live(plan, open);
    const quarter = open ? quarterOfCycle(open) : quarterAt(this.clock.now());
    // Compare with the last closed quarter before the one reported (never the same quarter).
    const previous = await this.pictures.previousFrozen(plan.id, quarter);
    const model = buildReportModel({
      picture,
      previous,
      agendaOrder: open ? orderOf(open) : [],
      draft: true,
      frozenAt: null,
      owner: await this.ownerName(plan),
      baseline: await this.baseline(plan, picture, previous),
    });
    return this.withAlignment(model, picture);
  }

  /** The baseline sections' facts, for a plan that has a baseline (it has been active). */
  private async baseline(plan: Plan, picture: Picture, previous: Picture | null) {
    const baselined = await this.prisma.planVersion.count({ where: { planId: plan.id } });
    return baselined ? reportBaseline(this.prisma, picture, previous) : undefined;
  }

  private async ownerName(plan: Plan): Promise<string> {
    const owner = await this.prisma.partner.findUnique({ where: { id: plan.ownerPartnerId } });
    return owner?.name ?? '';
  }

  private async make(
    runId: string,
    plan: Plan,
    cycle: ReviewCycle | null,
    open: ReviewCycle | null,
    formats: ReportFormat[],
  ) {
    const step = (data: { progress: number; stage: string }) =>
      this.prisma.reportRun.update({ where: { id: runId }, data });
    try {
      await this.prisma.reportRun.update({
        where: { id: runId },
        data: {
          status: 'RUNNING',
          startedAt: this.clock.now(),
          progress: 5,
          stage: 'Reading the quarter’s data',
        },
      });
      const model = await this.model(plan, cycle, open);
      model.evidence = await evidenceForReport(this.prisma, plan.id, model.asAt);
      const modelHash = hashModel(model);
      await this.prisma.reportRun.update({
        where: { id: runId },
        data: {
          model: model as object,
          modelHash,
          progress: 20,
          stage: `Rendering ${FORMAT_FILES[formats[0]].words}`,
        },
      });
      const base = reportBaseName(model);
      // The organisation's logo and names as they are now: the covers' dress, not the content.
      const [settings, logo] = await Promise.all([this.organisation.current(), this.organisation.logo()]);
      const dress = {
        logo: logo?.bytes ?? null,
        organisation: { serviceName: settings.serviceName, organisationName: settings.organisationName },
      };
      let done = 0;
      await renderAll(
        model,
        formats,
        async ({ format, bytes, renderMs }: Rendered) => {
          const { extension, contentType } = FORMAT_FILES[format];
          await this.prisma.reportFile.create({
            data: {
              runId,
              format,
              fileName: `${base}.${extension}`,
              contentType,
              content: new Uint8Array(bytes),
              sizeBytes: bytes.length,
              sha256: createHash('sha256').update(bytes).digest('hex'),
              renderMs,
            },
          });
          done += 1;
          const next = formats[done];
          await step({
            progress: 20 + Math.round((80 * done) / formats.length) - (next ? 0 : 1),
            stage: next ? `Rendering ${FORMAT_FILES[next].words}` : 'Finishing',
          });
        },
        dress,
      );
      await this.prisma.reportRun.update({
        where: { id: runId },
        data: { status: 'DONE', progress: 100, stage: 'Ready to download', finishedAt: this.clock.now() },
      });
    } catch (error) {
      this.log.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      await this.prisma.reportRun
        .update({
          where: { id: runId },
          data: {
            status: 'FAILED',
            stage: 'Failed',
            error: 'The report could not be made. Try again, and tell us if it keeps happening.',
            finishedAt: this.clock.now(),
          },
        })
        .catch(() => undefined);
    }
  }

  async get(viewer: Viewer, id: string): Promise<RunWithFiles> {
    if (!viewer.user) throw unauthenticated('Sign in to see Panel reports');
    const run = await this.prisma.reportRun.findUnique({
      where: { id },
      include: { files: { select: FILE_FIELDS, orderBy: { createdAt: 'asc' } } },
    });
    if (!run) throw notFound('The report');
    await this.readablePlan(viewer, run.planId);
    return run;
  }

  /** A plan's reports, newest first. */
  async list(viewer: Viewer, planId: string): Promise<RunWithFiles[]> {
    await this.readablePlan(viewer, planId);
    return this.prisma.reportRun.findMany({
      where: { planId },
      include: { files: { select: FILE_FIELDS, orderBy: { createdAt: 'asc' } } },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    });
  }

  /** A file to download, with its bytes, for a viewer who may read its plan's reports. */
  async file(viewer: Viewer, fileId: string) {
    if (!viewer.user) throw unauthenticated('Sign in to download Panel reports');
    const file = await this.prisma.reportFile.findUnique({
      where: { id: fileId },
      include: { run: { select: { planId: true } } },
    });
    if (!file) throw notFound('The report file');
    await this.readablePlan(viewer, file.run.planId);
    return file;
  }
}
