import { applyDecorators } from '@nestjs/common';
import { Field, ID, Int, type FieldOptions, type ReturnTypeFunc } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  Matches,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { Transform } from 'class-transformer';
import {
  CONTACT,
  tidyText,
  tooLongMessage,
  tooShortMessage,
  type ContactKind,
  type TextLimit,
} from '@partnership-tracker/domain';
import { DateScalar } from './scalars.js';
import { IsOmittable } from './validation.js';

// One decorator per kind of input field: the GraphQL type and its validation are declared
// together, with the messages a form shows next to the field.

/**
 * required: must be sent. omittable: may be left out (unchanged) but never null.
 * nullable: may be left out, or null to clear the value.
 */
export type Presence = 'required' | 'omittable' | 'nullable';

interface Common {
  presence?: Presence;
  description?: string;
}

function base(type: ReturnTypeFunc, { presence = 'required', description }: Common, defaultValue?: unknown) {
  return [
    Field(type, {
      nullable: presence !== 'required',
      ...(description ? { description } : {}),
      ...(defaultValue === undefined ? {} : { defaultValue }),
    } as FieldOptions),
    ...(presence === 'omittable' ? [IsOmittable()] : presence === 'nullable' ? [IsOptional()] : []),
  ];
}

const count = (n: number) => n.toLocaleString('en-GB');

/**
 * A text field. Pass a limit from the domain library's LIMITS where the client or the import
 * applies the same field, so all three give the same bounds and messages. The text is tidied as
 * the limit says (`tidyText`) before its length is checked: a single line is joined and trimmed,
 * paragraphs are trimmed at either end; blank text clears a nullable field. A field named by its label alone is a single line unless
 * `lines: 'many'`.
 */
export function TextField(limit: TextLimit, options?: Common): PropertyDecorator & MethodDecorator;
export function TextField(
  label: string,
  options: Common & { min?: number; max: number; lines?: TextLimit['lines'] },
): PropertyDecorator & MethodDecorator;
export function TextField(
  labelOrLimit: string | TextLimit,
  options: Common & { min?: number; max?: number; lines?: TextLimit['lines'] } = {},
) {
  const limit: TextLimit =
    typeof labelOrLimit === 'string'
      ? { label: labelOrLimit, min: options.min, max: options.max!, lines: options.lines ?? 'one' }
      : labelOrLimit;
  const { label, min, max } = limit;
  return applyDecorators(
    ...base(() => String, options),
    Transform(({ value }: { value: unknown }) => {
      if (typeof value !== 'string') return value;
      const tidied = tidyText(value, limit);
      // A field that may be cleared is cleared by blank text: it is stored as null, not ''.
      return tidied === '' && options.presence === 'nullable' ? null : tidied;
    }),
    IsString({ message: `${label} must be text` }),
    ...(min ? [MinLength(min, { message: tooShortMessage(label, min) })] : []),
    MaxLength(max, { message: tooLongMessage(label, max) }),
  );
}

/**
 * An email address, telephone number or web address, in the format the domain library's CONTACT
 * gives (the client's forms use the same); nullable unless said otherwise. Blank clears it.
 */
export function ContactField(kind: ContactKind, label: string, options: Common = {}) {
  const format = CONTACT[kind];
  return applyDecorators(
    TextField(label, {
      max: format.max,
      presence: options.presence ?? 'nullable',
      description: options.description,
    }),
    Matches(format.pattern, { message: format.message }),
  );
}

export function DateField(options: Common = {}) {
  return applyDecorators(...base(() => DateScalar, options), IsDate({ message: 'Enter a real date' }));
}

export function IdField(message: string, options: Common = {}) {
  return applyDecorators(...base(() => ID, options), IsUUID('all', { message }));
}

export function IntField(
  label: string,
  options: Common & { min: number; max: number; defaultValue?: number },
) {
  const { min, max } = options;
  const range = `${label} must be between ${count(min)} and ${count(max)}`;
  return applyDecorators(
    ...base(() => Int, options, options.defaultValue),
    IsInt({ message: `${label} must be a whole number` }),
    Min(min, { message: range }),
    Max(max, { message: range }),
  );
}

export function EnumField<E extends Record<string, string>>(
  values: E,
  options: Common & { message?: string; defaultValue?: E[keyof E] },
) {
  return applyDecorators(
    ...base(() => values, options, options.defaultValue),
    IsEnum(values, options.message ? { message: options.message } : {}),
  );
}

/** A list of ids, e.g. the actions a question is about; `presence` as for the other fields. */
export function IdListField(
  message: string,
  options: Common & { max: number; tooMany?: string; defaultValue?: string[] },
) {
  return applyDecorators(
    ...base(() => [ID], options, options.defaultValue),
    IsArray(),
    ArrayMaxSize(options.max, { message: options.tooMany ?? `Choose at most ${count(options.max)}` }),
    IsUUID('all', { each: true, message }),
  );
}
