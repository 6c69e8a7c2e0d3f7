import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import {
  Catch,
  Controller,
  Get,
  HttpCode,
  HttpException,
  Inject,
  Injectable,
  Param,
  Post,
  Req,
  Res,
  UploadedFile,
  UseFilters,
  UseGuards,
  UseInterceptors,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import type { StorageEngine } from 'multer';
import { isUUID } from 'class-validator';
import { megabytesText } from '@partnership-tracker/domain';
import { APP_CONFIG, type AppConfig } from '../common/config.js';
import type { EvidenceFile } from '../generated/prisma/client.js';
import { AppError, badInput, ErrorCode, notFound } from '../common/graphql/errors.js';
import { AuditService } from '../audit/audit.service.js';
import { ANONYMOUS } from '../common/auth/viewer.js';
import { FilesErrorFilter } from '../imports/files-error.filter.js';
import { EvidenceFilesGuard, type RequestWithEvidence } from './evidence-upload.guard.js';
import { EvidenceService } from './evidence.service.js';

/** Hands the file's stream to the service as it arrives: nothing is buffered whole, or on disk. */
const evidenceStorage: StorageEngine = {
  _handleFile(req: Request, file, callback) {
    const upload = (req as RequestWithEvidence).evidenceUpload!;
    upload.service
      .receive(upload.viewer, upload.actionId, file.originalname, file.stream)
      .then((stored) => callback(null, { evidence: stored } as never), callback);
  },
  // A file received before the request failed on (a second file, say) is not kept.
  _removeFile(req: Request, file, callback) {
    const stored = (file as unknown as { evidence?: { id: string } }).evidence;
    if (!stored) return callback(null);
    (req as RequestWithEvidence)
      .evidenceUpload!.service.discard(stored.id)
      .then(() => callback(null), callback);
  },
};

/**
 * The errors of /files/evidence, as the other file endpoints give them, with this limit's words.
 * A refused upload is recorded in the audit trail, as a refused mutation is: denied (not allowed)
 * or failed (a bad file), with the message the uploader saw.
 */
@Injectable()
@Catch()
export class EvidenceFilesErrorFilter implements ExceptionFilter {
  private readonly inner: FilesErrorFilter;
  private readonly tooBigMessage: string;
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly audit: AuditService,
  ) {
    this.inner = new FilesErrorFilter(megabytesText(config.evidenceMaxBytes));
    this.tooBigMessage = `The file must be smaller than ${megabytesText(config.evidenceMaxBytes)}`;
  }

  async catch(exception: unknown, host: ArgumentsHost) {
    const req = host.switchToHttp().getRequest<RequestWithEvidence>();
    if (req.method === 'POST') {
      const code = exception instanceof AppError ? String(exception.extensions.code) : null;
      const tooBig = exception instanceof HttpException && exception.getStatus() === 413;
      const actionId =
        typeof req.query.actionId === 'string' && isUUID(req.query.actionId) ? req.query.actionId : null;
      await this.audit
        .recordAttempt(req.viewer ?? ANONYMOUS, {
          operation: 'uploadEvidenceFile',
          recordType: 'EvidenceFile',
          actionId,
          outcome: code && DENIED_CODES.has(code) ? 'DENIED' : 'FAILED',
          errorCode: tooBig ? ErrorCode.BAD_USER_INPUT : (code ?? ErrorCode.INTERNAL_SERVER_ERROR),
          message: tooBig
            ? this.tooBigMessage
            : exception instanceof Error
              ? exception.message
              : String(exception),
        })
        .catch(() => undefined);
    }
    if (host.switchToHttp().getResponse<Response>().headersSent) return;
    return this.inner.catch(exception, host);
  }
}

const DENIED_CODES = new Set<string>([ErrorCode.FORBIDDEN, ErrorCode.UNAUTHENTICATED, ErrorCode.NOT_FOUND]);

/** The pieces of a file, from one already taken; stopping early lets the store let go of it. */
async function* resumed(first: IteratorResult<Uint8Array>, rest: AsyncIterator<Uint8Array>) {
  try {
    for (let next = first; !next.done; next = await rest.next()) yield next.value;
  } finally {
    await rest.return?.();
  }
}

/** A name for the Content-Disposition header's plain form: ASCII, no quotes. */
const asciiName = (name: string) => name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');

@Controller('files/evidence')
@UseGuards(EvidenceFilesGuard)
@UseFilters(EvidenceFilesErrorFilter)
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  /**
   * multipart/form-data with one field, `file`, and `?actionId=`. Answers 201 with the file's id,
   * kind, size and checksum; send the id with the update or milestone it is evidence for.
   */
  @Post()
  @HttpCode(201)
  @UseInterceptors(
    // The limit is this deployment's (EVIDENCE_MAX_MB): multer takes limits as a function of the
    // request, which Nest's MulterOptions type does not declare yet.
    FileInterceptor('file', {
      storage: evidenceStorage,
      limits: (req: Request) => ({
        fileSize: (req as RequestWithEvidence).evidenceUpload!.maxBytes,
        files: 1,
        fields: 2,
        parts: 3,
      }),
    } as never),
  )
  upload(@UploadedFile() file: { evidence?: EvidenceFile } | undefined) {
    const stored = file?.evidence;
    if (!stored) throw badInput([{ field: 'file', message: 'Choose a file' }], 'Choose a file');
    const { id, fileName, kind, sizeBytes, sha256 } = stored;
    return { id, fileName, kind, sizeBytes, sha256 };
  }

  /** The file, streamed in its pieces, as an attachment that a browser never runs or displays inline. */
  @Get(':id')
  async download(@Param('id') id: string, @Req() req: RequestWithEvidence, @Res() res: Response) {
    if (!isUUID(id)) throw notFound('The file');
    const { file, bytes } = await this.evidence.open(req.viewer!, id);
    // The first piece before any header: a store that cannot be read answers with an error,
    // not a file that stops at its first byte.
    const pieces = bytes[Symbol.asyncIterator]();
    const first = await pieces.next();
    // RFC 6266: a plain name for old clients, and filename* with the name in UTF-8.
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="${asciiName(file.fileName)}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    );
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Length', String(file.sizeBytes));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Evidence-SHA256', file.sha256);
    res.status(200);
    try {
      await pipeline(Readable.from(resumed(first, pieces)), res);
    } catch (error) {
      // Once the file has begun, a failure (most often the browser cancelling the download)
      // can only end the response; there is no error page to send.
      if (!res.headersSent) throw error;
      res.destroy();
    }
  }
}
