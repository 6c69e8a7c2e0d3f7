import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import {
  EVIDENCE_MAX_FILES_PER_CHANGE,
  EvidenceInspector,
  safeEvidenceFileName,
} from '@partnership-tracker/domain';
import type { EvidenceFile } from '../generated/prisma/client.js';
import { ActionsService } from '../actions/actions.service.js';
import { AuditService, type Tx } from '../audit/audit.service.js';
import { requireAdmin } from '../common/auth/access.js';
import type { Viewer } from '../common/auth/viewer.js';
import { Clock } from '../common/clock.js';
import { APP_CONFIG, type AppConfig } from '../common/config.js';
import { badInput, notFound } from '../common/graphql/errors.js';
import { AccessReason, failure } from '../common/graphql/error-reasons.js';
import { createLoaders, type Loaders } from '../common/graphql/loaders.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { canArchiveEvidence, evidenceVisibility } from './evidence-access.js';
import { EVIDENCE_CHUNK_BYTES, type EvidenceWriter, type StoredFile } from './evidence-store.js';
import { EvidenceStores } from './evidence-stores.js';
import type { ArchiveEvidenceFileInput, PublishEvidenceFileInput } from './evidence.inputs.js';

/** What an upload or an update attaches files to. */
export interface EvidenceTarget {
  actionId: string;
  milestoneId?: string | null;
  updateId?: string | null;
}

// A file whose bytes are still arriving has no checksum yet: it can be neither read nor attached.
const RECEIVING = '';

const NOT_YOUR_ACTION = 'You can only add evidence to actions your organisation leads or supports';

/** The per-request lists of files, keyed by the request's loaders (one set per request). */
const listsOfRequest = new WeakMap<Loaders, ReturnType<EvidenceService['makeLists']>>();

