import { LIMITS, PLAN_SLUG } from '@partnership-tracker/domain';
import { InputType } from '@nestjs/graphql';
import { applyDecorators } from '@nestjs/common';
import { IsEmail, IsUrl, Matches, NotEquals, ValidateIf } from 'class-validator';
import { ConfirmPersonalDataField } from '../common/privacy/guardrail.js';
import { PlanStatus } from '../common/graphql/enums.js';
import { DateField, EnumField, IdField, IntField, TextField } from '../common/graphql/input-fields.js';

// Null or '' clears a contact; anything else must be a real address.
const filled = (_o: object, value: unknown) => value !== null && value !== undefined && value !== '';

const ContactEmailField = () =>
  applyDecorators(
    TextField('Contact email', {
      max: 254,
      presence: 'nullable',
      description: 'A team mailbox residents can write to, shown on the public progress page.',
    }),
    ValidateIf(filled),
    IsEmail({}, { message: 'Enter an email address in the correct format, like rural.crime@example.gov.uk' }),
  );

const ContactUrlField = () =>
  applyDecorators(
    TextField('Contact web page', {
      max: 500,
      presence: 'nullable',
      description:
        'A web page about the partnership or how to contact it, shown on the public progress page.',
    }),
    ValidateIf(filled),
    IsUrl(
      { protocols: ['https', 'http'], require_protocol: true },
      { message: 'Enter a web address starting with https://' },
    ),
  );

@InputType()
export class CreatePlanInput {
  @TextField('Slug', {
    max: PLAN_SLUG.max,
    description: 'Lower-case words joined by hyphens, e.g. rural-crime-strategy-2024-2027.',
  })
  @Matches(PLAN_SLUG.pattern, { message: PLAN_SLUG.message })
  // The client's /plans/new page would hide a plan with this slug.
  @NotEquals('new', { message: 'Slug cannot be "new": choose another' })
  slug!: string;

  @TextField(LIMITS.plan.title)
  title!: string;

  @TextField(LIMITS.plan.summary, { presence: 'nullable' })
  summary?: string | null;

  @TextField(LIMITS.plan.internalNotes, { presence: 'nullable', description: 'Never shown to the public.' })
  internalNotes?: string | null;

  @DateField()
  startDate!: Date;

  @DateField()
  endDate!: Date;

  @EnumField(PlanStatus, { presence: 'omittable', defaultValue: PlanStatus.DRAFT })
  status?: PlanStatus;

  @IdField('Choose the owning organisation', { description: 'The organisation that owns the plan.' })
  ownerPartnerId!: string;

  @ContactEmailField()
  contactEmail?: string | null;

  @ContactUrlField()
  contactUrl?: string | null;

  @ConfirmPersonalDataField()
  confirmPersonalData?: boolean;
}

@InputType()
export class UpdatePlanInput {
  @IdField('id must be a valid id')
  id!: string;

  @TextField(LIMITS.plan.title, { presence: 'omittable' })
  title?: string;

  @TextField(LIMITS.plan.summary, { presence: 'nullable' })
  summary?: string | null;

  @TextField(LIMITS.plan.internalNotes, { presence: 'nullable', description: 'Never shown to the public.' })
  internalNotes?: string | null;

  @DateField({ presence: 'omittable' })
  startDate?: Date;

  @DateField({ presence: 'omittable' })
  endDate?: Date;

  @EnumField(PlanStatus, { presence: 'omittable' })
  status?: PlanStatus;

  @IdField('Choose the owning organisation', { presence: 'omittable' })
  ownerPartnerId?: string;

  @ContactEmailField()
  contactEmail?: string | null;

  @ContactUrlField()
  contactUrl?: string | null;

  @IntField('Days late for red', {
    min: 0,
    max: 365,
    presence: 'omittable',
    description: 'RAG rule: a milestone more than this many days late suggests red.',
  })
  ragRedLateDays?: number;

  @IntField('Points behind for amber', {
    min: 0,
    max: 100,
    presence: 'omittable',
    description: 'RAG rule: progress more than this many points behind the time elapsed suggests amber.',
  })
  ragAmberBehindPoints?: number;

  @IntField('Days until stale', {
    min: 7,
    max: 730,
    presence: 'omittable',
    description: 'No update for this long flags an action stale.',
  })
  staleAfterDays?: number;

  @IntField('Reminder days', {
    min: 0,
    max: 60,
    presence: 'omittable',
    description: "Days before a quarter's end to remind partners.",
  })
  reminderDaysBefore?: number;

  @ConfirmPersonalDataField()
  confirmPersonalData?: boolean;
}
