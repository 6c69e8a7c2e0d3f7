import { GraphQLScalarType, Kind } from 'graphql';
import { AppError, ErrorCode } from './errors.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses 'YYYY-MM-DD' into a Date at UTC midnight, or null when it is not a real calendar date. */
export function parseIsoDate(value: string): Date | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  if (y < 1900 || y > 2200) return null;
  return date;
}

const twoDigits = Array.from({ length: 32 }, (_, i) => String(i).padStart(2, '0'));

/**
 * 'YYYY-MM-DD' of a Date at UTC. A large dashboard formats thousands of dates, and building the
 * full ISO timestamp to cut it took a twentieth of its time; years outside 1000-9999 take the
 * long way, as toISOString writes them (or throws for an invalid date).
 */
export function formatIsoDate(date: Date): string {
  const year = date.getUTCFullYear();
  if (!(year >= 1000 && year <= 9999)) return date.toISOString().slice(0, 10);
  return `${year}-${twoDigits[date.getUTCMonth() + 1]}-${twoDigits[date.getUTCDate()]}`;
}

function invalid(value: unknown): never {
  throw new AppError(
    ErrorCode.BAD_USER_INPUT,
    `"${String(value).slice(0, 40)}" is not a date in the form YYYY-MM-DD`,
  );
}

function parse(value: unknown): Date {
  if (typeof value !== 'string') invalid(value);
  return parseIsoDate(value) ?? invalid(value);
}

/** A calendar date with no time or zone, such as a due date: '2026-04-01'. */
export const DateScalar = new GraphQLScalarType<Date, string>({
  name: 'Date',
  description: "A calendar date with no time of day, as 'YYYY-MM-DD' (for example '2026-04-01').",
  serialize: (value) => {
    if (value instanceof Date) return formatIsoDate(value);
    if (typeof value === 'string' && parseIsoDate(value.slice(0, 10))) return value.slice(0, 10);
    throw new TypeError('Date cannot represent this value');
  },
  parseValue: parse,
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? parse(ast.value) : invalid('a non-string value')),
});
