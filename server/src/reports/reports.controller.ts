import {
  Controller,
  Get,
  Injectable,
  NotFoundException,
  Param,
  Res,
  UnauthorizedException,
  UseGuards,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { Request, Response } from 'express';
import { AuthService } from '../auth/auth.service.js';
import type { Viewer } from '../common/auth/viewer.js';
import { AppError, ErrorCode } from '../common/graphql/errors.js';
import { ReportsService } from './reports.service.js';

type RequestWithViewer = Request & { viewer?: Viewer };

/** Downloads need a signed-in session, as the GraphQL API does: the same pt_session cookie. */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(private readonly auth: AuthService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<RequestWithViewer>();
    req.viewer = await this.auth.viewerFromRequest(req);
    if (!req.viewer.user) throw new UnauthorizedException('Sign in to download Panel reports');
    return true;
  }
}

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
};

@Controller('files/reports')
@UseGuards(SessionGuard)
export class ReportsController {
  constructor(private readonly service: ReportsService) {}

  @Get(':fileId')
  async download(@Param('fileId') fileId: string, @Res() res: Response) {
    if (!isUUID(fileId)) throw new NotFoundException('The report file was not found');
    const viewer = (res.req as RequestWithViewer).viewer!;
    try {
      const file = await this.service.file(viewer, fileId);
      res.status(200);
      res.setHeader('Content-Type', file.contentType);
      res.setHeader('Content-Length', String(file.sizeBytes));
      res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
      // Reports hold review notes: never kept by shared caches.
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.end(Buffer.from(file.content));
    } catch (error) {
      const code = error instanceof AppError ? (error.extensions.code as ErrorCode) : null;
      const status = code ? STATUS[code] : undefined;
      if (!status) throw error;
      res.status(status).json({ statusCode: status, message: (error as Error).message });
    }
  }
}
