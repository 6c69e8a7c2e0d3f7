import {
  Inject,
  Injectable,
  PayloadTooLargeException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { Request } from 'express';
import { AuthService } from '../auth/auth.service.js';
import type { Viewer } from '../common/auth/viewer.js';
import { APP_CONFIG, type AppConfig } from '../common/config.js';
import { badInput, forbidden, unauthenticated } from '../common/graphql/errors.js';
import { isSameSiteWrite } from '../common/live/websocket-upgrade.guard.js';
import { PREFLIGHT_HEADER } from '../imports/files-admin.guard.js';
import { EvidenceService } from './evidence.service.js';

/** What the guard learnt, for the storage engine that receives the file. */
export interface EvidenceUpload {
  viewer: Viewer;
  actionId: string;
  maxBytes: number;
  service: EvidenceService;
}

export type RequestWithEvidence = Request & { viewer?: Viewer; evidenceUpload?: EvidenceUpload };

// Room for the multipart framing around the file.
const FRAMING_BYTES = 64 * 1024;

/**
 * Reads: anyone (the service decides who may read each file). Uploads: before a byte of the body
 * is read, the CSRF defence of the other uploads (a header only our own pages send, and a
 * same-site origin), a signed-in user or an update link, an action the viewer may work on, and a
 * declared length within the limit.
 */
@Injectable()
export class EvidenceFilesGuard implements CanActivate {
  constructor(
    private readonly auth: AuthService,
    private readonly evidence: EvidenceService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<RequestWithEvidence>();
    const viewer = await this.auth.viewerFromRequest(req);
    req.viewer = viewer;
    if (req.method === 'GET' || req.method === 'HEAD') return true;
    if (!req.headers[PREFLIGHT_HEADER] || !isSameSiteWrite(req.headers, this.config.publicUrl)) {
      throw forbidden(`Send uploads from the tracker's own pages (with the ${PREFLIGHT_HEADER} header)`);
    }
    if (!viewer.user && !viewer.link) throw unauthenticated('Sign in to add evidence');
    const actionId = req.query.actionId;
    if (typeof actionId !== 'string' || !isUUID(actionId)) {
      throw badInput([{ field: 'actionId', message: 'Choose an action' }], 'Choose an action');
    }
    await this.evidence.authoriseUpload(viewer, actionId);
    const maxBytes = this.evidence.maxBytes;
    const declared = Number(req.headers['content-length']);
    // 413 with the limit in words, as when the limit is met while reading (EvidenceFilesErrorFilter).
    if (Number.isFinite(declared) && declared > maxBytes + FRAMING_BYTES)
      throw new PayloadTooLargeException();
    req.evidenceUpload = { viewer, actionId, maxBytes, service: this.evidence };
    return true;
  }
}
