import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ErrorExtras } from './error-extensions.model.js';
import { ErrorCode } from './error-code.js';
import { requestReasonOf } from './error-reasons.js';

export { ErrorCode };

/** A per-field message, so a form can show each one next to its field. */
export interface FieldError {
  field: string;
  message: string;
}

export class AppError extends GraphQLError {
  /** `extra`: the payloads the schema's ErrorExtensions type documents (error-extensions.model.ts). */
  constructor(code: ErrorCode, message: string, extra: ErrorExtras = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const badInput = (fields: FieldError[], message = 'Check the values you entered') =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, { fields });

export const notFound = (what: string) => new AppError(ErrorCode.NOT_FOUND, `${what} was not found`);

export const forbidden = (message = 'You do not have permission to do that') =>
  new AppError(ErrorCode.FORBIDDEN, message);

export const unauthenticated = (message = 'Sign in to do that') =>
  new AppError(ErrorCode.UNAUTHENTICATED, message);

export const conflict = (message: string) => new AppError(ErrorCode.CONFLICT, message);

export function assertUnreachable(value: never): never {
  throw new Error(`Unhandled case: ${String(value)}`);
}

const logger = new Logger('GraphQL');

interface PrismaLikeError {
  name: string;
  code: string;
  meta?: { target?: unknown; modelName?: string; driverAdapterError?: unknown };
}

function isPrismaKnownError(e: unknown): e is PrismaLikeError {
  return (
    typeof e === 'object' &&
    e !== null &&
    (e as { name?: string }).name === 'PrismaClientKnownRequestError' &&
    typeof (e as { code?: unknown }).code === 'string'
  );
}

function fromPrisma(e: PrismaLikeError): { code: ErrorCode; message: string } | null {
  switch (e.code) {
    case 'P2002':
      return { code: ErrorCode.CONFLICT, message: 'A record with the same unique value already exists' };
    case 'P2025':
    case 'P2001':
      return { code: ErrorCode.NOT_FOUND, message: 'The record was not found' };
    case 'P2003':
      return { code: ErrorCode.BAD_USER_INPUT, message: 'A referenced record does not exist' };
    // A value the database cannot read as its column's type, such as an id that is not a UUID.
    case 'P2007':
    case 'P2023':
      return { code: ErrorCode.BAD_USER_INPUT, message: 'A value is not in the right form, such as an id' };
    default:
      return null;
  }
}

// Framework exceptions (pipes, guards) that did not come through our own helpers.
function fromHttp(status: number): ErrorCode | null {
  switch (status) {
    case HttpStatus.BAD_REQUEST:
      return ErrorCode.BAD_USER_INPUT;
    case HttpStatus.UNAUTHORIZED:
      return ErrorCode.UNAUTHENTICATED;
    case HttpStatus.FORBIDDEN:
      return ErrorCode.FORBIDDEN;
    case HttpStatus.NOT_FOUND:
      return ErrorCode.NOT_FOUND;
    case HttpStatus.CONFLICT:
      return ErrorCode.CONFLICT;
    default:
      return null;
  }
}

const KNOWN = new Set<string>(Object.values(ErrorCode));

/**
 * The single place where errors leave the server: codes are normalised to ErrorCode,
 * database errors are translated, and anything unexpected is logged and masked.
 * No stack trace is ever returned.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  const code = formatted.extensions?.code as string | undefined;

  if (original instanceof AppError) {
    // `http` is Apollo's instruction for the response's status, not part of the answer.
    const { stacktrace: _s, http: _h, ...extensions } = original.extensions as Record<string, unknown>;
    return { ...base, message: original.message, extensions };
  }
  if (isPrismaKnownError(original)) {
    const mapped = fromPrisma(original);
    if (mapped) return { ...base, message: mapped.message, extensions: { code: mapped.code } };
  }
  if (original instanceof HttpException) {
    const mapped = fromHttp(original.getStatus());
    if (mapped) return { ...base, message: original.message, extensions: { code: mapped } };
  }
  if (code && KNOWN.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    return { ...base, extensions: { code } };
  }
  const reason = requestReasonOf(code, formatted.message);
  if (reason) {
    // The request itself was malformed (bad syntax, unknown field, a limit): a 400 from Apollo.
    return { ...base, extensions: { code: ErrorCode.BAD_USER_INPUT, reason } };
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return {
    message: 'Something went wrong on our side. Try again, and tell us if it keeps happening.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