@Injectable()
export class EvidenceService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly actions: ActionsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly stores: EvidenceStores,
  ) {}

  get maxBytes(): number {
    return this.config.evidenceMaxBytes;
  }

  /**
   * Before any byte of an upload is read: the action must be one the viewer sees (NOT_FOUND)
   * and may work on (FORBIDDEN), by the same rule as recording an update.
   */
  async authoriseUpload(viewer: Viewer, actionId: string) {
    const loaders = createLoaders(this.prisma);
    const action = await this.actions.get(viewer, loaders, actionId);
    if (!(await this.actions.canWorkOn(viewer, loaders, action))) {
      throw failure(AccessReason.NOT_YOUR_ACTION, NOT_YOUR_ACTION);
    }
    return action;
  }

  /**
   * Streams an upload into the store in pieces, judging its content and hashing it as it comes:
   * never more than a piece or two in memory (a part of 5 MiB for an S3 bucket). Refused content
   * (too big, not an accepted kind, not matching its name), like a store that cannot be reached,
   * stops the upload and leaves nothing behind.
   */
  async receive(
    viewer: Viewer,
    actionId: string,
    originalName: string,
    stream: Readable,
  ): Promise<EvidenceFile> {
    const fileName = safeEvidenceFileName(originalName);
    const inspector = new EvidenceInspector(originalName, this.config.evidenceMaxBytes);
    const hash = createHash('sha256');
    const store = this.stores.current;
    // Chosen here, so the row names its object from the start.
    const id = randomUUID();
    let file: EvidenceFile | null = null;
    let writer: EvidenceWriter | null = null;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const refuse = (message: string) => badInput([{ field: 'file', message }], message);
    const flush = async (all: boolean) => {
      while (pendingBytes >= EVIDENCE_CHUNK_BYTES || (all && pendingBytes > 0)) {
        const joined = Buffer.concat(pending);
        const piece = joined.subarray(0, EVIDENCE_CHUNK_BYTES);
        const rest = joined.subarray(piece.length);
        pending = rest.length ? [rest] : [];
        pendingBytes = rest.length;
        // The first piece decides the kind from the head, so the row is made only once it passed.
        file ??= await this.prisma.evidenceFile.create({
          data: {
            id,
            actionId,
            fileName,
            contentType: 'application/octet-stream',
            kind: String(inspector.provisionalKind),
            sizeBytes: 0,
            sha256: RECEIVING,
            storage: store.name,
            storageKey: store.keyOf(id),
            ...addedBy(viewer),
            createdAt: this.clock.now(),
          },
        });
        writer ??= store.begin(id);
        await writer.write(piece);
      }
    };
    try {
      // Not destroyed when a refusal leaves the loop: a destroyed file stream makes multer answer
      // with its own abort error, before this one, while the partial file is being deleted.
      for await (const data of stream.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
        const problem = inspector.push(data);
        if (problem) throw refuse(problem);
        hash.update(data);
        pending.push(data);
        pendingBytes += data.length;
        await flush(false);
      }
      const verdict = inspector.finish();
      if (!verdict.ok) throw refuse(verdict.problem);
      await flush(true);
      const stored = file as EvidenceFile | null;
      if (!stored) throw refuse('The file is empty. Choose the file again');
      await writer!.finish();
      const sha256 = hash.digest('hex');
      return await this.prisma.$transaction(async (tx) => {
        const done = await tx.evidenceFile.update({
          where: { id: stored.id },
          data: {
            kind: verdict.kind,
            contentType: verdict.contentType,
            sizeBytes: verdict.sizeBytes,
            sha256,
          },
        });
        await this.audit.recordChange(tx, viewer, {
          operation: 'uploadEvidenceFile',
          recordType: 'EvidenceFile',
          recordId: done.id,
          // Not on the action's trail, which every signed-in user reads: a file's name and
          // checksum are for those who may read the file. Admins find it by its id.
          actionId: null,
          after: { fileName, kind: done.kind, sizeBytes: done.sizeBytes, sha256 },
        });
        return done;
      });
    } catch (error) {
      // Stop reading what is left of the file; the request is drained, and nothing is kept.
      stream.resume();
      const partial = file as EvidenceFile | null;
      if (partial)
        await this.prisma.evidenceFile.delete({ where: { id: partial.id } }).catch(() => undefined);
      // Then what the store kept of it (which logs, never throws, if it cannot).
      await (writer as EvidenceWriter | null)?.abort();
      throw error;
    }
  }

  /**
   * Attaches uploaded files to an update or a milestone, inside the caller's transaction: each
   * must be one the viewer uploaded for this action, fully received and not yet attached. The
   * names, for the audit row of the change they belong to.
   */
  async attach(
    tx: Tx,
    viewer: Viewer,
    ids: readonly string[] | undefined,
    target: EvidenceTarget,
    field: string,
  ) {
    if (!ids?.length) return [];
    const unique = [...new Set(ids)];
    const wrong = (message: string) => badInput([{ field, message }], message);
    if (unique.length > EVIDENCE_MAX_FILES_PER_CHANGE)
      throw wrong(`Attach at most ${EVIDENCE_MAX_FILES_PER_CHANGE} files at a time`);
    const by = addedBy(viewer);
    const files = await tx.evidenceFile.findMany({ where: { id: { in: unique } } });
    const usable = files.filter(
      (f) =>
        f.actionId === target.actionId &&
        f.sha256 !== RECEIVING &&
        !f.archivedAt &&
        f.addedByEmail === by.addedByEmail,
    );
    if (usable.length !== unique.length) throw wrong('Upload the evidence files again: one was not found');
    if (usable.some((f) => f.attachedAt)) throw wrong('One of the files is already attached');
    const { count } = await tx.evidenceFile.updateMany({
      where: { id: { in: unique }, attachedAt: null },
      data: {
        attachedAt: this.clock.now(),
        milestoneId: target.milestoneId ?? null,
        updateId: target.updateId ?? null,
      },
    });
    // Another request attached one meanwhile: this change is rolled back with the whole transaction.
    if (count !== unique.length) throw wrong('One of the files is already attached');
    return usable.map((f) => f.fileName);
  }

  /** Deletes an upload that its request did not keep, with its bytes. */
  async discard(id: string): Promise<void> {
    const file = await this.prisma.evidenceFile.findFirst({
      where: { id, attachedAt: null },
      select: { id: true, storage: true, storageKey: true },
    });
    if (!file) return;
    const { count } = await this.prisma.evidenceFile.deleteMany({ where: { id, attachedAt: null } });
    if (count) await this.stores.deleteObjects([file]);
  }

  /** A file to download, with its bytes as a stream of pieces; NOT_FOUND for anyone who may not read it. */
  async open(viewer: Viewer, id: string) {
    const file = await this.prisma.evidenceFile.findUnique({
      where: { id },
      include: {
        action: {
          include: { supporters: { select: { partnerId: true } }, priority: { include: { plan: true } } },
        },
      },
    });
    if (!file || file.sha256 === RECEIVING) throw notFound('The file');
    const { action } = file;
    const allowed = evidenceVisibility.canSee(viewer, {
      file,
      action,
      supporterIds: action.supporters.map((s) => s.partnerId),
      priority: action.priority,
      plan: action.priority.plan,
    });
    if (!allowed) throw notFound('The file');
    return { file, bytes: this.bytesOf(file) };
  }

  /** From the store the file's row names, whichever takes new files; nothing is read until asked. */
  private async *bytesOf(file: StoredFile): AsyncIterable<Uint8Array> {
    yield* this.stores.of(file).read(file);
  }

  /** The request's lists of files the viewer may read, by action, milestone and update. */
  lists(viewer: Viewer, loaders: Loaders) {
    let lists = listsOfRequest.get(loaders);
    if (!lists) listsOfRequest.set(loaders, (lists = this.makeLists(viewer)));
    return lists;
  }

  private makeLists(viewer: Viewer) {
    const where = evidenceVisibility.where(viewer);
    const by = (key: 'actionId' | 'milestoneId' | 'updateId') =>
      new DataLoader<string, EvidenceFile[]>(async (ids) => {
        const rows = await this.prisma.evidenceFile.findMany({
          where: { AND: [where, { [key]: { in: [...ids] } }] },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        });
        return ids.map((id) => rows.filter((r) => r[key] === id));
      });
    return { byAction: by('actionId'), byMilestone: by('milestoneId'), byUpdate: by('updateId') };
  }

  /** Whether the viewer may archive this file (the same rule the mutation applies). */
  async canArchive(
    viewer: Viewer,
    loaders: Loaders,
    file: { actionId: string; addedByPartnerId: string | null },
  ): Promise<boolean> {
    const action = await loaders.action.load(file.actionId);
    if (!action) return false;
    return canArchiveEvidence(viewer, file, action, await loaders.supporterIdsByAction.load(action.id));
  }

  /** A file the viewer may read, for a mutation on it; NOT_FOUND otherwise. */
  private async readable(viewer: Viewer, id: string): Promise<EvidenceFile> {
    const { file } = await this.open(viewer, id);
    const { action: _action, ...row } = file;
    return row;
  }

  /** Admins: make a file public (the public page and open data may link to it), or private again. */
  async publish(viewer: Viewer, input: PublishEvidenceFileInput): Promise<EvidenceFile> {
    requireAdmin(viewer, 'publishEvidenceFile');
    const file = await this.readable(viewer, input.id);
    if (file.archivedAt) throw badInput([{ field: 'id', message: 'An archived file cannot be published' }]);
    return this.audit.change(
      viewer,
      {
        operation: 'publishEvidenceFile',
        recordType: 'EvidenceFile',
        before: file,
      },
      async (tx) => {
        if (input.published !== file.published) await this.changedInPublic(tx, file.actionId);
        return tx.evidenceFile.update({
          where: { id: file.id },
          data: input.published
            ? { published: true, publishedAt: this.clock.now(), publishedByEmail: viewer.user!.email }
            : { published: false, publishedAt: null, publishedByEmail: null },
        });
      },
    );
  }

  /** Takes a file out of use: kept, with who archived it and why, readable by admins only. */
  async archive(viewer: Viewer, loaders: Loaders, input: ArchiveEvidenceFileInput): Promise<EvidenceFile> {
    const file = await this.readable(viewer, input.id);
    if (!(await this.canArchive(viewer, loaders, file))) {
      throw failure(
        AccessReason.NOT_YOUR_ACTION,
        "Only the Commissioner's team, or the organisation that added the file, can archive it",
      );
    }
    if (file.archivedAt) return file;
    return this.audit.change(
      viewer,
      {
        operation: 'archiveEvidenceFile',
        recordType: 'EvidenceFile',
        before: file,
      },
      async (tx) => {
        if (file.published) await this.changedInPublic(tx, file.actionId);
        return tx.evidenceFile.update({
          where: { id: file.id },
          data: {
            archivedAt: this.clock.now(),
            archivedByEmail: viewer.user!.email,
            archiveReason: input.reason,
            published: false,
          },
        });
      },
    );
  }

  /**
   * A published file appearing or leaving changes what the public page and open data show of the
   * action: its "last updated" moves (as for a public field in actions/action-writes.ts).
   */
  private async changedInPublic(tx: Tx, actionId: string): Promise<void> {
    await tx.action.update({ where: { id: actionId }, data: { publicChangedAt: this.clock.now() } });
  }
}

/** Who added a file: the signed-in user, or the update link's contact. */
function addedBy(viewer: Viewer) {
  if (viewer.user) {
    return {
      addedById: viewer.user.id,
      addedByEmail: viewer.user.email,
      addedByPartnerId: viewer.user.partnerId,
    };
  }
  return { addedById: null, addedByEmail: viewer.link!.email, addedByPartnerId: viewer.link!.partnerId };
}
