import { ValidateIf, type ValidationError } from 'class-validator';
import { badInput, type FieldError } from './errors.js';

/** For a field that may be left out but, when given, may not be null. */
export const IsOmittable = () => ValidateIf((_object, value) => value !== undefined);

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** ValidationPipe's errors as BAD_USER_INPUT with one message per field. */
export function validationExceptionFactory(errors: ValidationError[]) {
  return badInput(flatten(errors));
}
