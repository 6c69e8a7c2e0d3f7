import {
  HttpException,
  HttpStatus,
  Injectable,
  type ArgumentMetadata,
  type PipeTransform,
} from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import { textProblem } from '@partnership-tracker/domain';
import { badInput, type FieldError } from './errors.js';

// Text that cannot be stored as it was sent is refused where it enters, naming its field, rather
// than failing deep in the database (a lone surrogate is not valid JSON for jsonb: a 500) or
// being stored altered (PostgreSQL turns it into U+FFFD). The rule is the domain library's
// `textProblem`, which the plan import applies to its cells too.

// GraphQL's arguments and JSON bodies are plain objects; anything else (a Date, an upload) is not text.
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** GqlParamtype.ARGS, which @nestjs/graphql does not export: a resolver's @Args. */
const GRAPHQL_ARGS = 3;
/** What a request sends: GraphQL arguments, and an HTTP route's body, query and path. */
const SENT = new Set<unknown>([GRAPHQL_ARGS, 'body', 'query', 'param']);

function problemsIn(value: unknown, path: string, out: FieldError[]): void {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) out.push({ field: path, message: problem });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => problemsIn(item, `${path}.${i}`, out));
  } else if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) problemsIn(item, path ? `${path}.${key}` : key, out);
  }
}

/**
 * Checks every string in every GraphQL argument, before the ValidationPipe and after the guards
 * (who may act is answered first). Fields are named as the ValidationPipe names them: an input's
 * own fields by their names ("commentary"), a plain argument by the argument's ("text").
 */
@Injectable()
export class TextHygienePipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (!SENT.has(metadata.type)) return value;
    const problems: FieldError[] = [];
    const top = typeof value === 'object' && value !== null ? '' : (metadata.data ?? 'value');
    problemsIn(value, top, problems);
    if (problems.length) throw badInput(problems);
    return value;
  }
}

/**
 * The JSON body parser's check that a body is UTF-8: bytes that are not would be decoded as
 * U+FFFD and stored altered. Such a body is a client fault: 400.
 */
export function verifyUtf8(_req: IncomingMessage, _res: unknown, body: Buffer): void {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new HttpException('The request body is not valid UTF-8', HttpStatus.BAD_REQUEST);
  }
}
