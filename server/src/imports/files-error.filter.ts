import {
  Catch,
  HttpException,
  HttpStatus,
  Logger,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import type { Response } from 'express';
import { EvidenceReason } from '../common/graphql/error-reasons.js';
import { AppError, ErrorCode } from '../common/graphql/errors.js';

const STATUS: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: HttpStatus.BAD_REQUEST,
  [ErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.CONFLICT]: HttpStatus.CONFLICT,
};

// Reasons whose status is not their code's.
const STATUS_OF_REASON: Record<string, number> = {
  [EvidenceReason.STORE_UNAVAILABLE]: HttpStatus.SERVICE_UNAVAILABLE,
};

const logger = new Logger('Files');

/**
 * Errors of the /files/ endpoints, in the shape GraphQL answers with:
 * `{ errors: [{ message, extensions: { code, fields? } }] }`, with a matching HTTP status.
 */
@Catch()
export class FilesErrorFilter implements ExceptionFilter {
  constructor(private readonly maxBytesText: string) {}

  catch(exception: unknown, host: ArgumentsHost) {
    const res = host.switchToHttp().getResponse<Response>();
    const send = (status: number, message: string, extensions: Record<string, unknown>) =>
      res.status(status).json({ errors: [{ message, extensions }] });
    if (exception instanceof AppError) {
      const { stacktrace: _s, ...extensions } = exception.extensions as Record<string, unknown>;
      const status = STATUS_OF_REASON[extensions.reason as string] ?? STATUS[extensions.code as string];
      return send(status ?? 400, exception.message, extensions);
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status === HttpStatus.PAYLOAD_TOO_LARGE) {
        const message = `The file must be smaller than ${this.maxBytesText}`;
        return send(status, message, {
          code: ErrorCode.BAD_USER_INPUT,
          fields: [{ field: 'file', message }],
        });
      }
      if (status === HttpStatus.NOT_FOUND) return send(status, 'Not found', { code: ErrorCode.NOT_FOUND });
      if (status < 500) {
        const message = 'Send one file, in a form field called file';
        return send(status, message, {
          code: ErrorCode.BAD_USER_INPUT,
          fields: [{ field: 'file', message }],
        });
      }
    }
    logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return send(500, 'Something went wrong on our side. Try again, and tell us if it keeps happening.', {
      code: ErrorCode.INTERNAL_SERVER_ERROR,
    });
  }
}
