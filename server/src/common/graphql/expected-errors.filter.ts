import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { AppError } from './errors.js';

/**
 * Our own errors (FORBIDDEN, NOT_FOUND, BAD_USER_INPUT ...) are answers, not failures: pass them
 * to the client untouched so Nest does not log each one as a server error.
 */
@Catch(AppError)
export class ExpectedErrorsFilter implements GqlExceptionFilter {
  catch(exception: AppError) {
    return exception;
  }
}
