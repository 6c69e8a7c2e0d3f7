import { LIMITS } from '@partnership-tracker/domain';
import { Field, Float, InputType } from '@nestjs/graphql';
import { IsBoolean, IsNumber, IsOptional, Max, MaxLength, Min } from 'class-validator';
import {
  DateField,
  IdListField,
  EnumField,
  IdField,
  IntField,
  TextField,
} from '../common/graphql/input-fields.js';
import { IndicatorDirection, IndicatorUnit, ReportingFrequency } from './indicator-enums.js';
import { ConfirmPersonalDataField } from '../common/privacy/guardrail.js';

const FINITE = { allowNaN: false, allowInfinity: false };

@InputType({ description: 'Admins: add an indicator.' })
export class CreateIndicatorInput {
  @TextField(LIMITS.indicator.name) name!: string;
  @TextField(LIMITS.indicator.definition) definition!: string;
  @TextField(LIMITS.indicator.dataSource) dataSource!: string;
  @TextField(LIMITS.indicator.caveat, { presence: 'nullable' }) caveat?: string | null;
  @EnumField(IndicatorUnit, { message: 'Choose a unit' }) unit!: IndicatorUnit;
  @EnumField(IndicatorDirection, { message: 'Choose whether higher or lower is better' })
  direction!: IndicatorDirection;
  @TextField(LIMITS.indicator.baselineLabel) baselineLabel!: string;

  @Field(() => Float)
  @IsNumber(FINITE, { message: 'Enter the baseline as a number' })
  baselineValue!: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber(FINITE, { message: 'Enter the target as a number' })
  targetValue?: number | null;

  @DateField({ presence: 'nullable' }) targetDate?: Date | null;

  @Field(() => Float, { nullable: true, defaultValue: 5 })
  @IsOptional()
  @IsNumber(FINITE, { message: 'Enter the tolerance as a number' })
  @Min(0, { message: 'The tolerance must be between 0 and 100' })
  @Max(100, { message: 'The tolerance must be between 0 and 100' })
  tolerancePercent?: number;

  @EnumField(ReportingFrequency, { message: 'Choose how often it is reported' })
  frequency!: ReportingFrequency;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean({ message: 'published must be true or false' })
  published?: boolean;

  @ConfirmPersonalDataField()
  confirmPersonalData?: boolean;

  @Field({ nullable: true, defaultValue: false, description: 'The series is invented example data.' })
  @IsOptional()
  @IsBoolean({ message: 'exampleData must be true or false' })
  exampleData?: boolean;

  @IdListField('Each priority must be a valid id', {
    max: 50,
    presence: 'omittable',
    description: 'Priorities of any plan it measures.',
  })
  priorityIds?: string[];
}

@InputType({ description: 'Admins: change an indicator. A new definition is recorded with its date.' })
export class UpdateIndicatorInput {
  @IdField('id must be a valid id') id!: string;
  @IntField('Expected version', { min: 1, max: 2_000_000_000 }) expectedVersion!: number;
  @TextField(LIMITS.indicator.name, { presence: 'omittable' }) name?: string;
  @TextField(LIMITS.indicator.definition, { presence: 'omittable' }) definition?: string;
  @DateField({ presence: 'omittable', description: 'When a new definition took effect; today if left out.' })
  definitionChangedOn?: Date;
  @TextField(LIMITS.indicator.dataSource, { presence: 'omittable' }) dataSource?: string;
  @TextField(LIMITS.indicator.caveat, { presence: 'nullable' }) caveat?: string | null;
  @EnumField(IndicatorDirection, {
    presence: 'omittable',
    message: 'Choose whether higher or lower is better',
  })
  direction?: IndicatorDirection;
  @TextField(LIMITS.indicator.baselineLabel, { presence: 'omittable' }) baselineLabel?: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber(FINITE, { message: 'Enter the baseline as a number' })
  baselineValue?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber(FINITE, { message: 'Enter the target as a number' })
  targetValue?: number | null;

  @DateField({ presence: 'nullable' }) targetDate?: Date | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber(FINITE, { message: 'Enter the tolerance as a number' })
  @Min(0, { message: 'The tolerance must be between 0 and 100' })
  @Max(100, { message: 'The tolerance must be between 0 and 100' })
  tolerancePercent?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean({ message: 'published must be true or false' })
  published?: boolean;

  @ConfirmPersonalDataField()
  confirmPersonalData?: boolean;

  @Field({ nullable: true, description: 'Clear it once the series holds real figures.' })
  @IsOptional()
  @IsBoolean({ message: 'exampleData must be true or false' })
  exampleData?: boolean;

  @IdListField('Each priority must be a valid id', { max: 50, presence: 'omittable' })
  priorityIds?: string[];
}

@InputType({ description: 'Admins: the value of one period. Sending a period again corrects it.' })
export class RecordMeasurementInput {
  @IdField('Choose an indicator') indicatorId!: string;

  @DateField({ description: 'The first day of the period: a month, UK quarter or financial year.' })
  periodStart!: Date;

  @Field(() => Float)
  @IsNumber(FINITE, { message: 'Enter the value as a number' })
  value!: number;

  @TextField(LIMITS.indicator.note, { presence: 'nullable' }) note?: string | null;

  @IntField('Expected version', {
    min: 1,
    max: 2_000_000_000,
    presence: 'omittable',
    description: "To correct a period's value: the version you saw.",
  })
  expectedVersion?: number;
}

@InputType({ description: 'Admins: import values from CSV (period,value,note). All rows or none.' })
export class ImportMeasurementsInput {
  @IdField('Choose an indicator') indicatorId!: string;

  @Field({ description: 'CSV text with a header row: period,value,note (note optional).' })
  @MaxLength(1_000_000, { message: 'The file is too large: import at most 1 MB at a time' })
  csv!: string;
}
