import { InputType } from '@nestjs/graphql';
import { Matches, NotEquals } from 'class-validator';
import { PlanStatus } from '../common/graphql/enums.js';
import { DateField, EnumField, IdField, TextField } from '../common/graphql/input-fields.js';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

@InputType()
export class CreatePlanInput {
  @TextField('Slug', {
    max: 80,
    description: 'Lower-case words joined by hyphens, e.g. rural-crime-strategy-2024-2027.',
  })
  @Matches(SLUG, { message: 'Slug must be lower-case letters and numbers joined by hyphens' })
  // The client's /plans/new page would hide a plan with this slug.
  @NotEquals('new', { message: 'Slug cannot be "new": choose another' })
  slug!: string;

  @TextField('Title', { min: 3, max: 200 })
  title!: string;

  @TextField('Summary', { max: 5000, presence: 'nullable' })
  summary?: string | null;

  @TextField('Internal notes', {
    max: 10_000,
    presence: 'nullable',
    description: 'Never shown to the public.',
  })
  internalNotes?: string | null;

  @DateField()
  startDate!: Date;

  @DateField()
  endDate!: Date;

  @EnumField(PlanStatus, { presence: 'omittable', defaultValue: PlanStatus.DRAFT })
  status?: PlanStatus;

  @IdField('Choose the owning organisation', { description: 'The organisation that owns the plan.' })
  ownerPartnerId!: string;
}

@InputType()
export class UpdatePlanInput {
  @IdField('id must be a valid id')
  id!: string;

  @TextField('Title', { min: 3, max: 200, presence: 'omittable' })
  title?: string;

  @TextField('Summary', { max: 5000, presence: 'nullable' })
  summary?: string | null;

  @TextField('Internal notes', {
    max: 10_000,
    presence: 'nullable',
    description: 'Never shown to the public.',
  })
  internalNotes?: string | null;

  @DateField({ presence: 'omittable' })
  startDate?: Date;

  @DateField({ presence: 'omittable' })
  endDate?: Date;

  @EnumField(PlanStatus, { presence: 'omittable' })
  status?: PlanStatus;

  @IdField('Choose the owning organisation', { presence: 'omittable' })
  ownerPartnerId?: string;
}
